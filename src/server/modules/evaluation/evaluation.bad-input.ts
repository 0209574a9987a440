import type { RouteCase } from '../../test/bad-input.cases.js';

// Bad-input cases for every evaluation endpoint (see test/bad-input.test.ts): a valid body each,
// so breaking one field must be answered 400 naming it; ids that do not exist answer 404.
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/evaluation/at-risk': { as: 'training' },
  'GET /api/evaluation/me': { as: 'trainee' },
  'GET /api/evaluation/trainees/{id}': { as: 'training' },
  'GET /api/evaluation/trainees/{id}/certification': { as: 'training' },
  'POST /api/evaluation/trainees/{id}/certify': {
    as: 'training',
    body: { step: 'shadowing', effectiveDate: '2026-11-20', note: '坏输入测试' },
  },
  'GET /api/evaluation/cohorts/{id}/board': { as: 'training' },
  'GET /api/evaluation/cohorts/{id}/board.xlsx': { as: 'training' },
};
