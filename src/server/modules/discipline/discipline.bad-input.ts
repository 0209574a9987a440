import type { RouteCase } from '../../test/bad-input.cases.js';

// Bad-input cases for the discipline endpoints (see test/bad-input.test.ts): a valid body each.
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/discipline/records': { as: 'hr' },
  'POST /api/discipline/records': {
    as: 'hr',
    body: {
      employeeId: 'no-such-person',
      kind: 'rudeness',
      occurredOn: '2026-11-20',
      description: '与客户争吵',
      evidenceText: '现场记录',
      interactionId: null,
      attendanceSessionId: null,
    },
  },
  'GET /api/discipline/records/{id}': { as: 'hr' },
  'POST /api/discipline/records/{id}/response': { as: 'agent', body: { kind: 'appeal', text: '事实不符，请复核' } },
  'POST /api/discipline/records/{id}/decision': { as: 'hr', body: { decision: 'confirm', reason: '证据充分，确认' } },
  'POST /api/discipline/records/{id}/attachments': { as: 'hr', multipart: true },
  'GET /api/discipline/attachments/{id}': { as: 'hr' },
  'GET /api/discipline/people/{id}/events': { as: 'hr' },
};
