import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the monthly report (see test/bad-input.test.ts).
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/analytics/report': { as: 'training' },
  'GET /api/analytics/report.xlsx': { as: 'training' },
};
