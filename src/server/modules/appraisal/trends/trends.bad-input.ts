import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the team trend (see test/bad-input.test.ts).
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/appraisal/trends/teams': { as: 'hr' },
};
