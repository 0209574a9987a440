import type { RouteCase } from '../../../test/bad-input.cases.js';
import { PLAN } from '../scoring/scoring.testkit.js';

// Bad-input cases for the appraisal plan endpoints (see test/bad-input.test.ts): a valid body
// each, so breaking one field must be answered 400 naming it; unknown ids answer 404.
const CONTENT = { ...PLAN, name: '坏输入方案' };

export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/appraisal/plans': { as: 'agent' },
  'GET /api/appraisal/plans/defaults': { as: 'hr' },
  'POST /api/appraisal/plans': { as: 'hr', body: { name: '坏输入方案', departmentId: null, content: CONTENT } },
  'GET /api/appraisal/plans/{id}': { as: 'agent' },
  'PUT /api/appraisal/plans/{id}/draft': { as: 'hr', body: { content: CONTENT, revision: 1 } },
  'POST /api/appraisal/plans/{id}/publish': { as: 'hr', body: { revision: 1 } },
};
