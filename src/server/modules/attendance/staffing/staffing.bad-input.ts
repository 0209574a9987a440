import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the staffing part (see test/bad-input.test.ts): the query strings are
// probed from the OpenAPI description (a day that is not a date, a list that is not ids, an
// unknown kind …).
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/attendance/staffing/day': { as: 'admin' },
  'GET /api/attendance/staffing/impact': { as: 'admin' },
};
