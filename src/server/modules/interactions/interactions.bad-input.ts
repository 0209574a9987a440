import type { RouteCase } from '../../test/bad-input.cases.js';

// Bad-input cases for every interactions and KPI endpoint (see test/bad-input.test.ts): a valid
// body each, so breaking one field must be answered 400 naming it; ids that do not exist answer 404.
const MAPPING = {
  name: 'bad-input-mapping',
  description: '坏输入',
  mapping: {
    hasHeader: true,
    delimiter: ',',
    columns: { interactionId: 'ID', agent: 'Agent', startedAt: 'Start' },
    defaults: { channel: 'voice', direction: 'in', businessType: '信用卡' },
  },
};

export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'POST /api/interactions/imports': { as: 'qa', multipart: true },
  'GET /api/interactions/imports': { as: 'qa' },
  'GET /api/interactions/imports/{id}': { as: 'qa' },
  'POST /api/interactions/imports/{id}/retry': { as: 'qa' },
  'GET /api/interactions/imports/{id}/rejects': { as: 'qa' },
  'GET /api/interactions/imports/{id}/rejects.xlsx': { as: 'qa' },
  'GET /api/interactions/template': { as: 'qa' },
  'GET /api/interactions/fields': { as: 'qa' },
  'GET /api/interactions/mappings': { as: 'qa' },
  'POST /api/interactions/mappings': { as: 'qa', body: MAPPING },
  'DELETE /api/interactions/mappings/{name}': { as: 'qa' },
  'GET /api/interactions/agent-aliases': { as: 'qa' },
  'POST /api/interactions/agent-aliases': {
    as: 'qa',
    body: { alias: 'bad-input-8999', employeeNo: 'E1001', note: '坏输入' },
  },
  'DELETE /api/interactions/agent-aliases/{alias}': { as: 'qa' },
  'GET /api/interactions': {},
  'GET /api/interactions/{id}': {},
  'GET /api/kpis/agents/{employeeId}/daily': {},
  'GET /api/kpis/teams/default': {},
  'GET /api/kpis/teams/{teamId}/daily': {},
  'GET /api/kpis/teams/{teamId}/agents': {},
  'GET /api/kpis/departments/{id}/daily': {},
};
