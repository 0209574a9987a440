import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the retention part of analytics (see test/bad-input.test.ts).
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/analytics/retention': { as: 'training' },
  'GET /api/analytics/retention/options': { as: 'training' },
  'GET /api/analytics/retention/compare': { as: 'training' },
  'GET /api/analytics/retention/people': { as: 'training' },
};
