import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the four levels (see test/bad-input.test.ts): a valid body each, so breaking
// one field must be answered 400 naming it; a program or pair that does not exist answers 404.
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/analytics/levels': { as: 'training' },
  'GET /api/analytics/levels/programs/{id}': { as: 'training' },
  'GET /api/analytics/levels/programs/{id}/exams': { as: 'training' },
  'POST /api/analytics/levels/programs/{id}/pairs': {
    as: 'training',
    body: { preExamId: 'some-pre-test', postExamId: 'some-post-test' },
  },
  'DELETE /api/analytics/levels/pairs/{id}': { as: 'training' },
};
