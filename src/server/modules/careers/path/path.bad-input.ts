import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the path part of careers (see test/bad-input.test.ts): a person who does
// not exist answers 404, as one outside the caller's scope does.
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/careers/path/me': { as: 'agent' },
  'GET /api/careers/path/{employeeId}': { as: 'teamlead' },
};
