import { DEFAULT_SHEET } from '../../../../common/careers-panel.js';
import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the panel part of careers (see test/bad-input.test.ts): a valid body each,
// which the test breaks one field at a time; rounds and nominations that do not exist answer 404.
const SHEET = {
  scores: [
    { key: 'results', score: 25, comment: '业绩突出' },
    { key: 'management', score: 24 },
    { key: 'communication', score: 16 },
    { key: 'answers', score: 15 },
  ],
};

export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/careers/panel/rounds/{id}': { as: 'hr' },
  'PUT /api/careers/panel/rounds/{id}/setup': {
    as: 'hr',
    body: { items: DEFAULT_SHEET, scorers: [{ employeeId: 'someone', kind: 'panel' }], version: 0 },
  },
  'POST /api/careers/panel/rounds/{id}/publish': { as: 'hr', body: { chosen: [], cohortId: null, version: 1 } },
  'GET /api/careers/panel/rounds/{id}/results': { as: 'agent' },
  'GET /api/careers/panel/scoring': { as: 'agent' },
  'GET /api/careers/panel/scoring/{roundId}': { as: 'agent' },
  'PUT /api/careers/panel/scoring/{roundId}/sheets/{nominationId}': { as: 'hr', body: SHEET },
};
