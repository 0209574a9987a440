import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the sampling, queue and quota endpoints (see test/bad-input.test.ts): a
// valid body each, so breaking one field must be answered 400 naming it; unknown ids answer 404.
const EVENT = {
  kind: 'system',
  title: '坏输入升级',
  startsOn: '2026-11-20',
  days: 7,
  raisePercent: 10,
  businessType: '信用卡',
  departmentId: null,
};

export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/quality/sampling/settings': { as: 'agent' },
  'GET /api/quality/change-events': { as: 'qa' },
  'POST /api/quality/change-events': { as: 'manager', body: EVENT },
  'DELETE /api/quality/change-events/{id}': { as: 'manager' },
  'GET /api/quality/draws': { as: 'manager' },
  'POST /api/quality/draws': { as: 'manager', body: { weekStart: '2026-11-16', seed: 1, replace: true } },
  'GET /api/quality/draws/{id}': { as: 'manager' },
  'GET /api/quality/samples': { as: 'manager' },
  'GET /api/quality/queue': { as: 'qa' },
  'POST /api/quality/samples/reassign': {
    as: 'manager',
    body: { sampleIds: ['no-such-sample'], userId: 'no-such-user', reason: '坏输入' },
  },
  'POST /api/quality/samples/{id}/skip': { as: 'qa', body: { reason: '录音缺失' } },
  'GET /api/quality/quotas': { as: 'manager' },
  'PUT /api/quality/quotas/{id}': { as: 'manager', body: { live: 5, recording: 5, sideBySide: 3, reason: '坏输入' } },
};
