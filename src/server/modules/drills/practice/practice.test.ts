import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { accountFor, expectError } from '../../../test/helpers.js';
import { recorded } from '../recordings/recordings.testkit.js';
import { boostDue } from '../shared/states.js';
import {
  addDeck,
  departmentOfUser,
  onlyOurDecks,
  otherDepartment,
  queueOf,
  review,
  reviewed,
  setSetting,
  summaryOf,
} from './practice.testkit.js';

// The daily queue and reviews through the API (issue 20 items 1–2): boosted cards first, then
// overdue, due and new ones within the daily limit; a review takes a card out of today's queue;
// answers are graded by kind; a person reviews only cards of their decks or brought to them.

const NOW = '2026-12-07T02:00:00.000Z'; // Monday 10:00 in the center (UTC+8); the day began 16:00Z

describe.each(DIALECTS)('drills practice queue on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let agent: Client;
  let agentId: string;
  let ours: { deckId: string; cardIds: string[] };
  let theirs: { deckId: string; cardIds: string[] };

  beforeAll(async () => {
    setClock(NOW);
    agent = await env.as('agent');
    await setSetting(await env.as('admin'), 'drills.newCardsPerDay', 2);
    await onlyOurDecks(db());
    const me = await departmentOfUser(db(), 'agent');
    agentId = me.employeeId;
    ours = await addDeck(db(), {
      name: '开场白',
      departmentIds: [me.departmentId],
      cards: [
        { kind: 'recall', prompt: '标准开场白', answer: '您好，很高兴为您服务！' },
        { kind: 'recall', prompt: '标准结束语', answer: '感谢您的来电，再见！' },
        { kind: 'choice', prompt: '套餐A的代码', answer: 'A12', choices: ['A12', 'B34', 'C56'] },
        { kind: 'cloze', prompt: '转接话术', answer: '请您[[稍等]]，正在为您转接[[人工]]服务。' },
        { kind: 'read_aloud', prompt: '朗读结束语', answer: '请问还有其他可以帮您的吗？' },
      ],
    });
    theirs = await addDeck(db(), {
      name: '别的部门',
      departmentIds: [await otherDepartment(db(), me.departmentId)],
      cards: [
        { kind: 'recall', prompt: '地区代码 北京', answer: '010' },
        { kind: 'recall', prompt: '地区代码 上海', answer: '021' },
      ],
    });
    // ours[0] overdue since two days, ours[1] due this morning; theirs[0] failed in QA.
    const state = (cardId: string, due: string) => ({
      employee_id: agentId,
      card_id: cardId,
      deck_id: ours.deckId,
      revision: 1,
      due,
      stability: 4,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 4,
      learning_steps: 0,
      reps: 2,
      lapses: 0,
      state: 2,
      last_review: '2026-12-01T02:00:00.000Z',
      boost_reason: null,
      boost_ref: null,
      boosted_at: null,
    });
    await db()
      .insertInto('drill_states')
      .values([state(ours.cardIds[0], '2026-12-05T02:00:00.000Z'), state(ours.cardIds[1], '2026-12-07T01:00:00.000Z')])
      .execute();
    await boostDue(db(), { employeeId: agentId, cardIds: [theirs.cardIds[0]], reason: 'qa_error', ref: 'eval-1' });
  }, 60_000);
  afterAll(() => setClock());

  it('puts boosted cards first, then overdue, due, and new ones within the daily limit', async () => {
    const q = await queueOf(agent);
    expect(q.map((c) => [c.cardId, c.why])).toEqual([
      [theirs.cardIds[0], 'boosted'],
      [ours.cardIds[0], 'overdue'],
      [ours.cardIds[1], 'due'],
      [ours.cardIds[2], 'new'],
      [ours.cardIds[3], 'new'],
    ]);
    expect(q[0]).toMatchObject({ boostReason: 'qa_error', boostRef: 'eval-1', deckName: '别的部门' });
    expect((await queueOf(agent, 2)).map((c) => c.cardId)).toEqual([theirs.cardIds[0], ours.cardIds[0]]);
    const s = await summaryOf(agent);
    expect(s).toMatchObject({ day: '2026-12-07', dueNow: 3, overdue: 1, newAvailable: 2, minutes: 0, streak: 0 });
  });

  it('never sends the answer of a recall, cloze or choice card before the review', async () => {
    const q = await queueOf(agent);
    const choice = q.find((c) => c.cardId === ours.cardIds[2])!;
    expect([...(choice.choices as string[])].sort()).toEqual(['A12', 'B34', 'C56']);
    expect((await queueOf(agent)).find((c) => c.cardId === ours.cardIds[2])!.choices).toEqual(choice.choices);
    const cloze = q.find((c) => c.cardId === ours.cardIds[3])!;
    expect(cloze.clozeParts).toEqual(['请您', '，正在为您转接', '服务。']);
    const raw = JSON.stringify(q);
    for (const secret of ['很高兴为您服务', '感谢您的来电', '稍等', '人工', '"010"']) expect(raw).not.toContain(secret);
  });

  it('grades a recall answer, moves the card out of the queue and counts the time', async () => {
    const r = await reviewed(agent, { cardId: ours.cardIds[1], answer: '您好 很高兴为您服务', durationMs: 3_600_000 });
    expect(r).toMatchObject({ rating: 1, correct: false, expected: '感谢您的来电，再见！' });
    const ok = await reviewed(agent, { cardId: ours.cardIds[0], answer: '您好,很高兴为您服务', durationMs: 40_000 });
    expect(ok).toMatchObject({ rating: 3, correct: true, similarity: 1 });
    expect(ok.differences).toEqual([{ text: '您好，很高兴为您服务！', kind: 'same' }]);
    expect(ok.dueAfter > NOW).toBe(true);
    const boosted = await reviewed(agent, { cardId: theirs.cardIds[0], answer: '010', selfRating: 4 });
    expect(boosted.rating).toBe(4);
    const q = await queueOf(agent);
    expect(q.map((c) => c.cardId)).not.toContain(ours.cardIds[0]);
    expect(q.map((c) => c.cardId)).not.toContain(theirs.cardIds[0]);
    const state = await db()
      .selectFrom('drill_states')
      .selectAll()
      .where('employee_id', '=', agentId)
      .where('card_id', '=', theirs.cardIds[0])
      .executeTakeFirstOrThrow();
    expect(state).toMatchObject({ boost_reason: null, boost_ref: null, reps: 1, last_review: NOW });
    // one hour open counts as five minutes, plus 40 s and 20 s
    expect(await summaryOf(agent)).toMatchObject({ reviews: 3, seconds: 360, minutes: 6 });
    const day = await db().selectFrom('drill_days').selectAll().where('employee_id', '=', agentId).execute();
    expect(day).toEqual([{ employee_id: agentId, day: '2026-12-07', seconds: 360, reviews: 3, lapses: 1 }]);
  });

  it('grades choice and cloze cards, and counts new cards met today against the limit', async () => {
    const wrong = await reviewed(agent, { cardId: ours.cardIds[2], choice: 'B34' });
    expect(wrong).toMatchObject({ rating: 1, correct: false, expected: 'A12' });
    const cloze = await reviewed(agent, { cardId: ours.cardIds[3], answer: '稍等 人工' });
    expect(cloze).toMatchObject({ rating: 3, correct: true, similarity: 1, expected: '稍等 人工' });
    // two new cards met today: the third new one waits for tomorrow
    expect((await summaryOf(agent)).newAvailable).toBe(0);
    expect((await queueOf(agent)).map((c) => c.why)).not.toContain('new');
  });

  it('answers bad input clearly', async () => {
    expectError(await review(agent, { cardId: 'no-such-card', answer: 'x' }), 404, 'NOT_FOUND');
    expectError(await review(agent, { cardId: ours.cardIds[0] }), 400, 'DRILL_ANSWER_REQUIRED', 'answer');
    expectError(await review(agent, { cardId: ours.cardIds[2] }), 400, 'DRILL_CHOICE_REQUIRED', 'choice');
    expectError(await review(agent, { cardId: ours.cardIds[2], choice: 'Z99' }), 400, 'DRILL_CHOICE_UNKNOWN');
    expectError(await review(agent, { cardId: ours.cardIds[4] }), 400, 'DRILL_SELF_RATING_REQUIRED', 'selfRating');
    expectError(await review(agent, { cardId: ours.cardIds[4], selfRating: 5 }), 400);
    expectError(await agent.post('/api/drills/reviews', { cardId: ours.cardIds[4], selfRating: 3 }), 400);
    const unlinked = await accountFor(env, null, ['trainer'], 'drills-unlinked');
    expectError(await unlinked.client.get('/api/drills/me'), 422, 'DRILL_NO_EMPLOYEE');
  });

  it('saves a read-aloud recording with the review and the learner’s own rating', async () => {
    const recordingId = await recorded(agent, ours.cardIds[4]);
    const r = await reviewed(agent, { cardId: ours.cardIds[4], selfRating: 2, recordingId });
    expect(r).toMatchObject({ rating: 2, correct: true, similarity: null, expected: '请问还有其他可以帮您的吗？' });
    const rec = await db()
      .selectFrom('drill_recordings')
      .select(['review_id', 'self_rating'])
      .where('id', '=', recordingId)
      .executeTakeFirstOrThrow();
    expect(rec).toEqual({ review_id: r.reviewId, self_rating: 2 });
    // the same recording again, or one of another card, is refused and nothing is written
    const reviews = (await db().selectFrom('drill_reviews').select('id').execute()).length;
    expectError(
      await review(agent, { cardId: ours.cardIds[4], selfRating: 3, recordingId }),
      409,
      'RECORDING_ALREADY_LINKED',
    );
    const other = await recorded(agent, ours.cardIds[4]);
    expectError(
      await review(agent, { cardId: ours.cardIds[0], answer: 'x', recordingId: other }),
      422,
      'RECORDING_OTHER_CARD',
    );
    expect(await db().selectFrom('drill_reviews').select('id').execute()).toHaveLength(reviews);
  });

  it('keeps an agent to the cards of their decks and the cards brought to them', async () => {
    expectError(await review(agent, { cardId: theirs.cardIds[1], answer: '021' }), 404, 'NOT_FOUND');
    const before = await db().selectFrom('drill_reviews').select('id').execute();
    expectError(await review(agent, { cardId: theirs.cardIds[1], answer: '021' }), 404);
    expect(await db().selectFrom('drill_reviews').select('id').execute()).toHaveLength(before.length);
    // another person's boost does not open the card to the agent
    const trainee = await departmentOfUser(db(), 'trainee');
    await boostDue(db(), {
      employeeId: trainee.employeeId,
      cardIds: [theirs.cardIds[1]],
      reason: 'exam_error',
      ref: 'a-1',
    });
    expectError(await review(agent, { cardId: theirs.cardIds[1], answer: '021' }), 404);
    // an archived card is gone from the queue and cannot be reviewed
    await db().updateTable('drill_cards').set({ status: 'archived' }).where('id', '=', ours.cardIds[4]).execute();
    expectError(await review(agent, { cardId: ours.cardIds[4], selfRating: 3 }), 404);
  });
  it('loses no review when two answers of one card race', async () => {
    const card = ours.cardIds[1];
    const reps = async () =>
      (
        await db()
          .selectFrom('drill_states')
          .select('reps')
          .where('employee_id', '=', agentId)
          .where('card_id', '=', card)
          .executeTakeFirstOrThrow()
      ).reps;
    const count = async () =>
      (await db().selectFrom('drill_reviews').select('id').where('card_id', '=', card).execute()).length;
    const [repsBefore, reviewsBefore] = [await reps(), await count()];
    const answers = await Promise.all([1, 2, 3].map(() => review(agent, { cardId: card, answer: '感谢您的来电再见' })));
    const ok = answers.filter((r) => r.status === 200).length;
    for (const r of answers.filter((x) => x.status !== 200)) expectError(r, 409, 'DRILL_REVIEW_CONFLICT');
    expect(ok).toBeGreaterThanOrEqual(1);
    expect(Number(await reps())).toBe(Number(repsBefore) + ok);
    expect(await count()).toBe(reviewsBefore + ok);
  });

  it('keeps scheduling a card an error brought from another deck after its boost is cleared', async () => {
    const state = await db()
      .selectFrom('drill_states')
      .select(['due', 'boost_reason', 'boosted_at'])
      .where('employee_id', '=', agentId)
      .where('card_id', '=', theirs.cardIds[0])
      .executeTakeFirstOrThrow();
    expect(state.boost_reason).toBeNull();
    expect(state.boosted_at).toBe(NOW);
    setClock(new Date(Date.parse(state.due) + 60_000).toISOString());
    const q = await queueOf(agent);
    expect(q.find((c) => c.cardId === theirs.cardIds[0])).toMatchObject({ why: 'due', boostReason: null });
    expect((await summaryOf(agent)).dueNow).toBeGreaterThanOrEqual(1);
  });
});
