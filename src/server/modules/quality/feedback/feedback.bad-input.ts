import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the feedback, dispute, summary and red-line endpoints of quality
// monitoring (see test/bad-input.test.ts): a valid body each, so breaking one field must be
// answered 400 naming it; ids that do not exist answer 404.
const DAY = '2026-11-20';
const REASON = '批量测试理由';

export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/quality/feedback': { as: 'qa' },
  'GET /api/quality/feedback/by-evaluator': { as: 'manager' },
  'GET /api/quality/evaluations/{id}/feedback': { as: 'teamlead' },
  'POST /api/quality/evaluations/{id}/feedback': {
    as: 'qa',
    body: { mode: 'one_to_one', kind: 'common', notes: '当面反馈', givenOn: DAY },
  },
  'POST /api/quality/evaluations/{id}/acknowledge': { as: 'agent' },

  'GET /api/quality/disputes': { as: 'agent' },
  'GET /api/quality/disputes/{id}': { as: 'agent' },
  'POST /api/quality/evaluations/{id}/disputes': {
    as: 'agent',
    body: { scope: 'items', reason: REASON, items: [{ itemKey: 'greet', proposedValue: 1, reason: REASON }] },
  },
  'POST /api/quality/disputes/{id}/decision': {
    as: 'teamlead',
    body: { items: [{ itemKey: 'greet', outcome: 'change', value: 1, reason: REASON }], note: REASON },
  },

  'GET /api/quality/summary/daily': { as: 'teamlead' },
  'POST /api/quality/summary/actions': {
    as: 'manager',
    body: { day: DAY, itemKey: 'no_such_item_key', teamId: 'no-such-team', action: 'team_meeting', note: REASON },
  },
  'GET /api/quality/summary/mentors': { as: 'training' },
  'GET /api/quality/followups': { as: 'teamlead' },
  'POST /api/quality/followups/{id}/handling': { as: 'teamlead', body: { handling: 'recitation', note: REASON } },

  'GET /api/quality/red-lines': { as: 'agent' },
  'POST /api/quality/red-lines': {
    as: 'manager',
    body: {
      title: '坏输入红线',
      description: REASON,
      category: 'basic',
      itemKeys: ['no_such_item_key'],
      announcedOn: DAY,
      active: true,
    },
  },
  'PUT /api/quality/red-lines/{id}': {
    as: 'manager',
    body: {
      title: '坏输入红线',
      description: REASON,
      category: 'basic',
      itemKeys: ['no_such_item_key'],
      announcedOn: DAY,
      active: true,
      version: 1,
    },
  },
  'DELETE /api/quality/red-lines/{id}': { as: 'manager' },
  'POST /api/quality/evaluations/{id}/red-line-ruling': {
    as: 'manager',
    body: { ruling: 'unusual_error', reason: REASON },
  },
};
