import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowIso, setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, employeeIdOf } from '../../../test/helpers.js';
import { CHOICE, CLOCK, newCard, newDeck } from './decks.testkit.js';

// A card whose script changes gets a new revision and comes back, as new and due now, to everyone
// who had learned the old one (issue 20: "a changed card resets for people who knew it"); a save
// that changes nothing of its content keeps the revision and everyone's progress.

describe.each(DIALECTS)('card revisions on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let trainer: Client;
  let agentId: string;
  let traineeId: string;
  beforeAll(async () => {
    setClock(CLOCK);
    trainer = await env.as('trainer');
    agentId = await employeeIdOf(env.handle.db, 'agent');
    traineeId = await employeeIdOf(env.handle.db, 'trainee');
  });
  afterAll(() => setClock());

  /** A person who reviewed the card 3 times; next due in 20 days. */
  const learned = (employeeId: string, card: { id: string; deckId: string }, reps = 3) =>
    env.handle.db
      .insertInto('drill_states')
      .values({
        employee_id: employeeId,
        card_id: card.id,
        deck_id: card.deckId,
        revision: 1,
        due: '2027-05-02T02:00:00.000Z',
        stability: 25.5,
        difficulty: 4.2,
        elapsed_days: 10,
        scheduled_days: 20,
        learning_steps: 0,
        reps,
        lapses: 1,
        state: 2,
        last_review: '2027-04-02T02:00:00.000Z',
        boost_reason: null,
        boost_ref: null,
        boosted_at: null,
      })
      .execute();
  const stateOf = (employeeId: string, cardId: string) =>
    env.handle.db
      .selectFrom('drill_states')
      .selectAll()
      .where('employee_id', '=', employeeId)
      .where('card_id', '=', cardId)
      .executeTakeFirstOrThrow();

  it('writes revision 1 at creation', async () => {
    const deck = await newDeck(trainer);
    const card = await newCard(trainer, deck.id);
    const revs = await trainer.get(`/api/drills/cards/${card.id}/revisions`);
    expect(revs.status).toBe(200);
    expect(revs.body.data).toEqual([
      expect.objectContaining({ revision: 1, kind: 'recall', prompt: '宽带报修热线', answer: '10000', note: null }),
    ]);
    expect(revs.body.data[0].changedByName).toBeTruthy();
  });

  it('a changed answer raises the revision and resets the people who had learned it, due now', async () => {
    const deck = await newDeck(trainer);
    const card = await newCard(trainer, deck.id);
    await learned(agentId, card);
    await learned(traineeId, card, 0); // seen in the queue, never reviewed: keeps its state
    const res = await trainer.patch(`/api/drills/cards/${card.id}`, {
      version: card.version,
      answer: '10000（按 2 号键）',
      note: '热线改版',
    });
    expect(res.status, res.raw).toBe(200);
    expect(res.body.data).toMatchObject({ revised: true, reset: 1, card: { revision: 2, version: 2 } });
    const s = await stateOf(agentId, card.id);
    expect(s).toMatchObject({ revision: 2, reps: 0, state: 0, stability: 0, boost_reason: 'card_changed' });
    expect(s.due <= nowIso()).toBe(true);
    const t = await stateOf(traineeId, card.id);
    expect(t).toMatchObject({ revision: 2, boost_reason: null, due: '2027-05-02T02:00:00.000Z' });
    const revs = await trainer.get(`/api/drills/cards/${card.id}/revisions`);
    expect(revs.body.data.map((r: { revision: number }) => r.revision)).toEqual([2, 1]);
    expect(revs.body.data[0]).toMatchObject({ answer: '10000（按 2 号键）', note: '热线改版' });
    const audit = await auditOf(env.handle.db, 'drill_card', card.id);
    expect(audit.at(-1)!.new_value).toMatchObject({ revision: 2, reset: 1 });
  });

  it('new choices or a new kind are a new revision too', async () => {
    const deck = await newDeck(trainer);
    const card = await newCard(trainer, deck.id, CHOICE);
    await learned(agentId, card);
    const more = await trainer.patch(`/api/drills/cards/${card.id}`, {
      version: 1,
      choices: [...CHOICE.choices, '身份证地址'],
    });
    expect(more.body.data).toMatchObject({ revised: true, reset: 1, card: { revision: 2 } });
    const recall = await trainer.patch(`/api/drills/cards/${card.id}`, { version: 2, kind: 'recall' });
    expect(recall.body.data).toMatchObject({ revised: true, reset: 0, card: { revision: 3, choices: null } });
  });

  it('a save that changes no content keeps the revision and what people learned', async () => {
    const deck = await newDeck(trainer);
    const card = await newCard(trainer, deck.id);
    await learned(agentId, card);
    const same = await trainer.patch(`/api/drills/cards/${card.id}`, {
      version: 1,
      kind: 'recall',
      prompt: ' 宽带报修热线 ',
      answer: '10000',
      knowledgePoint: 'KP-报修',
    });
    expect(same.body.data).toMatchObject({ revised: false, reset: 0, card: { revision: 1, version: 2 } });
    expect(await stateOf(agentId, card.id)).toMatchObject({ revision: 1, reps: 3, state: 2, boost_reason: null });
    const revs = await trainer.get(`/api/drills/cards/${card.id}/revisions`);
    expect(revs.body.data).toHaveLength(1);
  });

  it('a content change that breaks a rule changes nothing', async () => {
    const deck = await newDeck(trainer);
    const card = await newCard(trainer, deck.id);
    await learned(agentId, card);
    const bad = await trainer.patch(`/api/drills/cards/${card.id}`, { version: 1, answer: ' ' });
    expect(bad.status).toBe(400);
    expect(bad.body.errorCode).toBe('EMPTY_CARD');
    expect(await stateOf(agentId, card.id)).toMatchObject({ revision: 1, reps: 3 });
  });
});
