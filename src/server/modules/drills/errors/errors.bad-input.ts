import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the errors part of drills (see test/bad-input.test.ts): a valid body each,
// which the test breaks one field at a time.
export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/drills/links/forms': { as: 'trainer' },
  'GET /api/drills/links/forms/{formId}': { as: 'trainer' },
  'PUT /api/drills/links/forms/{formId}/items/{itemKey}': {
    as: 'trainer',
    params: { itemKey: 'greet' },
    body: { cardIds: [] },
  },
  'GET /api/drills/links/cards': { as: 'trainer' },
  'GET /api/drills/boosts': { as: 'agent' },
};
