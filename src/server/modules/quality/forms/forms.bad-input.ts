import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the scorecard and evaluation endpoints (see test/bad-input.test.ts): a
// valid body each, so breaking one field must be answered 400 naming it; unknown ids answer 404.
const CONTENT = {
  sections: [{ key: 'open', title: '开场', items: [{ key: 'greet', label: '开场白', kind: 'yes_no', weight: 10 }] }],
};
const ANSWERS = { greet: { value: 1, comment: '好' } };

export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/quality/forms': { as: 'qa' },
  'POST /api/quality/forms': {
    as: 'qa',
    body: { name: '坏输入表', kind: 'inbound', description: '说明', passScore: 80, content: CONTENT },
  },
  'GET /api/quality/forms/{id}': { as: 'qa' },
  'PUT /api/quality/forms/{id}/draft': {
    as: 'qa',
    body: { name: '坏输入表', description: '说明', passScore: 80, content: CONTENT, version: 1 },
  },
  'POST /api/quality/forms/{id}/publish': { as: 'qa', body: { version: 1 } },
  'POST /api/quality/forms/{id}/archive': { as: 'qa', body: { archived: true, version: 1 } },
  'POST /api/quality/forms/preview': { as: 'agent', body: { content: CONTENT, passScore: 80, answers: ANSWERS } },
  'GET /api/quality/evaluations': { as: 'admin' },
  'GET /api/quality/evaluations/{id}': { as: 'admin' },
  'POST /api/quality/evaluations': {
    as: 'teamlead',
    body: {
      formId: 'no-such-form',
      method: 'side_by_side',
      interactionId: null,
      sampleId: null,
      agentId: 'no-such-agent',
      day: '2026-11-20',
      businessType: '信用卡',
      answers: ANSWERS,
      comment: '评语',
      suggestion: { kind: 'retraining', employeeId: null, note: '建议' },
    },
  },
  'GET /api/quality/interactions/{id}/context': { as: 'teamlead' },
  'GET /api/quality/agents': { as: 'qa' },
};
