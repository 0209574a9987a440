import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the appraisal's table exports (see test/bad-input.test.ts).
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/appraisal/cycles/{id}/sheets.xlsx': { as: 'hr' },
  'GET /api/appraisal/cycles/{id}/distribution.xlsx': { as: 'hr' },
  'GET /api/appraisal/appeals.xlsx': { as: 'hr' },
};
