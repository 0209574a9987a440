import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the daily quiz and the team view of drills (see test/bad-input.test.ts).
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/drills/quiz/today': { as: 'trainee' },
  'POST /api/drills/quiz/today': { as: 'trainee' },
  'POST /api/drills/quiz/{id}/answers': {
    as: 'trainee',
    body: { cardId: '01a00000-0000-7000-8000-000000000001', answer: '畅享融合', durationMs: 8000 },
  },
  'GET /api/drills/quiz/results': { as: 'trainer' },
  'GET /api/drills/team': { as: 'teamlead' },
  'GET /api/drills/team/export': { as: 'teamlead' },
};
