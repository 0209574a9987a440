import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/connect.js';
import { DEMO_PASSWORD } from '../../../demo/seed.js';
import { setClock } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf, expectError } from '../../../test/helpers.js';
import { addDeck, onlyOurDecks, setSetting } from '../practice/practice.testkit.js';
import { putDay, putState } from '../quiz/quiz.testkit.js';

// The team view through the API (issue 20 item 5) on constructed data: minutes and days at the
// goal from drill_days, the backlog due now and overdue, mastery, the last quiz, the cards missed
// most (share of Again, at least 3 reviews) — within the reader's people only; and the export.

async function putReviews(db: Db, employeeId: string, cardId: string, deckId: string, ratings: number[]) {
  for (const rating of ratings)
    await db
      .insertInto('drill_reviews')
      .values({
        id: newId(),
        employee_id: employeeId,
        card_id: cardId,
        deck_id: deckId,
        revision: 1,
        rating,
        answer: null,
        similarity: null,
        duration_ms: 10_000,
        state_before: 2,
        due_after: '2026-10-20T00:00:00.000Z',
        stability_after: 3,
        quiz_id: null,
        day: '2026-10-10',
        reviewed_at: '2026-10-10T03:00:00.000Z',
      })
      .execute();
}

async function putQuiz(db: Db, employeeId: string, day: string, correct: number, total: number) {
  await db
    .insertInto('drill_quizzes')
    .values({
      id: newId(),
      employee_id: employeeId,
      day,
      total,
      answered: total,
      correct,
      status: 'finished',
      started_at: `${day}T01:00:00.000Z`,
      finished_at: `${day}T01:10:00.000Z`,
    })
    .execute();
}

describe.each(DIALECTS)('drills team view on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let lead: Client, training: Client, agent: Client;
  let agentId: string, otherId: string;
  let deck: { deckId: string; cardIds: string[] };

  beforeAll(async () => {
    setClock('2026-10-12T02:00:00Z'); // Monday 10:00 in Beijing; the day began 2026-10-11T16:00Z
    [lead, training, agent] = await Promise.all(['teamlead', 'training', 'agent'].map((u) => env.as(u)));
    await setSetting(await env.as('admin'), 'drills.masteryStabilityDays', 21);
    agentId = await employeeIdOf(db(), 'agent');
    otherId = (
      await db()
        .selectFrom('employees as e')
        .innerJoin('teams as t', 't.id', 'e.team_id')
        .select('e.id')
        .where('t.code', '=', 'CS1-2')
        .orderBy('e.employee_no')
        .executeTakeFirstOrThrow()
    ).id;
    await onlyOurDecks(db());
    deck = await addDeck(db(), {
      name: '地区代码',
      cards: Array.from({ length: 5 }, (_, i) => ({ kind: 'recall' as const, prompt: `地区${i}`, answer: `${i}` })),
    });
    const [c0, c1, c2, c3, c4] = deck.cardIds;
    const d = deck.deckId;
    // 20 minutes on Saturday (goal 15 reached), 5 on Sunday; a day outside the range is left out.
    await putDay(db(), agentId, '2026-10-10', 1200, 12);
    await putDay(db(), agentId, '2026-10-11', 300, 8);
    await putDay(db(), agentId, '2026-09-30', 3000, 50);
    await putState(db(), {
      employeeId: agentId,
      cardId: c0,
      deckId: d,
      due: '2026-10-11T03:00:00.000Z',
      lastReview: '2026-10-08T03:00:00.000Z',
    });
    await putState(db(), {
      employeeId: agentId,
      cardId: c1,
      deckId: d,
      due: '2026-10-12T01:00:00.000Z',
      lastReview: '2026-10-09T03:00:00.000Z',
    });
    await putState(db(), {
      employeeId: agentId,
      cardId: c2,
      deckId: d,
      due: '2026-11-12T01:00:00.000Z',
      lastReview: '2026-10-09T03:00:00.000Z',
      stability: 30,
    });
    await putState(db(), {
      employeeId: agentId,
      cardId: c3,
      deckId: d,
      due: '2026-11-02T01:00:00.000Z',
      lastReview: '2026-10-09T03:00:00.000Z',
      stability: 21,
    });
    await putQuiz(db(), agentId, '2026-10-09', 2, 4);
    await putQuiz(db(), agentId, '2026-10-11', 3, 4);
    // Missed: c1 3 of 3 Again, c0 3 of 4, c3 1 of 5, c2 2 of 2 (too few), c4 never Again.
    const leadId = await employeeIdOf(db(), 'teamlead');
    await putReviews(db(), agentId, c1, d, [1, 1]);
    await putReviews(db(), leadId, c1, d, [1]);
    await putReviews(db(), agentId, c0, d, [1, 1, 1, 3]);
    await putReviews(db(), agentId, c3, d, [1, 3, 3, 3, 4]);
    await putReviews(db(), agentId, c2, d, [1, 1]);
    await putReviews(db(), agentId, c4, d, [3, 3, 3]);
    // Another team's person misses c2 twelve times: only those who see them count it.
    await putReviews(db(), otherId, c2, d, Array(10).fill(1));
  }, 60_000);
  afterAll(() => setClock());

  const view = async (c: Client, q = 'from=2026-10-06&to=2026-10-12') => {
    const res = await c.get(`/api/drills/team?${q}`);
    expect(res.status, res.raw).toBe(200);
    return res.body.data;
  };

  it('gives the lead their team with minutes, goal days, backlog, mastery and the last quiz', async () => {
    const v = await view(lead);
    expect(v).toMatchObject({ from: '2026-10-06', to: '2026-10-12', goalMinutes: 15 });
    const ids = v.people.map((p: { employeeId: string }) => p.employeeId);
    expect(ids).toContain(agentId);
    expect(ids).not.toContain(otherId);
    expect(v.people.find((p: { employeeId: string }) => p.employeeId === agentId)).toMatchObject({
      minutes: 25,
      goalDays: 1,
      reviews: 20,
      dueNow: 2,
      overdue: 1,
      masteryPercent: 40,
      lastQuizDay: '2026-10-11',
      lastQuizPercent: 75,
    });
    // A day before the range is not counted; the last quiz is the latest up to `to`.
    const earlier = await view(lead, 'from=2026-09-28&to=2026-10-10');
    expect(earlier.people.find((p: { employeeId: string }) => p.employeeId === agentId)).toMatchObject({
      minutes: 70,
      goalDays: 2,
      lastQuizDay: '2026-10-09',
      lastQuizPercent: 50,
    });
  });

  it('ranks the cards missed most by share of Again among at least 3 reviews, within the reader’s people', async () => {
    const [c0, c1, c2, c3] = deck.cardIds;
    const mine = (await view(lead)).mostMissed;
    expect(mine.map((m: { cardId: string }) => m.cardId)).toEqual([c1, c0, c3]);
    expect(mine[0]).toMatchObject({ deckName: '地区代码', prompt: '地区1', reviews: 3, again: 3, againPercent: 100 });
    expect(mine[1]).toMatchObject({ reviews: 4, again: 3, againPercent: 75 });
    const all = (await view(training)).mostMissed;
    // c2: 12 of 12 (the other team's 10 with the agent's 2) comes first, c1 ties at 100% with fewer reviews.
    expect(all.map((m: { cardId: string }) => m.cardId)).toEqual([c2, c1, c0, c3]);
    expect((await view(training)).people.map((p: { employeeId: string }) => p.employeeId)).toContain(otherId);
  });

  it('keeps agents out and exports the figures as .xlsx', async () => {
    expectError(await agent.get('/api/drills/team'), 403, 'FORBIDDEN');
    expectError(await agent.get('/api/drills/team/export'), 403, 'FORBIDDEN');
    const res = await env.app.inject({
      method: 'GET',
      url: '/api/drills/team/export?from=2026-10-06&to=2026-10-12&locale=en-US',
      headers: { cookie: (await loginCookie(env)) ?? '' },
    });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(4).value).toBe('Minutes practised');
    const rows = ws.getSheetValues().filter(Boolean) as unknown[][];
    const agentRow = rows.find((r) => r.includes(25));
    expect(agentRow).toBeDefined();
  });

  it('refuses bad ranges', async () => {
    expectError(await lead.get('/api/drills/team?from=2026-02-30'), 400, undefined, 'from');
    expectError(await lead.get('/api/drills/team?from=2026-10-12&to=2026-10-01'), 422, 'BAD_DATE_RANGE', 'to');
    expectError(await lead.get('/api/drills/team?from=2024-01-01&to=2026-10-01'), 400, 'TEAM_RANGE_TOO_LONG', 'from');
  });
});

/** The lead's session cookie, for a raw request that reads the file's bytes. */
async function loginCookie(env: { app: { inject: (o: object) => Promise<{ headers: Record<string, unknown> }> } }) {
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'teamlead', password: DEMO_PASSWORD },
  });
  const c = res.headers['set-cookie'];
  return (Array.isArray(c) ? c[0] : (c as string | undefined))?.split(';')[0];
}
