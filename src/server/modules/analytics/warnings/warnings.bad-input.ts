import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for early warnings (see test/bad-input.test.ts): a valid body each, so breaking
// one field must be answered 400 naming it; a warning that does not exist answers 404.
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/analytics/warnings': { as: 'training' },
  'GET /api/analytics/warnings/actions': { as: 'training' },
  'POST /api/analytics/warnings/sweep': { as: 'training' },
  'GET /api/analytics/warnings/{id}': { as: 'training' },
  'POST /api/analytics/warnings/{id}/actions': {
    as: 'training',
    body: { kind: 'mentoring', note: '坏输入', dueDate: null },
  },
};
