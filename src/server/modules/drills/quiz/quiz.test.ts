import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock, shiftClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { accountFor, employeeIdOf, expectError, teamIdOf } from '../../../test/helpers.js';
import { addDeck, onlyOurDecks, setSetting } from '../practice/practice.testkit.js';
import { answer, putState, startQuiz } from './quiz.testkit.js';

// The daily quiz through the API (issue 20 item 4): due cards first, topped up with those reviewed
// least recently, at most drills.quizSize; one quiz per person per center day; each answer a
// review (practice schedules the card) and the quiz's score; who sees the results of a day.

describe.each(DIALECTS)('daily quiz on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let agent: Client, lead: Client, training: Client, trainer: Client, admin: Client;
  let agentId: string;
  let deck: { deckId: string; cardIds: string[] };

  beforeAll(async () => {
    setClock('2026-10-12T02:00:00Z'); // Monday 10:00 in Beijing
    [agent, lead, training, trainer, admin] = await Promise.all(
      ['agent', 'teamlead', 'training', 'trainer', 'admin'].map((u) => env.as(u)),
    );
    agentId = await employeeIdOf(db(), 'agent');
    await onlyOurDecks(db());
    deck = await addDeck(db(), {
      name: '产品代码',
      cards: Array.from({ length: 8 }, (_, i) => ({ kind: 'recall' as const, prompt: `产品${i}`, answer: `代码${i}` })),
    });
    await setSetting(admin, 'drills.quizSize', 4);
    await setSetting(admin, 'drills.newCardsPerDay', 0);
    // Cards 0–2 are overdue (2 the oldest); 3–7 are due later, 5 reviewed the longest ago.
    const when = (days: number) => new Date(Date.parse('2026-10-12T02:00:00Z') + days * 86_400_000).toISOString();
    for (const [i, due, last] of [
      [0, -1, -4],
      [1, -2, -5],
      [2, -3, -6],
      [3, 5, -2],
      [4, 6, -3],
      [5, 7, -20],
      [6, 8, -10],
      [7, 9, -1],
    ] as const)
      await putState(db(), {
        employeeId: agentId,
        cardId: deck.cardIds[i],
        deckId: deck.deckId,
        due: when(due),
        lastReview: when(last),
      });
  }, 60_000);
  afterAll(() => setClock());

  it('draws the due cards first, tops up with the least recently reviewed, and gives one quiz a day', async () => {
    expect((await agent.get('/api/drills/quiz/today')).body.data).toBeNull();
    const quiz = await startQuiz(agent);
    expect(quiz).toMatchObject({ day: '2026-10-12', total: 4, status: 'open', percent: 0 });
    expect(quiz.questions.map((q) => q.cardId)).toEqual([2, 1, 0, 5].map((i) => deck.cardIds[i]));
    expect(quiz.questions.map((q) => q.source)).toEqual(['due', 'due', 'due', 'refresh']);
    // The answer is not shown before the review.
    expect(JSON.stringify(quiz)).not.toContain('代码2');
    const again = await startQuiz(agent);
    expect(again.id).toBe(quiz.id);
    expect((await agent.get('/api/drills/quiz/today')).body.data.id).toBe(quiz.id);
    const rows = await db().selectFrom('drill_quizzes').select('id').where('employee_id', '=', agentId).execute();
    expect(rows).toHaveLength(1);
  });

  it('scores the answers, schedules each card as a review and finishes when all are answered', async () => {
    const quiz = await startQuiz(agent);
    const [c2, c1, c0, c5] = [2, 1, 0, 5].map((i) => deck.cardIds[i]);
    const first = await answer(agent, quiz.id, { cardId: c2, answer: '代码2' });
    expect(first.status, first.raw).toBe(200);
    expect(first.body.data).toMatchObject({
      correct: true,
      rating: 3,
      quiz: { answered: 1, correct: 1, status: 'open' },
    });
    expect(first.body.data.dueAfter > '2026-10-12T02:00:00Z').toBe(true);
    expectError(await answer(agent, quiz.id, { cardId: c2, answer: '代码2' }), 409, 'QUIZ_ALREADY_ANSWERED', 'cardId');
    expectError(await answer(agent, quiz.id, { cardId: deck.cardIds[7], answer: 'x' }), 422, 'QUIZ_CARD_NOT_IN_QUIZ');
    expect((await answer(agent, quiz.id, { cardId: c1, answer: '完全不对' })).body.data.correct).toBe(false);
    await answer(agent, quiz.id, { cardId: c0, answer: '代码0' });
    const last = await answer(agent, quiz.id, { cardId: c5, answer: '错' });
    expect(last.body.data.quiz).toMatchObject({ total: 4, answered: 4, correct: 2, percent: 50, status: 'finished' });
    expect(last.body.data.quiz.finishedAt).toBe('2026-10-12T02:00:00.000Z');

    const reviews = await db()
      .selectFrom('drill_reviews')
      .select(['card_id', 'rating', 'quiz_id'])
      .where('employee_id', '=', agentId)
      .execute();
    expect(reviews).toHaveLength(4);
    expect(new Set(reviews.map((r) => r.quiz_id))).toEqual(new Set([quiz.id]));
    const state = await db()
      .selectFrom('drill_states')
      .select(['due', 'lapses'])
      .where('employee_id', '=', agentId)
      .where('card_id', '=', c1)
      .executeTakeFirstOrThrow();
    expect(state.lapses).toBe(1); // Again on a card in review is a lapse
  });

  it('answers 404 for another person’s quiz and refuses the quiz of a past day', async () => {
    const quiz = await startQuiz(agent);
    const trainee = await env.as('trainee');
    expectError(await answer(trainee, quiz.id, { cardId: quiz.questions[0].cardId, answer: 'x' }), 404, 'NOT_FOUND');
    expectError(await answer(trainee, 'no-such-quiz', { cardId: 'x', answer: 'x' }), 404, 'NOT_FOUND');
    shiftClock(86_400_000);
    try {
      expectError(
        await answer(agent, quiz.id, { cardId: quiz.questions[0].cardId, answer: 'x' }),
        422,
        'QUIZ_DAY_OVER',
      );
      const tomorrow = await startQuiz(agent);
      expect(tomorrow.id).not.toBe(quiz.id);
      expect(tomorrow.day).toBe('2026-10-13');
      // Two answers to one question at once (a double tap): one review, the other told.
      const cardId = tomorrow.questions[0].cardId;
      const both = await Promise.all([
        answer(agent, tomorrow.id, { cardId, answer: 'x' }),
        answer(agent, tomorrow.id, { cardId, answer: 'y' }),
      ]);
      expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
      const reviews = await db().selectFrom('drill_reviews').select('id').where('quiz_id', '=', tomorrow.id).execute();
      expect(reviews).toHaveLength(1);
    } finally {
      setClock('2026-10-12T02:00:00Z');
    }
  });

  it('shows a day’s results to the lead of the team, training managers and the person, not across teams', async () => {
    const others = await db()
      .selectFrom('employees as e')
      .innerJoin('teams as t', 't.id', 'e.team_id')
      .select('e.id')
      .where('t.code', '=', 'CS1-2')
      .where('e.status', '=', 'regular')
      .orderBy('e.employee_no')
      .execute();
    const other = await accountFor(env, others[0].id, ['agent'], 'quiz-other');
    await putState(db(), {
      employeeId: others[0].id,
      cardId: deck.cardIds[0],
      deckId: deck.deckId,
      due: '2026-10-11T00:00:00.000Z',
      lastReview: '2026-10-08T00:00:00.000Z',
    });
    expect((await startQuiz(other.client)).total).toBe(1);
    const ids = async (c: Client, q = '') => {
      const res = await c.get(`/api/drills/quiz/results?day=2026-10-12${q}`);
      expect(res.status, res.raw).toBe(200);
      return (res.body.data as { employeeId: string }[]).map((r) => r.employeeId);
    };
    const leadSees = await ids(lead);
    expect(leadSees).toContain(agentId);
    expect(leadSees).not.toContain(others[0].id);
    expect((await ids(training)).sort()).toEqual([agentId, others[0].id].sort());
    expect(await ids(training, `&teamId=${await teamIdOf(db(), 'CS1-2')}`)).toEqual([others[0].id]);
    expect(await ids(agent)).toEqual([agentId]);
    expect(await ids(other.client)).toEqual([others[0].id]);
    expect(await ids(trainer)).toEqual([]); // not their learners
    const row = (await lead.get('/api/drills/quiz/results?day=2026-10-12')).body.data[0];
    expect(row).toMatchObject({ employeeId: agentId, total: 4, correct: 2, percent: 50, status: 'finished' });
  });

  it('refuses bad input clearly', async () => {
    expectError(await lead.get('/api/drills/quiz/results?day=2026-02-30'), 400, undefined, 'day');
    expectError(await lead.get('/api/drills/quiz/results?day=yesterday'), 400, undefined, 'day');
    const quiz = await startQuiz(agent);
    expectError(await answer(agent, quiz.id, { cardId: quiz.questions[0].cardId, durationMs: -5 }), 400);
    expectError(await agent.post(`/api/drills/quiz/${quiz.id}/answers`, { answer: 'x' }), 400);
    const nobody = await accountFor(env, null, ['trainer'], 'quiz-nobody');
    expectError(await nobody.client.post('/api/drills/quiz/today', {}), 422, 'DRILL_NO_EMPLOYEE');
  });

  it('draws nothing for a person no deck is meant for', async () => {
    await db()
      .updateTable('drill_decks')
      .set({ audience: JSON.stringify({ departmentIds: [], statuses: ['team_lead'] }) })
      .execute();
    try {
      const trainee = await env.as('trainee');
      expectError(await trainee.post('/api/drills/quiz/today', {}), 422, 'QUIZ_NO_CARDS');
    } finally {
      await db()
        .updateTable('drill_decks')
        .set({ audience: JSON.stringify({ departmentIds: [], statuses: [] }) })
        .execute();
    }
  });
});
