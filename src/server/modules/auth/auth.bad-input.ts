import type { RouteCase } from '../../test/bad-input.cases.js';

// Bad-input cases for the sign-in security endpoints of issue 25 (see test/bad-input.test.ts).
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/auth/options': { public: true },
  'GET /api/auth/totp': {},
  'POST /api/auth/totp/enrol': {},
  'POST /api/auth/totp/confirm': { body: { code: '123456' } },
  'POST /api/users/{id}/reset-totp': { body: { reason: '手机丢失' } },
};
