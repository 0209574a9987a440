import { expect } from 'vitest';
import type { Client } from '../../../test/harness.js';

// What the decks tests share: a deck and its cards made through the API as a trainer would.

export const CLOCK = '2027-04-12T02:00:00.000Z';

let n = 0;
/** A new active deck with a name no other test uses. */
export async function newDeck(c: Client, over: Record<string, unknown> = {}) {
  n += 1;
  const res = await c.post('/api/drills/decks', {
    name: `测试卡组 ${n} ${Math.random().toString(36).slice(2, 7)}`,
    category: 'faq',
    description: '测试用',
    ...over,
  });
  expect(res.status, res.raw).toBe(200);
  return res.body.data as { id: string; name: string; version: number };
}

export const RECALL = { kind: 'recall', prompt: '宽带报修热线', answer: '10000' };
export const CHOICE = {
  kind: 'choice',
  prompt: '客户要求办理停机保号，应先核实什么？',
  answer: '机主身份',
  choices: ['机主身份', '话费余额', '套餐名称'],
};
export const CLOZE = {
  kind: 'cloze',
  prompt: '开场白',
  answer: '您好，[[很高兴]]为您服务，请问有什么可以[[帮您]]？',
};

export async function newCard(c: Client, deckId: string, body: Record<string, unknown> = RECALL) {
  const res = await c.post(`/api/drills/decks/${deckId}/cards`, body);
  expect(res.status, res.raw).toBe(200);
  return res.body.data.card as { id: string; version: number; revision: number; deckId: string };
}
