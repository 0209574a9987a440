import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the recordings part of drills (see test/bad-input.test.ts): a valid body
// each, which the test breaks one field at a time.
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/drills/recordings/limits': { as: 'agent' },
  'POST /api/drills/recordings': { as: 'agent', multipart: true },
  'GET /api/drills/recordings': { as: 'mentor' },
  'GET /api/drills/recordings/{id}/file': { as: 'agent' },
  'POST /api/drills/recordings/{id}/rating': { as: 'mentor', body: { rating: 4, note: '语速平稳', version: 1 } },
};
