import { beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, employeeIdOf, expectError } from '../../../test/helpers.js';
import { okData } from '../../training/shared/training.testkit.js';
import { insertNomination, insertRound, setRoundStatus } from './panel.testkit.js';

// The talk day (SPEC §11, issue 21 item 1): HR sets the sheet and the scorers; only named scorers
// score shortlisted candidates, never themselves, each item within its maximum, while the
// candidates are published; a panel member who did not score is missing, not zero; the final
// score weighs peers by careers.reserve.peerWeightPercent; publishing stores the outcome, enrols
// the chosen in the cohort (keeping its members) and writes career events, in one go.

const sheet = (results: number, management: number, communication: number, answers: number) => ({
  scores: [
    { key: 'results', score: results },
    { key: 'management', score: management },
    { key: 'communication', score: communication, comment: '表达清楚' },
    { key: 'answers', score: answers },
  ],
});

describe.each(DIALECTS)('reserve panel on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let hr: Client, manager: Client, lead: Client, qa: Client, mentor: Client, agent: Client, trainer: Client;
  let roundId: string;
  let A: string, B: string, C: string, D: string; // nominations: agent, mentor, a third, a declined one
  let who: Record<string, string>;
  let cohortId: string;
  let kept: string;
  const url = (nom: string) => `/api/careers/panel/scoring/${roundId}/sheets/${nom}`;
  const view = async () => okData(await hr.get(`/api/careers/panel/rounds/${roundId}`));

  beforeAll(async () => {
    setClock('2026-11-20T02:00:00Z');
    [hr, manager, lead, qa, mentor, agent, trainer] = await Promise.all(
      ['hr', 'manager', 'teamlead', 'qa', 'mentor', 'agent', 'trainer'].map((u) => env.as(u)),
    );
    who = {};
    for (const u of ['hr', 'manager', 'teamlead', 'qa', 'mentor', 'agent', 'trainer', 'trainee'])
      who[u] = await employeeIdOf(db(), u);
    const others = await db()
      .selectFrom('employees')
      .select('id')
      .where('status', '=', 'regular')
      .where('id', 'not in', Object.values(who))
      .orderBy('employee_no')
      .limit(2)
      .execute();
    roundId = await insertRound(db(), { status: 'screening', seats: 2 });
    A = await insertNomination(db(), roundId, who.agent);
    B = await insertNomination(db(), roundId, who.mentor);
    C = await insertNomination(db(), roundId, others[0].id);
    D = await insertNomination(db(), roundId, others[1].id, 'declined');
    kept = who.trainee;
    cohortId = okData(
      await env
        .as('training')
        .then((t) =>
          t.post('/api/training/cohorts', { name: '管理培训班', startDate: '2026-12-01', employeeIds: [kept] }),
        ),
    ).id;
  });

  it('lets HR set the sheet and the scorers, and refuses a duplicate or unknown scorer', async () => {
    const before = await view();
    expect(before.sheet).toMatchObject({ isDefault: true, locked: false, version: 0 });
    expect(before.sheet.items.map((i: any) => [i.key, i.maxScore])).toEqual([
      ['results', 30],
      ['management', 30],
      ['communication', 20],
      ['answers', 20],
    ]);
    const scorers = [
      { employeeId: who.hr, kind: 'panel' },
      { employeeId: who.manager, kind: 'panel' },
      { employeeId: who.teamlead, kind: 'panel' },
      { employeeId: who.qa, kind: 'peer' },
      { employeeId: who.mentor, kind: 'peer' },
    ];
    const body = { items: before.sheet.items, scorers, version: 0 };
    expectError(
      await hr.put(`/api/careers/panel/rounds/${roundId}/setup`, { ...body, scorers: [...scorers, scorers[0]] }),
      400,
      'DUPLICATE_SCORER',
      'scorers',
    );
    expectError(
      await hr.put(`/api/careers/panel/rounds/${roundId}/setup`, {
        ...body,
        scorers: [{ employeeId: 'nobody', kind: 'panel' }],
      }),
      422,
      'UNKNOWN_SCORER',
    );
    expectError(await agent.put(`/api/careers/panel/rounds/${roundId}/setup`, body), 403, 'FORBIDDEN');
    expect(okData(await hr.put(`/api/careers/panel/rounds/${roundId}/setup`, body))).toEqual({ version: 1 });
    expectError(await hr.put(`/api/careers/panel/rounds/${roundId}/setup`, body), 409, 'STALE');
    const after = await view();
    expect(after.sheet).toMatchObject({ isDefault: false, version: 1 });
    expect(after.scorers.map((s: any) => s.kind)).toEqual(['panel', 'panel', 'panel', 'peer', 'peer']);
    expect((await auditOf(db(), 'career_panel', roundId)).length).toBe(1);
    // Those named are told (HR, who named them, is not).
    const named = async (c: Client) =>
      okData<{ kind: string; link: string }[]>(await c.get('/api/notifications?pageSize=200')).filter(
        (n) => n.kind === 'careers_scorer_named',
      );
    expect((await named(manager)).map((n) => n.link)).toEqual([`/careers/scoring/${roundId}`]);
    expect(await named(hr)).toEqual([]);
  });

  it('takes scores only once the candidates are published', async () => {
    expectError(await hr.put(url(A), sheet(25, 25, 15, 15)), 409, 'ROUND_NOT_SCORING');
    await setRoundStatus(db(), roundId, 'candidates_published');
  });

  it('refuses who may not score, a candidate scoring themself, a declined entry and bad sheets', async () => {
    expectError(await agent.put(url(B), sheet(25, 25, 15, 15)), 403, 'NOT_A_SCORER');
    expectError(await trainer.put(url(B), sheet(25, 25, 15, 15)), 403, 'NOT_A_SCORER');
    expectError(await mentor.put(url(B), sheet(25, 25, 15, 15)), 403, 'SELF_SCORE');
    expectError(await hr.put(url(D), sheet(25, 25, 15, 15)), 422, 'NOT_A_CANDIDATE');
    expectError(await hr.put(url(A), sheet(31, 25, 15, 15)), 422, 'SCORE_OVER_MAX', 'scores.0.score');
    expectError(await hr.put(url(A), sheet(-1, 25, 15, 15)), 400);
    const three = { scores: sheet(25, 25, 15, 15).scores.slice(0, 3) };
    expectError(await hr.put(url(A), three), 422, 'SHEET_INCOMPLETE', 'scores');
    expectError(
      await hr.put(url(A), { scores: [...three.scores, { key: 'charisma', score: 5 }] }),
      422,
      'UNKNOWN_ITEM',
      'scores.3.key',
    );
    expectError(await hr.put(url(A), { scores: [...three.scores, three.scores[0]] }), 400, 'DUPLICATE_ITEM', 'scores');
    expectError(await hr.put(`/api/careers/panel/scoring/${roundId}/sheets/nope`, sheet(1, 1, 1, 1)), 404, 'NOT_FOUND');
    expect((await view()).candidates.every((c: any) => c.sheets.length === 0)).toBe(true);
  });

  it('averages the panel sheets handed in: a panel member who did not score is missing, not zero', async () => {
    // A: panel 80 and 70, the team lead missing; one peer 60. B: panel 90, 80, 85; no peer. C: one panel sheet.
    okData(await hr.put(url(A), sheet(25, 25, 15, 15)));
    okData(await manager.put(url(A), sheet(20, 20, 15, 15)));
    okData(await qa.put(url(A), sheet(20, 20, 10, 10)));
    okData(await hr.put(url(B), sheet(28, 27, 18, 17)));
    okData(await manager.put(url(B), sheet(25, 25, 15, 15)));
    okData(await lead.put(url(B), sheet(20, 20, 15, 15)));
    okData(await lead.put(url(B), sheet(25, 25, 18, 17))); // replaced: 85
    const trail = await auditOf(db(), 'career_panel_sheet', `${B}:${who.teamlead}`);
    expect(trail.map((a) => a.action)).toEqual(['create', 'update']);
    expect(trail[1].old_value.scores.reduce((n: number, x: any) => n + x.score, 0)).toBe(70);
    okData(await hr.put(url(C), sheet(20, 20, 10, 10)));

    const v = await view();
    const of = (id: string) => v.candidates.find((c: any) => c.nominationId === id);
    expect(of(A).panel).toMatchObject({ average: 75, n: 2, of: 3 });
    expect(of(A).panel.missing).toEqual([{ employeeId: who.teamlead, name: expect.any(String) }]);
    expect(of(A).peer).toMatchObject({ average: 60, n: 1, of: 2 });
    expect(of(A).final).toBe(70.5); // 75 × 0.7 + 60 × 0.3
    expect(of(B).panel).toMatchObject({ average: 85, n: 3, missing: [] });
    expect(of(B).peer).toMatchObject({ average: null, n: 0, of: 1 }); // the mentor does not score themself
    expect(of(B).final).toBe(85);
    expect(of(C)).toMatchObject({ noResult: true, final: null, rank: null, suggested: false });
    expect(of(C).panel.n).toBe(1);
    expect([of(B).rank, of(A).rank]).toEqual([1, 2]);
    expect([of(B).suggested, of(A).suggested]).toEqual([true, true]);
    expect(v.candidates.map((c: any) => c.nominationId)).not.toContain(D);
    expect(of(A).sheets.find((s: any) => s.scorerId === who.hr).items[2]).toEqual({
      key: 'communication',
      score: 15,
      comment: '表达清楚',
    });

    const mine = okData(await lead.get(`/api/careers/panel/scoring/${roundId}`));
    expect(mine.candidates.find((c: any) => c.nominationId === B).total).toBe(85);
    expect(mine.candidates.find((c: any) => c.nominationId === A).mine).toBeNull();
    const rounds = okData<any[]>(await qa.get('/api/careers/panel/scoring'));
    expect(rounds.find((r) => r.id === roundId)).toMatchObject({ kind: 'peer', done: 1, candidates: 3, open: true });
    expect(
      okData(await mentor.get(`/api/careers/panel/scoring/${roundId}`)).candidates.find((c: any) => c.self)
        .nominationId,
    ).toBe(B);
    expectError(await agent.get(`/api/careers/panel/scoring/${roundId}`), 404, 'NOT_FOUND');
  });

  it('keeps the sheet and the scorers who scored once scores are in; only HR sees the matrix', async () => {
    const v = await view();
    const scorers = v.scorers.map((s: any) => ({ employeeId: s.employeeId, kind: s.kind }));
    const changed = v.sheet.items.map((i: any) => (i.key === 'answers' ? { ...i, maxScore: 25 } : i));
    expectError(
      await hr.put(`/api/careers/panel/rounds/${roundId}/setup`, { items: changed, scorers, version: 1 }),
      409,
      'SHEET_LOCKED',
    );
    expectError(
      await hr.put(`/api/careers/panel/rounds/${roundId}/setup`, {
        items: v.sheet.items,
        scorers: scorers.filter((s: any) => s.employeeId !== who.manager),
        version: 1,
      }),
      409,
      'SCORER_HAS_SCORED',
    );
    expectError(await lead.get(`/api/careers/panel/rounds/${roundId}`), 403, 'FORBIDDEN');
    expectError(await agent.get(`/api/careers/panel/rounds/${roundId}/results`), 409, 'RESULTS_NOT_PUBLISHED');
  });

  it('publishes the results: outcomes stored, the chosen join the cohort, career events written', async () => {
    const round = (await view()).round;
    const publish = (body: object) => hr.post(`/api/careers/panel/rounds/${roundId}/publish`, body);
    expectError(await publish({ chosen: [C], cohortId, version: round.version }), 422, 'NO_RESULT', 'chosen.0');
    expectError(await publish({ chosen: [D], cohortId, version: round.version }), 422, 'NOT_A_CANDIDATE');
    expectError(await publish({ chosen: [A, B], cohortId: 'nope', version: round.version }), 422, 'UNKNOWN_COHORT');
    expectError(await publish({ chosen: [A, B], cohortId, version: round.version + 1 }), 409, 'STALE');
    expectError(await agent.post(`/api/careers/panel/rounds/${roundId}/publish`, { chosen: [], version: 1 }), 403);
    expect(okData(await publish({ chosen: [A, B], cohortId, version: round.version }))).toEqual({
      chosen: 2,
      cohortId,
    });
    expectError(await publish({ chosen: [A, B], cohortId, version: round.version + 1 }), 409, 'ROUND_NOT_SCORING');
    expectError(await hr.put(url(A), sheet(1, 1, 1, 1)), 409, 'SCORING_CLOSED');

    const rows = await db().selectFrom('career_nominations').selectAll().where('round_id', '=', roundId).execute();
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect([row(A).outcome, Number(row(A).final_score), Number(row(A).panel_average)]).toEqual(['chosen', 70.5, 75]);
    expect([row(B).outcome, row(B).peer_average]).toEqual(['chosen', null]);
    expect([row(C).outcome, row(C).final_score]).toEqual(['not_chosen', null]);
    expect(row(D).outcome).toBeNull();
    const r = await db().selectFrom('career_rounds').selectAll().where('id', '=', roundId).executeTakeFirstOrThrow();
    expect([r.status, r.cohort_id, r.results_published_at]).toEqual([
      'results_published',
      cohortId,
      expect.any(String),
    ]);

    const members = (
      await db().selectFrom('training_cohort_members').select('employee_id').where('cohort_id', '=', cohortId).execute()
    ).map((m) => m.employee_id);
    expect(members.sort()).toEqual([kept, who.agent, who.mentor].sort());

    const events = await db().selectFrom('career_events').selectAll().where('round_id', '=', roundId).execute();
    const kinds = (e: string) =>
      events
        .filter((x) => x.employee_id === e)
        .map((x) => x.kind)
        .sort();
    expect(kinds(who.agent)).toEqual(['management_training_enrolled', 'reserve_chosen']);
    expect(kinds(who.mentor)).toEqual(['management_training_enrolled', 'reserve_chosen']);
    expect(kinds(row(C).employee_id)).toEqual(['reserve_not_chosen']);
    const notices = async (c: Client) =>
      okData<{ kind: string }[]>(await c.get('/api/notifications?pageSize=200')).map((n) => n.kind);
    expect(await notices(agent)).toContain('careers_chosen');
    expect(await notices(agent)).not.toContain('careers_not_chosen');
    expect(
      JSON.parse(events.find((e) => e.employee_id === who.agent && e.kind === 'reserve_chosen')!.detail!),
    ).toMatchObject({ finalScore: 70.5, panelAverage: 75, peerAverage: 60, rank: 2 });

    const published = okData(await agent.get(`/api/careers/panel/rounds/${roundId}/results`));
    expect(published.results.map((x: any) => [x.nominationId, x.finalScore, x.outcome])).toEqual([
      [B, 85, 'chosen'],
      [A, 70.5, 'chosen'],
      [C, null, 'not_chosen'],
    ]);
    expect(JSON.stringify(published)).not.toContain('表达清楚'); // no per-scorer sheet reaches an agent
    expect(okData<any[]>(await qa.get('/api/careers/panel/scoring')).find((x) => x.id === roundId).open).toBe(false);
  });

  it('publishes nothing half-way: a refused publish leaves the round, the cohort and the record as they were', async () => {
    const other = await insertRound(db(), { seats: 1 });
    const n1 = await insertNomination(db(), other, who.qa);
    const n2 = await insertNomination(db(), other, who.trainer);
    expectError(
      await hr.post(`/api/careers/panel/rounds/${other}/publish`, { chosen: [n1, n2], version: 1 }),
      422,
      'NO_RESULT',
    );
    const events = await db().selectFrom('career_events').select('id').where('round_id', '=', other).execute();
    expect(events).toEqual([]);
    // With no scores at all, nobody can be chosen; publishing with none chosen still closes the round.
    expect(okData(await hr.post(`/api/careers/panel/rounds/${other}/publish`, { chosen: [], version: 1 }))).toEqual({
      chosen: 0,
      cohortId: null,
    });
    const after = await db().selectFrom('career_events').select('kind').where('round_id', '=', other).execute();
    expect(after.map((e) => e.kind)).toEqual(['reserve_not_chosen', 'reserve_not_chosen']);
    expect(n2).toBeTruthy();
  });
  it('answers concurrent writes cleanly: one first setup wins, a double-tapped sheet is stored once', async () => {
    const other = await insertRound(db(), {});
    const nom = await insertNomination(db(), other, who.agent);
    const body = {
      items: [{ key: 'results', label: '工作业绩', maxScore: 30 }],
      scorers: [{ employeeId: who.hr, kind: 'panel' }],
      version: 0,
    };
    const saves = await Promise.all([1, 2, 3].map(() => hr.put(`/api/careers/panel/rounds/${other}/setup`, body)));
    expect(saves.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    saves.filter((r) => r.status === 409).forEach((r) => expectError(r, 409, 'STALE'));
    const taps = await Promise.all(
      [10, 20, 30].map((score) =>
        hr.put(`/api/careers/panel/scoring/${other}/sheets/${nom}`, { scores: [{ key: 'results', score }] }),
      ),
    );
    for (const r of taps) expect([200, 409]).toContain(r.status);
    const rows = await db()
      .selectFrom('career_panel_scores')
      .select('score')
      .where('nomination_id', '=', nom)
      .execute();
    expect(rows).toHaveLength(1);
  });
});
