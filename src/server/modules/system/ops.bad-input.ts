import type { RouteCase } from '../../test/bad-input.cases.js';

// Bad-input cases for the operations endpoints of issue 23 (see test/bad-input.test.ts).
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/ready': { public: true },
  'GET /api/metrics': {},
};
