import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the facts part of analytics (see test/bad-input.test.ts).
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/analytics/facts/state': { as: 'training' },
  'POST /api/analytics/facts/refresh': { as: 'training' },
};
