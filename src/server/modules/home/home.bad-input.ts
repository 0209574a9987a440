import type { RouteCase } from '../../test/bad-input.cases.js';

// Bad-input cases for the home endpoints (see test/bad-input.test.ts).
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/home/work': { as: 'trainee' },
  'GET /api/home/panels': { as: 'trainee' },
};
