import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the swaps part of /api/attendance (see test/bad-input.test.ts): a valid body each.
const STEP = { version: 1, note: '可以' };
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/attendance/swaps': { as: 'agent' },
  'GET /api/attendance/swaps/options': { as: 'agent' },
  'POST /api/attendance/swaps': {
    as: 'agent',
    body: { colleagueId: 'no-such-person', requesterDay: '2027-03-10', colleagueDay: '2027-03-10', reason: '家里有事' },
  },
  'POST /api/attendance/swaps/{id}/accept': { as: 'agent', body: STEP },
  'POST /api/attendance/swaps/{id}/decline': { as: 'agent', body: STEP },
  'POST /api/attendance/swaps/{id}/approve': { as: 'teamlead', body: STEP },
  'POST /api/attendance/swaps/{id}/reject': { as: 'teamlead', body: STEP },
  'POST /api/attendance/swaps/{id}/cancel': { as: 'agent', body: STEP },
  'GET /api/attendance/overtime': { as: 'teamlead' },
  'POST /api/attendance/overtime': {
    as: 'agent',
    body: {
      day: '2027-03-10',
      startsAt: '18:00',
      endsAt: '20:00',
      reason: '活动加班',
      compensation: 'toil',
      recorded: false,
    },
  },
  'POST /api/attendance/overtime/{id}/decide': {
    as: 'teamlead',
    body: { decision: 'approve', note: '同意', version: 1 },
  },
  'GET /api/attendance/toil': { as: 'agent' },
};
