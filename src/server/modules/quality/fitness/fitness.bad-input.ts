import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for evaluator fitness (see test/bad-input.test.ts): a valid body each, so
// breaking one field must be answered 400 naming it; ids that do not exist answer 404 unless said.
const REASON = '校准偏差复核';

export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/quality/evaluators/{userId}/fitness': { as: 'manager' },
  'POST /api/quality/evaluators/{userId}/suspend': { as: 'manager', body: { reason: REASON } },
  // Reinstating is asked of a suspension: an unknown evaluator has none.
  'POST /api/quality/evaluators/{userId}/reinstate': {
    as: 'manager',
    body: { reason: REASON, sessionId: 'no-such-session' },
    missing: [409, 'NOT_SUSPENDED'],
  },
  'POST /api/quality/evaluations/{id}/fitness-review': { as: 'manager', body: { action: 'confirm', reason: REASON } },
};
