import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the rosters part (see test/bad-input.test.ts): a valid body each.
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/attendance/shifts': { as: 'agent' },
  'POST /api/attendance/shifts': {
    as: 'hr',
    body: {
      code: 'BADIN',
      name: '坏输入班',
      startTime: '09:00',
      endTime: '18:00',
      breaks: [{ start: '12:00', end: '13:00' }],
      skill: null,
      color: '#1677ff',
      departmentId: null,
      active: true,
    },
  },
  'PUT /api/attendance/shifts/{id}': {
    as: 'hr',
    body: { name: '坏输入班', startTime: '09:00', endTime: '18:00', breaks: [], version: 1 },
  },
  'GET /api/attendance/rosters': { as: 'teamlead' },
  'POST /api/attendance/rosters': {
    as: 'hr',
    body: { teamId: 'no-such-team', periodStart: '2027-03-01', kind: 'week', copyFromPrevious: false },
  },
  'PUT /api/attendance/rosters/{id}/cells': {
    as: 'hr',
    body: { version: 1, cells: [{ employeeId: 'no-such-person', day: '2027-03-01', shiftId: null }], reason: '调整' },
  },
  'POST /api/attendance/rosters/{id}/publish': { as: 'hr', body: { version: 1 } },
  'GET /api/attendance/my/schedule': { as: 'agent' },
  'GET /api/attendance/rosters/template': { as: 'teamlead' },
  'POST /api/attendance/rosters/import/preview': { as: 'teamlead', multipart: true },
  'POST /api/attendance/rosters/{id}/import': { as: 'teamlead', multipart: true },
};
