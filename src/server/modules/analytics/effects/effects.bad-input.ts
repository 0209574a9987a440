import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for trainer and mentor effects (see test/bad-input.test.ts): filters that name
// nothing find nothing; two keys that name no trainer answer 404.
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/analytics/effects': { as: 'training' },
  'GET /api/analytics/effects/compare/{a}/{b}': { as: 'training' },
};
