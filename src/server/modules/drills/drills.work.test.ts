import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { addDeck, departmentOfUser, onlyOurDecks, reviewed, setSetting } from './practice/practice.testkit.js';
import { answer, putState, startQuiz } from './quiz/quiz.testkit.js';

// Today's drills on the home page (issue 26): the daily quiz until it is finished and the cards
// coming due today until reviewed, both due today, for the people the decks are meant for only.
const MINE = new Set(['drillsQuiz', 'drillsDue']);
const work = async (c: Client) => {
  const res = await c.get('/api/home/work');
  expect(res.status, res.raw).toBe(200);
  return {
    items: (res.body.data.items as { kind: string }[]).filter((i) => MINE.has(i.kind)),
    counts: res.body.data.counts as Record<string, number>,
  };
};

describe.each(DIALECTS)("today's drills on the home page on $name", (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let agent: Client;
  let outsider: Client;
  let deck: { deckId: string; cardIds: string[] };

  beforeAll(async () => {
    setClock('2026-10-12T02:00:00Z'); // Monday 10:00 in the center
    const admin = await env.as('admin');
    [agent, outsider] = await Promise.all([env.as('agent'), env.as('trainee')]);
    const me = await departmentOfUser(db(), 'agent');
    const them = await departmentOfUser(db(), 'trainee');
    expect(them.departmentId).not.toBe(me.departmentId);
    await onlyOurDecks(db());
    deck = await addDeck(db(), {
      name: '产品代码',
      departmentIds: [me.departmentId],
      cards: Array.from({ length: 3 }, (_, i) => ({ kind: 'recall' as const, prompt: `产品${i}`, answer: `代码${i}` })),
    });
    await setSetting(admin, 'drills.quizSize', 2);
    await setSetting(admin, 'drills.newCardsPerDay', 0);
    // Card 0 overdue since yesterday, card 1 due this evening (center time), card 2 next week.
    for (const [i, due] of [
      [0, '2026-10-11T02:00:00Z'],
      [1, '2026-10-12T12:00:00Z'],
      [2, '2026-10-19T02:00:00Z'],
    ] as const)
      await putState(db(), {
        employeeId: me.employeeId,
        cardId: deck.cardIds[i]!,
        deckId: deck.deckId,
        due: new Date(due).toISOString(),
        lastReview: '2026-10-08T02:00:00.000Z',
      });
  }, 60_000);
  afterAll(() => setClock());

  it("lists the quiz and the cards due today for the deck's audience only", async () => {
    const { items, counts } = await work(agent);
    expect(items).toEqual([
      expect.objectContaining({
        key: 'drillsDue:2026-10-12',
        menu: 'drills-practice',
        due: '2026-10-12',
        link: '/drills',
        params: { count: 2 },
      }),
      expect.objectContaining({
        key: 'drillsQuiz:2026-10-12',
        menu: 'drills-quiz',
        due: '2026-10-12',
        link: '/drills/quiz',
        params: { answered: 0, total: 2 },
      }),
    ]);
    expect(counts).toMatchObject({ 'drills-practice': 1, 'drills-quiz': 1 });
    expect((await work(outsider)).items).toEqual([]);
  });

  it('drops the quiz once finished and the cards once reviewed', async () => {
    const quiz = await startQuiz(agent);
    await answer(agent, quiz.id, { cardId: quiz.questions[0]!.cardId, answer: 'x' });
    expect((await work(agent)).items.find((i) => i.kind === 'drillsQuiz')).toMatchObject({
      params: { answered: 1, total: 2 },
    });
    for (const q of quiz.questions.slice(1)) await answer(agent, quiz.id, { cardId: q.cardId, answer: 'x' });
    expect((await work(agent)).items.map((i) => i.kind)).toEqual(['drillsDue']);
    for (const i of [0, 1]) await reviewed(agent, { cardId: deck.cardIds[i], answer: `代码${i}` });
    const after = await work(agent);
    expect(after.items).toEqual([]);
    expect(after.counts['drills-practice']).toBeUndefined();
  });
});
