import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, countRows, expectError } from '../../../test/helpers.js';
import { CHOICE, CLOCK, CLOZE, newCard, newDeck, RECALL } from './decks.testkit.js';

// Decks and cards (issue 20 item 1): the content rules of each card kind answered with their code
// and field, optimistic concurrency, archiving, order, and who may write and read.

describe.each(DIALECTS)('drill decks and cards on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let trainer: Client;
  beforeAll(async () => {
    setClock(CLOCK);
    trainer = await env.as('trainer');
  });
  afterAll(() => setClock());

  it('creates a deck, lists it with its card count and filters by category and status', async () => {
    const deck = await newDeck(trainer, { category: 'region_codes', audience: { statuses: ['trainee'] } });
    await newCard(trainer, deck.id);
    await newCard(trainer, deck.id, CHOICE);
    const list = await trainer.get('/api/drills/decks?category=region_codes&status=active');
    expect(list.status).toBe(200);
    const row = list.body.data.find((d: { id: string }) => d.id === deck.id);
    expect(row).toMatchObject({ cardCount: 2, category: 'region_codes', audience: { statuses: ['trainee'] } });
    const other = await trainer.get('/api/drills/decks?category=faq');
    expect(other.body.data.some((d: { id: string }) => d.id === deck.id)).toBe(false);
    const byName = await trainer.get(`/api/drills/decks?q=${encodeURIComponent(deck.name)}`);
    expect(byName.body.total).toBe(1);
    expect((await auditOf(env.handle.db, 'drill_deck', deck.id)).map((a) => a.action)).toEqual(['create']);
  });

  it('answers each broken card rule with its code and field, and writes nothing', async () => {
    const deck = await newDeck(trainer);
    const before = await countRows(env.handle.db, 'drill_cards');
    const url = `/api/drills/decks/${deck.id}/cards`;
    expectError(await trainer.post(url, { ...RECALL, prompt: '  ' }), 400, 'EMPTY_CARD', 'prompt');
    expectError(await trainer.post(url, { ...RECALL, answer: '' }), 400, 'EMPTY_CARD', 'answer');
    expectError(await trainer.post(url, { ...CHOICE, choices: ['机主身份'] }), 400, 'CARD_CHOICES_COUNT', 'choices');
    const nine = ['机主身份', ...Array.from({ length: 8 }, (_, i) => `选项${i}`)];
    expectError(await trainer.post(url, { ...CHOICE, choices: nine }), 400, 'CARD_CHOICES_COUNT', 'choices');
    expectError(
      await trainer.post(url, { ...CHOICE, choices: ['机主身份', '机主身份'] }),
      400,
      'CARD_CHOICES_DUPLICATE',
    );
    expectError(await trainer.post(url, { ...CHOICE, answer: '营业厅' }), 400, 'CARD_ANSWER_NOT_IN_CHOICES', 'answer');
    expectError(await trainer.post(url, { ...CLOZE, answer: '您好，很高兴为您服务' }), 400, 'CARD_CLOZE_NO_BLANK');
    expectError(await trainer.post(url, { ...CLOZE, answer: '您好，[[ ]]为您服务' }), 400, 'CARD_CLOZE_NO_BLANK');
    expectError(await trainer.post(url, { ...RECALL, kind: 'essay' }), 400, 'VALIDATION_FAILED', 'kind');
    expect(await countRows(env.handle.db, 'drill_cards')).toBe(before);
  });

  it('keeps choices only on choice cards and takes read-aloud scripts and knowledge points', async () => {
    const deck = await newDeck(trainer);
    const recall = await trainer.post(`/api/drills/decks/${deck.id}/cards`, { ...RECALL, choices: ['a', 'b'] });
    expect(recall.body.data.card).toMatchObject({ choices: null, revision: 1, position: 1 });
    const script = '感谢您的来电，请您稍后对我的服务进行评价，再见！';
    const read = await trainer.post(`/api/drills/decks/${deck.id}/cards`, {
      kind: 'read_aloud',
      prompt: '结束语',
      answer: script,
      knowledgePoint: 'KP-结束语',
    });
    expect(read.body.data.card).toMatchObject({ kind: 'read_aloud', answer: script, knowledgePoint: 'KP-结束语' });
    expect(read.body.data.card.position).toBe(2);
  });

  it('refuses a stale version with 409 VERSION_CONFLICT for decks and cards', async () => {
    const deck = await newDeck(trainer);
    const card = await newCard(trainer, deck.id);
    const first = await trainer.patch(`/api/drills/decks/${deck.id}`, { version: 1, description: '新的说明' });
    expect(first.body.data.version).toBe(2);
    expectError(
      await trainer.patch(`/api/drills/decks/${deck.id}`, { version: 1, name: 'x' }),
      409,
      'VERSION_CONFLICT',
    );
    const c1 = await trainer.patch(`/api/drills/cards/${card.id}`, { version: 1, knowledgePoint: 'KP1' });
    expect(c1.status).toBe(200);
    expectError(
      await trainer.patch(`/api/drills/cards/${card.id}`, { version: 1, answer: '10086' }),
      409,
      'VERSION_CONFLICT',
    );
  });

  it('archives and restores a deck; a name is unique among active decks; archived decks take no cards', async () => {
    const deck = await newDeck(trainer);
    expectError(await trainer.post('/api/drills/decks', { name: deck.name, category: 'faq' }), 409, 'DECK_NAME_TAKEN');
    const archived = await trainer.patch(`/api/drills/decks/${deck.id}`, { version: 1, status: 'archived' });
    expect(archived.body.data.status).toBe('archived');
    expectError(await trainer.post(`/api/drills/decks/${deck.id}/cards`, RECALL), 422, 'DECK_ARCHIVED');
    const twin = await newDeck(trainer, { name: deck.name });
    expectError(
      await trainer.patch(`/api/drills/decks/${deck.id}`, { version: 2, status: 'active' }),
      409,
      'DECK_NAME_TAKEN',
    );
    await trainer.patch(`/api/drills/decks/${twin.id}`, { version: 1, name: `${deck.name} 新` });
    expect((await trainer.patch(`/api/drills/decks/${deck.id}`, { version: 2, status: 'active' })).status).toBe(200);
    const audit = await auditOf(env.handle.db, 'drill_deck', deck.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'status_change', 'status_change']);
  });

  it('reorders the active cards and archives one', async () => {
    const deck = await newDeck(trainer);
    const a = await newCard(trainer, deck.id);
    const b = await newCard(trainer, deck.id, CHOICE);
    const c = await newCard(trainer, deck.id, CLOZE);
    const url = `/api/drills/decks/${deck.id}/order`;
    expectError(await trainer.put(url, { cardIds: [c.id, a.id] }), 422, 'CARD_ORDER_MISMATCH');
    const put = await trainer.put(url, { cardIds: [c.id, a.id, b.id] });
    expect(put.body.data.map((x: { id: string }) => x.id)).toEqual([c.id, a.id, b.id]);
    await trainer.patch(`/api/drills/cards/${a.id}`, { version: a.version, status: 'archived' });
    const got = await trainer.get(`/api/drills/decks/${deck.id}`);
    expect(got.body.data.deck.cardCount).toBe(2);
    expect(got.body.data.cards.map((x: { id: string; status: string }) => [x.id, x.status])).toEqual([
      [c.id, 'active'],
      [b.id, 'active'],
      [a.id, 'archived'],
    ]);
  });

  it('lets an agent neither create nor read decks; a team lead reads; 404 for a deck that is not there', async () => {
    const agent = await env.as('agent');
    expectError(await agent.post('/api/drills/decks', { name: '坐席的卡组', category: 'faq' }), 403, 'FORBIDDEN');
    expectError(await agent.get('/api/drills/decks'), 403, 'FORBIDDEN');
    const lead = await env.as('teamlead');
    const deck = await newDeck(trainer);
    expect((await lead.get(`/api/drills/decks/${deck.id}`)).status).toBe(200);
    expectError(await lead.post(`/api/drills/decks/${deck.id}/cards`, RECALL), 403, 'FORBIDDEN');
    expectError(await trainer.get('/api/drills/decks/01a00000-0000-7000-8000-000000000000'), 404, 'NOT_FOUND');
  });
});
