import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the practice part of drills (see test/bad-input.test.ts): a valid body
// each, which the test breaks one field at a time.
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/drills/me': { as: 'agent' },
  'GET /api/drills/queue': { as: 'agent' },
  'POST /api/drills/reviews': {
    as: 'agent',
    body: { cardId: '01a00000-0000-7000-8000-000000000001', answer: '畅享融合', durationMs: 8000 },
  },
};
