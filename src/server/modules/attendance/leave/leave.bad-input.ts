import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the leave part of attendance (see test/bad-input.test.ts): a valid body
// each, which the test breaks one field at a time.
const KIND = {
  nameZh: '坏输入假',
  nameEn: 'Bad input leave',
  paid: false,
  balance: 'none',
  counting: 'working',
  hrAlways: false,
  evidenceAfterDays: null,
  maxDays: 3,
  active: true,
  sortOrder: 100,
};
const REQUEST = {
  kindCode: 'personal',
  startDay: '2026-11-16',
  startHalf: 'am',
  endDay: '2026-11-16',
  endHalf: 'pm',
  reason: '坏输入测试',
};

export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/attendance/leave/kinds': { as: 'agent' },
  'POST /api/attendance/leave/kinds': { as: 'hr', body: { code: 'bad_input', ...KIND } },
  'PATCH /api/attendance/leave/kinds/{id}': { as: 'hr', body: KIND },
  'DELETE /api/attendance/leave/kinds/{id}': { as: 'hr' },
  'GET /api/attendance/leave/balances': { as: 'agent' },
  'PUT /api/attendance/leave/profiles/{employeeId}': { as: 'hr', body: { careerStartDay: '2010-03-01' } },
  'GET /api/attendance/leave/requests': { as: 'teamlead' },
  'POST /api/attendance/leave/requests/preview': { as: 'agent', body: { ...REQUEST, reason: undefined } },
  'POST /api/attendance/leave/requests': { as: 'agent', body: REQUEST },
  'GET /api/attendance/leave/requests/{id}': { as: 'agent' },
  'POST /api/attendance/leave/requests/{id}/decide': { as: 'teamlead', body: { decision: 'approve', note: '同意' } },
  'POST /api/attendance/leave/requests/{id}/cancel': { as: 'agent' },
  'POST /api/attendance/leave/requests/{id}/attachments': { as: 'agent', multipart: true },
  'GET /api/attendance/leave/attachments/{id}': { as: 'agent' },
};
