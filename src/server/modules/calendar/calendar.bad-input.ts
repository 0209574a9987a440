import type { RouteCase } from '../../test/bad-input.cases.js';

// Bad-input cases for the calendar endpoints (see test/bad-input.test.ts). Path parameters are
// dates and years, so a "missing" one is a malformed one: 400.
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/calendar/years': {},
  'GET /api/calendar/years/{year}': { params: { year: '2026' }, missing: [400, 'VALIDATION_FAILED'] },
  'PUT /api/calendar/days/{day}': {
    params: { day: '2027-01-01' },
    missing: [400, 'VALIDATION_FAILED'],
    body: { kind: 'holiday', name: '元旦', reason: '批量测试' },
  },
  'POST /api/calendar/years/{year}/confirm': {
    params: { year: '2027' },
    missing: [400, 'VALIDATION_FAILED'],
    body: { reason: '批量测试' },
  },
  'GET /api/calendar/working-days': {},
  'GET /api/calendar/status': {},
  'GET /api/calendar/template': {},
  'GET /api/calendar/years/{year}/export': { params: { year: '2026' }, missing: [400, 'VALIDATION_FAILED'] },
  'POST /api/calendar/years/{year}/import/preview': {
    params: { year: '2027' },
    missing: [400, 'VALIDATION_FAILED'],
    multipart: true,
  },
  'POST /api/calendar/years/{year}/import': {
    params: { year: '2027' },
    missing: [400, 'VALIDATION_FAILED'],
    multipart: true,
  },
};
