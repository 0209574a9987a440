import type { RouteCase } from '../../../test/bad-input.cases.js';

// Bad-input cases for the decks part of drills (see test/bad-input.test.ts): a valid body each,
// which the test breaks one field at a time.
const DECK = { name: '坏输入卡组', category: 'faq', description: null, audience: { departmentIds: [], statuses: [] } };
const CARD = { kind: 'choice', prompt: '坏输入', answer: '甲', choices: ['甲', '乙'], knowledgePoint: null };

export const BAD_INPUT_CASES: Record<string, RouteCase> = {
  'GET /api/drills/decks': { as: 'trainer' },
  'POST /api/drills/decks': { as: 'trainer', body: DECK },
  'GET /api/drills/decks/{id}': { as: 'trainer' },
  'PATCH /api/drills/decks/{id}': { as: 'trainer', body: { version: 1, ...DECK, status: 'active' } },
  'POST /api/drills/decks/{id}/cards': { as: 'trainer', body: CARD },
  'PATCH /api/drills/cards/{id}': { as: 'trainer', body: { version: 1, ...CARD, status: 'active', note: null } },
  'PUT /api/drills/decks/{id}/order': { as: 'trainer', body: { cardIds: ['01a00000-0000-7000-8000-000000000001'] } },
  'GET /api/drills/cards/{id}/revisions': { as: 'trainer' },
  'GET /api/drills/import/template': { as: 'trainer' },
  'POST /api/drills/import/preview': { as: 'trainer', multipart: true },
  'POST /api/drills/import': { as: 'trainer', multipart: true },
};
