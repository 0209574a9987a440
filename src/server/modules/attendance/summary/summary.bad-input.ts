import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the monthly summary and its export (see test/bad-input.test.ts).
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/attendance/summary': { as: 'hr' },
  'GET /api/attendance/summary/export.xlsx': { as: 'hr' },
};
