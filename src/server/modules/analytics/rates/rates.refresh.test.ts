import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf } from '../../../test/helpers.js';
import { buildFactsCenter, type FactsCenter } from '../facts/facts.testkit.js';
import { refreshAnalytics } from '../facts/refresh.js';
import { wilson } from '../stats/rates.js';
import { addAttempt, addExam } from './rates.testkit.js';

// The rates read the rollups as the facts part really builds them: source records only (the
// facts part's constructed center: programs P and Q, trainers T1/T2, P1 eliminated by a closed
// case, P1–P3 in the center manager's department), first attempts added here, then
// refreshAnalytics — no hand-written rollup rows.
describe.each(DIALECTS)('analytics rates over rebuilt rollups on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let c: FactsCenter;
  let training: Client;

  beforeAll(async () => {
    setClock('2026-12-01T04:00:00Z');
    const db = env.handle.db;
    const manager = await employeeIdOf(db, 'manager');
    const insideTeamId = (
      await db.selectFrom('employees').select('team_id').where('id', '=', manager).executeTakeFirstOrThrow()
    ).team_id;
    c = await buildFactsCenter(db, {
      insideTeamId,
      mentors: [await employeeIdOf(db, 'mentor'), await employeeIdOf(db, 'agent')],
    });
    const exam = await addExam(db, '重建考试', '基础知识');
    const at = '2025-02-01T03:00:00.000Z';
    // P: P1 ✗ P2 ✓ P4 ✓ (P1's retake ✓ does not count); Q: Q1 ✗ Q3 ✓.
    for (const [k, score, no] of [
      ['P1', 40, 1],
      ['P1', 70, 2],
      ['P2', 75, 1],
      ['P4', 88, 1],
      ['Q1', 30, 1],
      ['Q3', 65, 1],
    ] as const)
      await addAttempt(db, { examId: exam, employeeId: c.people[k]!, no, score, at });
    await refreshAnalytics(db);
    training = await env.as('training');
  }, 60_000);
  afterAll(() => setClock());

  it('counts first attempts by the program and trainer the rebuild found, and P1 eliminated', async () => {
    const program = await training.get(`/api/analytics/rates?by=program&hiredFrom=2025-01&hiredTo=2025-02`);
    expect(program.status, program.raw).toBe(200);
    const p = program.body.data.rows.find((r: { key: string }) => r.key === c.programP);
    expect(p).toMatchObject({ label: '分析项目P', firstAttempts: wilson(2, 3, 95), eliminated: wilson(1, 6, 95) });
    const q = program.body.data.rows.find((r: { key: string }) => r.key === c.programQ);
    expect(q.firstAttempts).toMatchObject({ n: 2, k: 1 });
    expect(q.eliminated).toMatchObject({ n: 4, k: 0 });
    const trainer = await training.get(`/api/analytics/rates?by=trainer&hiredFrom=2025-01&hiredTo=2025-02`);
    const t1 = trainer.body.data.rows.find((r: { key: string }) => r.key === c.trainer1);
    // T1 taught P1–P5 most: P1 ✗ P2 ✓ P4 ✓.
    expect(t1).toMatchObject({ label: '分析讲师甲', firstAttempts: { n: 3, k: 2 }, eliminated: { n: 5, k: 1 } });
  });

  it('gives the elimination reason of the closed case, and a center manager their department only', async () => {
    const reasons = await training.get(`/api/analytics/rates/eliminations?programId=${c.programP}`);
    expect(reasons.body.data.programs).toEqual([
      { key: c.programP, label: '分析项目P', total: 1, byCriterion: { theory_fails: 1 } },
    ]);
    const manager = await env.as('manager');
    const mine = await manager.get(`/api/analytics/rates?by=program&programId=${c.programP}`);
    expect(mine.body.data.rows[0].firstAttempts).toMatchObject({ n: 2, k: 1 }); // P1 ✗ P2 ✓
    expect((await manager.get(`/api/analytics/rates?by=program&programId=${c.programQ}`)).body.data.rows).toEqual([]);
  });
});
