import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { masteryOf } from './mastery.js';
import { addDeck, departmentOfUser, onlyOurDecks, reviewed, setSetting, summaryOf } from './practice.testkit.js';
import { streakOf } from './summary.service.js';

// The daily goal and streak across center days, and mastery per deck (issue 20 item 2).

/** 10:00 in the center (UTC+8) on `day`. */
const at = (day: string, hour = 10) => `${day}T${String(hour - 8).padStart(2, '0')}:00:00.000Z`;

describe('streakOf', () => {
  it('counts consecutive goal days ending today, or yesterday while today is not reached yet', () => {
    expect(streakOf(['2026-12-05', '2026-12-06', '2026-12-07'], '2026-12-07')).toBe(3);
    expect(streakOf(['2026-12-05', '2026-12-06'], '2026-12-07')).toBe(2);
    expect(streakOf(['2026-12-04', '2026-12-06', '2026-12-07'], '2026-12-07')).toBe(2);
    expect(streakOf(['2026-12-04', '2026-12-05'], '2026-12-07')).toBe(0);
    expect(streakOf([], '2026-12-07')).toBe(0);
  });
});

describe.each(DIALECTS)('drills goal, streak and mastery on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let mentor: Client;
  let admin: Client;
  let mentorId: string;
  let deck: { deckId: string; cardIds: string[] };
  let reading: string;

  beforeAll(async () => {
    setClock(at('2026-12-01'));
    [mentor, admin] = await Promise.all([env.as('mentor'), env.as('admin')]);
    await setSetting(admin, 'drills.dailyGoalMinutes', 10);
    await onlyOurDecks(db());
    mentorId = (await departmentOfUser(db(), 'mentor')).employeeId;
    deck = await addDeck(db(), {
      name: '结束语',
      cards: [
        { kind: 'recall', prompt: '转接', answer: '正在为您转接，请稍候。' },
        { kind: 'recall', prompt: '结束语', answer: '感谢您的来电，再见！' },
        { kind: 'recall', prompt: '致歉', answer: '非常抱歉给您带来不便。' },
      ],
    });
    const daily = await addDeck(db(), {
      name: '每日朗读',
      cards: [{ kind: 'read_aloud', prompt: '朗读', answer: '感谢您的耐心等待，祝您生活愉快！' }],
    });
    reading = daily.cardIds[0];
  }, 60_000);
  afterAll(() => setClock());

  /** Ten minutes of practice (two reviews of the five minutes one review may count). */
  const practise = async () => {
    for (let i = 0; i < 2; i++) await reviewed(mentor, { cardId: reading, selfRating: 3, durationMs: 10 * 60_000 });
  };

  it('counts the streak over center days, kept until the end of the next day', async () => {
    await reviewed(mentor, { cardId: reading, selfRating: 3, durationMs: 9 * 60_000 });
    expect(await summaryOf(mentor)).toMatchObject({ minutes: 5, goalMinutes: 10, goalReached: false, streak: 0 });
    await reviewed(mentor, { cardId: reading, selfRating: 3, durationMs: 5 * 60_000 });
    expect(await summaryOf(mentor)).toMatchObject({ minutes: 10, goalReached: true, streak: 1 });

    // 00:30 in the center on 12-02 is still 12-01 in UTC: the center's day counts.
    setClock('2026-12-01T16:30:00.000Z');
    expect(await summaryOf(mentor)).toMatchObject({ day: '2026-12-02', minutes: 0, goalReached: false, streak: 1 });
    await practise();
    expect((await summaryOf(mentor)).streak).toBe(2);

    setClock(at('2026-12-03'));
    await practise();
    expect((await summaryOf(mentor)).streak).toBe(3);
    // a day missed: the morning after still shows yesterday's streak, the day after it is gone
    setClock(at('2026-12-04'));
    expect((await summaryOf(mentor)).streak).toBe(3);
    setClock(at('2026-12-05'));
    expect((await summaryOf(mentor)).streak).toBe(0);
    await practise();
    expect((await summaryOf(mentor)).streak).toBe(1);
    const days = await db()
      .selectFrom('drill_days')
      .select(['day', 'seconds'])
      .where('employee_id', '=', mentorId)
      .orderBy('day')
      .execute();
    expect(days).toEqual([
      { day: '2026-12-01', seconds: 600 },
      { day: '2026-12-02', seconds: 600 },
      { day: '2026-12-03', seconds: 600 },
      { day: '2026-12-05', seconds: 600 },
    ]);
  });

  it('counts a card mastered once its stability passes the setting', async () => {
    setClock(at('2026-12-10'));
    const mastery = async () =>
      (await summaryOf(mentor)).mastery.find((m: { deckId: string }) => m.deckId === deck.deckId);
    expect(await mastery()).toMatchObject({ name: '结束语', cards: 3, mastered: 0, percent: 0 });
    // easy on a new card: a stability of days, under the default 21
    const easy = await reviewed(mentor, { cardId: deck.cardIds[1], answer: '感谢您的来电再见', selfRating: 4 });
    expect(easy.masteryChanged).toBeUndefined();
    const stability = (
      await db()
        .selectFrom('drill_states')
        .select('stability')
        .where('employee_id', '=', mentorId)
        .where('card_id', '=', deck.cardIds[1])
        .executeTakeFirstOrThrow()
    ).stability;
    expect(stability).toBeGreaterThan(2);
    expect(stability).toBeLessThan(21);
    expect((await mastery()).mastered).toBe(0);

    // the threshold lowered under that stability: the card counts as mastered
    await setSetting(admin, 'drills.masteryStabilityDays', Math.floor(stability));
    expect(await mastery()).toMatchObject({ cards: 3, mastered: 1, percent: 33 });
    expect((await masteryOf(db(), [mentorId])).get(mentorId)?.[0]).toEqual({
      deckId: deck.deckId,
      cards: 3,
      mastered: 1,
    });

    // and a review that takes a card across it says so
    const next = await reviewed(mentor, { cardId: deck.cardIds[2], answer: '非常抱歉给您带来不便', selfRating: 4 });
    expect(next.masteryChanged).toEqual({ deckId: deck.deckId, mastered: true });
    expect(await mastery()).toMatchObject({ mastered: 2, percent: 66 });
    const forgot = await reviewed(mentor, { cardId: deck.cardIds[2], answer: '不知道' });
    expect(forgot).toMatchObject({ rating: 1, masteryChanged: { deckId: deck.deckId, mastered: false } });
  });
});
