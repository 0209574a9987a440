import type { RouteCase } from '../../test/bad-input.cases.js';

// Bad-input cases for the notification endpoints (see test/bad-input.test.ts).
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/notifications': { as: 'trainee' },
  'GET /api/notifications/unread-count': { as: 'trainee' },
  'POST /api/notifications/{id}/read': { as: 'trainee' },
  'POST /api/notifications/read-all': { as: 'trainee' },
};
