import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// One entry per API endpoint, keyed "METHOD /path" as in the OpenAPI description. bad-input.test.ts
// fails when the app has an endpoint that is not listed, so a new endpoint gets its bad-input
// checks on the day it is added. Each entry gives a body that is valid, so that breaking one field
// of it must be answered with a 400 naming that field. The foundation's endpoints are listed
// here; a module may keep its own beside it in `<name>.bad-input.ts` exporting BAD_INPUT_CASES.

export interface RouteCase {
  /** Reachable without signing in. */
  public?: boolean;
  /** Who sends the request (a demo account); the administrator unless said. */
  as?: string;
  /** A valid body. Every check breaks one thing in it; it is never sent intact to a route that writes. */
  body?: Record<string, unknown>;
  /** Path parameters for the checks; each one left out is an id that does not exist. */
  params?: Record<string, string>;
  /** What a path parameter that does not exist is answered with: [status, errorCode]. */
  missing?: [number, string];
  /** A file upload (multipart/form-data) rather than JSON. */
  multipart?: boolean;
}

const REASON = '批量测试';
const DATE = '2026-11-20';

export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/health': { public: true },
  'POST /api/auth/login': { public: true, body: { username: 'nobody', password: 'not-it' } },
  'POST /api/auth/logout': { public: true },
  'GET /api/auth/me': {},
  'PATCH /api/auth/me': { body: { locale: 'zh-CN' } },
  'POST /api/auth/password': { body: { currentPassword: 'Seatwise2026', newPassword: 'Another2026x' } },

  'GET /api/settings': {},
  'PUT /api/settings/{key}': {
    params: { key: 'auth.lockMinutes' },
    missing: [400, 'UNKNOWN_SETTING'],
    body: { value: 20, reason: REASON },
  },

  'GET /api/departments': {},
  'POST /api/departments': { body: { code: 'BAD1', name: '坏输入处' } },
  'PATCH /api/departments/{id}': { body: { code: 'BAD2', name: '坏输入二处' } },
  'DELETE /api/departments/{id}': {},
  'POST /api/teams': { body: { departmentId: 'some-department', code: 'BAD-1', name: '坏输入组' } },
  'PATCH /api/teams/{id}': { body: { departmentId: 'some-department', code: 'BAD-2', name: '坏输入二组' } },
  'DELETE /api/teams/{id}': {},

  'GET /api/employees': {},
  'GET /api/employees/{id}': {},
  'POST /api/employees': {
    body: {
      employeeNo: 'BAD0001',
      name: '坏输入',
      hireDate: DATE,
      teamId: 'some-team',
      supervisorId: null,
      status: 'trainee',
      gender: 'female',
      phone: '13800000000',
      email: 'bad@example.com',
      position: '坐席',
      skills: ['信用卡'],
      reason: REASON,
    },
  },
  'PATCH /api/employees/{id}': {
    body: {
      name: '坏输入',
      hireDate: DATE,
      supervisorId: null,
      gender: 'male',
      phone: '13800000000',
      email: 'bad@example.com',
      position: '坐席',
      skills: ['信用卡'],
      version: 1,
      reason: REASON,
    },
  },
  'POST /api/employees/{id}/status': { body: { status: 'probation', effectiveDate: DATE, reason: REASON, version: 1 } },
  'POST /api/employees/{id}/move': {
    body: { teamId: 'some-team', supervisorId: null, effectiveDate: DATE, reason: REASON, version: 1 },
  },

  'GET /api/roster/template': {},
  'POST /api/roster/imports': { multipart: true },
  'GET /api/roster/imports/{id}': {},
  'POST /api/roster/imports/{id}/commit': { body: {} },

  'GET /api/users': {},
  'POST /api/users': {
    body: {
      username: 'bad.input',
      displayName: '坏输入',
      roles: ['agent'],
      employeeId: null,
      password: 'Bad2026input',
    },
  },
  'PATCH /api/users/{id}': {
    body: { displayName: '坏输入', roles: ['agent'], employeeId: null, disabled: false, reason: REASON },
  },
  'POST /api/users/{id}/reset-password': { body: { password: 'Reset2026pass' } },
  'POST /api/users/{id}/unlock': { body: { reason: REASON } },

  'GET /api/audit': {},
};

/** These cases and those of every module's `<name>.bad-input.ts`, merged; a key listed twice is an error. */
export async function allBadInputCases(): Promise<Record<string, RouteCase>> {
  const modules = join(dirname(fileURLToPath(import.meta.url)), '../modules');
  const all: Record<string, RouteCase> = { ...BAD_INPUT_CASES };
  const files = readdirSync(modules, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.bad-input.ts'))
    .sort();
  for (const file of files) {
    const cases = (await import(pathToFileURL(join(modules, file)).href)).BAD_INPUT_CASES as Record<string, RouteCase>;
    for (const [key, c] of Object.entries(cases)) {
      if (all[key]) throw new Error(`${key} has a bad-input case twice (${file})`);
      all[key] = c;
    }
  }
  return all;
}
