import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the rates part of analytics (see test/bad-input.test.ts): all reads, asked by
// the training manager (analytics.view).
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/analytics/rates': { as: 'training' },
  'GET /api/analytics/rates/export.xlsx': { as: 'training' },
  'GET /api/analytics/rates/eliminations': { as: 'training' },
  'GET /api/analytics/rates/people': { as: 'training' },
};
