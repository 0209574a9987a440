import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the cycle and sheet endpoints (see test/bad-input.test.ts): a valid body
// each, so breaking one field must be answered 400 naming it; unknown ids answer 404.
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/appraisal/cycles': { as: 'agent' },
  'POST /api/appraisal/cycles': { as: 'hr', body: { planVersionId: 'some-version', periodStart: '2026-11-01' } },
  'GET /api/appraisal/cycles/{id}': { as: 'agent' },
  'POST /api/appraisal/cycles/{id}/advance': { as: 'hr', body: { to: 'frozen', version: 1, note: '坏输入' } },
  'POST /api/appraisal/cycles/{id}/recompute': { as: 'hr' },
  'POST /api/appraisal/cycles/{id}/remind': { as: 'hr' },
  'GET /api/appraisal/cycles/{id}/external': { as: 'hr' },
  'PUT /api/appraisal/cycles/{id}/external': {
    as: 'hr',
    body: { code: 'sales', rows: [{ employeeNo: 'E0001', value: 100 }] },
  },
  'POST /api/appraisal/cycles/{id}/external/import': { as: 'hr', multipart: true },
  'GET /api/appraisal/sheets': { as: 'agent' },
  'GET /api/appraisal/sheets/{id}': { as: 'agent' },
  'PUT /api/appraisal/sheets/{id}/items/{code}': {
    as: 'teamlead',
    params: { code: 'lead_assessment' },
    body: { value: 5, comment: '坏输入', version: 1 },
  },
  'PUT /api/appraisal/sheets/{id}/comment': { as: 'teamlead', body: { comment: '坏输入', version: 1 } },
  'POST /api/appraisal/sheets/{id}/confirm': { as: 'agent', body: { version: 1 } },
};
