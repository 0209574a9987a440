import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the team-lead routines (see test/bad-input.test.ts): a valid body each, so
// breaking one field must be answered 400 naming it; ids that do not exist answer 404.
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/careers/routines/items': { as: 'manager' },
  'POST /api/careers/routines/items': {
    as: 'manager',
    body: {
      period: 'weekly',
      title: '抽查工单',
      guidance: null,
      expectedMinutes: 20,
      targetCount: 5,
      linkKind: 'none',
    },
  },
  'PATCH /api/careers/routines/items/{id}': { as: 'manager', body: { title: '抽查工单', active: true, version: 1 } },
  'GET /api/careers/routines/mine': { as: 'teamlead' },
  // An item that does not exist is a broken rule on the body (422), not a missing path.
  'POST /api/careers/routines/ticks': {
    as: 'teamlead',
    body: { itemId: 'routine-item-02', note: '已完成', count: null, link: { kind: 'meeting', id: 'no-such-meeting' } },
  },
  'DELETE /api/careers/routines/ticks/{id}': { as: 'teamlead' },
  'GET /api/careers/routines/meetings': { as: 'teamlead' },
  'POST /api/careers/routines/meetings': {
    as: 'teamlead',
    body: {
      minutes: 15,
      attendeeIds: ['no-such-person'],
      topics: '昨日业绩与录音分析',
      recordingsAnalysed: 2,
      note: null,
    },
  },
  'GET /api/careers/routines/linkable': { as: 'teamlead' },
  'GET /api/careers/routines/report': { as: 'manager' },
  'GET /api/careers/routines/report/export.xlsx': { as: 'manager' },
  'GET /api/careers/routines/report/{employeeId}': { as: 'manager' },
};
