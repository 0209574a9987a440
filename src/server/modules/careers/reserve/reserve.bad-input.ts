import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the reserve competition (see test/bad-input.test.ts): a valid body each, so
// breaking one field must be answered 400 naming it; a round or entry that does not exist is 404.
const round = { name: '2026年第四季度储备团队长竞聘', nominationsOpen: '2026-12-01', nominationsClose: '2026-12-10' };

export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/careers/reserve/rounds': { as: 'agent' },
  'POST /api/careers/reserve/rounds': { as: 'hr', body: { ...round, talkDay: '2026-12-20', talkMinutes: 3, seats: 2 } },
  'GET /api/careers/reserve/rounds/{id}': { as: 'agent' },
  'PATCH /api/careers/reserve/rounds/{id}': { as: 'hr', body: { ...round, version: 1 } },
  'POST /api/careers/reserve/rounds/{id}/open': { as: 'hr', body: { version: 1 } },
  'POST /api/careers/reserve/rounds/{id}/close': { as: 'hr', body: { version: 1 } },
  'POST /api/careers/reserve/rounds/{id}/publish': { as: 'hr', body: { version: 1 } },
  'POST /api/careers/reserve/rounds/{id}/cancel': { as: 'hr', body: { version: 1 } },
  'GET /api/careers/reserve/rounds/{id}/me': { as: 'agent' },
  'GET /api/careers/reserve/rounds/{id}/eligibility': { as: 'hr' },
  'GET /api/careers/reserve/rounds/{id}/nominations': { as: 'hr' },
  'POST /api/careers/reserve/rounds/{id}/nominations': { as: 'agent', body: { statement: '我的业绩与带组设想' } },
  'POST /api/careers/reserve/rounds/{id}/recommendations': {
    as: 'teamlead',
    body: { employeeId: 'no-such-person', note: '业务扎实，乐于帮助组员' },
  },
  'GET /api/careers/reserve/rounds/{id}/shortlist': { as: 'agent' },
  'POST /api/careers/reserve/nominations/{id}/withdraw': { as: 'agent' },
  'POST /api/careers/reserve/nominations/{id}/screen': {
    as: 'hr',
    body: { decision: 'shortlist', reason: '业绩与纪律均符合', version: 1 },
  },
};
