import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the clock endpoints (see test/bad-input.test.ts): a valid body each.
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'POST /api/attendance/clock/punch': { as: 'agent' },
  'GET /api/attendance/clock/template': { as: 'hr' },
  'POST /api/attendance/clock/import/preview': { as: 'hr', multipart: true },
  'POST /api/attendance/clock/import': { as: 'hr', multipart: true },
  'GET /api/attendance/clock/exceptions': { as: 'teamlead' },
  'POST /api/attendance/clock/days/{employeeId}/{day}/resolve': {
    as: 'teamlead',
    params: { day: '2027-03-05' },
    body: { action: 'excuse', reason: '交通管制，已核实', version: 1 },
  },
  'GET /api/attendance/my/attendance': { as: 'agent' },
};
