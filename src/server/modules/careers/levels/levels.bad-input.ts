import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for trainer levels (see test/bad-input.test.ts): a valid body each, so breaking
// one field must be answered 400 naming it; ids that do not exist answer 404.
const GRADE = {
  name: '坏输入讲师',
  position: 99,
  minHours: 10,
  minSessions: 2,
  minRating: 4,
  minPassRate: 80,
  description: null,
};

export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/careers/levels/grades': { as: 'training' },
  'POST /api/careers/levels/grades': { as: 'training', body: GRADE },
  'PUT /api/careers/levels/grades/{id}': { as: 'training', body: { ...GRADE, version: 1 } },
  'DELETE /api/careers/levels/grades/{id}': { as: 'training' },
  'GET /api/careers/levels/trainers': { as: 'training' },
  'GET /api/careers/levels/trainers/{id}': { as: 'training' },
  'POST /api/careers/levels/trainers/{id}/confirm': {
    as: 'training',
    body: { gradeId: 'trainer-grade-junior', reason: '坏输入', version: 0 },
  },
};
