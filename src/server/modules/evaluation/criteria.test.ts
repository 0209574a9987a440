import { beforeAll, describe, expect, it } from 'vitest';
import { putSetting } from '../../lib/settings.js';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { okData } from '../training/shared/training.testkit.js';
import {
  criterion,
  dailyScore,
  evaluationKit,
  practicalResult,
  remind,
  theoryResult,
  trainees,
  type Kit,
} from './evaluation.testkit.js';

// Criteria 1–3 of SPEC §6 computed from recorded results, at their boundaries: below 60 vs 60,
// fails in a row vs with a pass between, reminders counted (N−1 vs N), and the at-risk flag one
// step before each. (Criterion 4, attendance, is in attendance-criterion.test.ts.)

describe.each(DIALECTS)('new-hire criteria 1–3 on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let kit: Kit;
  let people: Awaited<ReturnType<typeof trainees>>;

  beforeAll(async () => {
    kit = await evaluationKit(env);
    people = await trainees(env, 6, 'crit');
  }, 60_000);

  const evaluate = async (employeeId: string) =>
    okData(await kit.training.get(`/api/evaluation/trainees/${employeeId}`));
  const flagged = async () => okData<any[]>(await kit.training.get('/api/evaluation/at-risk?pageSize=200'));

  it('theory: two results below 60 in a row meet criterion 1; a pass between breaks the run; one fail is at risk', async () => {
    const [a] = people;
    await theoryResult(kit, a, 50);
    let c = criterion(await evaluate(a.employeeId), 'theory_fails');
    expect(c).toMatchObject({ met: false, atRisk: true });
    expect(c.evidence.map((e: any) => e.score)).toEqual([50]);
    const row = (await flagged()).find((r) => r.employeeId === a.employeeId);
    expect(row).toMatchObject({ met: false, atRisk: true });
    expect(row.criteria.map((x: any) => x.code)).toEqual(['theory_fails']);
    expect(row.criteria[0].trigger).toContain('one more theory exam result below 60');

    await theoryResult(kit, a, 60); // exactly 60 is a pass: the run is broken
    c = criterion(await evaluate(a.employeeId), 'theory_fails');
    expect(c).toMatchObject({ met: false, atRisk: false, evidence: [] });
    expect((await flagged()).some((r) => r.employeeId === a.employeeId)).toBe(false);

    await theoryResult(kit, a, 50); // fail, pass, fail: not two in a row
    c = criterion(await evaluate(a.employeeId), 'theory_fails');
    expect(c).toMatchObject({ met: false, atRisk: true });

    const last = await theoryResult(kit, a, 40);
    const ev = await evaluate(a.employeeId);
    c = criterion(ev, 'theory_fails');
    expect(c).toMatchObject({ met: true, atRisk: false });
    expect(c.evidence.map((e: any) => [e.kind, e.score, e.passMark])).toEqual([
      ['theory_result', 50, 60],
      ['theory_result', 40, 60],
    ]);
    expect(c.evidence[1]).toMatchObject({ id: last.attemptId, refId: last.examId });
    expect(c.evidence[1].date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ev.met).toBe(true);
    expect((await flagged())[0]).toMatchObject({ employeeId: a.employeeId, met: true });
    expect(
      okData<any[]>(await kit.training.get('/api/evaluation/at-risk?state=met')).map((r) => r.employeeId),
    ).toContain(a.employeeId);

    // The run length is a setting: three in a row needed → these two only put them at risk.
    await putSetting(env.handle.db, 'evaluation.theoryFailsInRow', 3, null);
    expect(criterion(await evaluate(a.employeeId), 'theory_fails')).toMatchObject({ met: false, atRisk: true });
    await putSetting(env.handle.db, 'evaluation.theoryFailsInRow', 2, null);
  });

  it('practical: 59.75 is below 60 and 60 is not; two below in a row meet criterion 2', async () => {
    const [, b, c2] = people;
    const first = await practicalResult(kit, b.employeeId, [60, 60, 60, 59]);
    expect(first.total).toBe(59.75);
    expect(criterion(await evaluate(b.employeeId), 'practical_fails')).toMatchObject({ met: false, atRisk: true });
    await practicalResult(kit, b.employeeId, [60, 60, 60, 59]);
    const met = criterion(await evaluate(b.employeeId), 'practical_fails');
    expect(met).toMatchObject({ met: true });
    expect(met.evidence.map((e: any) => [e.kind, e.score])).toEqual([
      ['practical_result', 59.75],
      ['practical_result', 59.75],
    ]);

    await practicalResult(kit, c2.employeeId, [60, 60, 60, 59]);
    await practicalResult(kit, c2.employeeId, [60, 60, 60, 60]);
    await practicalResult(kit, c2.employeeId, [60, 60, 60, 59]);
    expect(criterion(await evaluate(c2.employeeId), 'practical_fails')).toMatchObject({ met: false, atRisk: true });
    // The theory criterion is untouched by practical results.
    expect(criterion(await evaluate(c2.employeeId), 'theory_fails')).toMatchObject({ met: false, atRisk: false });
  });

  it('daily: average 59.9 after two recorded reminders without clear improvement meets criterion 3; 60 does not', async () => {
    const [, , , d, e] = people;
    // 70, then two fails of 55, each followed by a recorded one-to-one talk (the reminder).
    for (const who of [d, e]) {
      await dailyScore(kit, who.employeeId, '2026-10-05', 70);
      await remind(kit, who.employeeId, await dailyScore(kit, who.employeeId, '2026-10-12', 55));
    }
    // One reminder so far: one short, with the average (62.5) not below 60 → nothing yet.
    expect(criterion(await evaluate(d.employeeId), 'daily_below')).toMatchObject({ met: false, atRisk: false });
    for (const who of [d, e])
      await remind(kit, who.employeeId, await dailyScore(kit, who.employeeId, '2026-10-19', 55));
    // Two reminders, average 60 (70, 55, 55) — not below; nothing after the last reminder yet.
    expect(criterion(await evaluate(d.employeeId), 'daily_below')).toMatchObject({
      met: false,
      atRisk: false,
      facts: { average: 60, reminders: 2 },
    });

    await dailyScore(kit, d.employeeId, '2026-10-26', 59.6); // 70 + 55 + 55 + 59.6 = 239.6 → 59.9
    await dailyScore(kit, e.employeeId, '2026-10-26', 60); // 240 → 60
    const dMet = criterion(await evaluate(d.employeeId), 'daily_below');
    expect(dMet).toMatchObject({ met: true, facts: { average: 59.9, reminders: 2, averageAfter: 59.6 } });
    expect(dMet.evidence.filter((x: any) => x.kind === 'reminder')).toHaveLength(2);
    expect(dMet.evidence.filter((x: any) => x.kind === 'daily_score').map((x: any) => x.score)).toEqual([
      70, 55, 55, 59.6,
    ]);
    expect(criterion(await evaluate(e.employeeId), 'daily_below')).toMatchObject({
      met: false,
      facts: { average: 60 },
    });

    // Reminders needed is a setting: with three, D is one short (at risk), not met.
    await putSetting(env.handle.db, 'evaluation.dailyReminders', 3, null);
    expect(criterion(await evaluate(d.employeeId), 'daily_below')).toMatchObject({ met: false, atRisk: true });
    await putSetting(env.handle.db, 'evaluation.dailyReminders', 2, null);
  });

  it('daily: a failed evaluation without a recorded talk is no reminder; clear improvement since the last one is no case', async () => {
    const [, , , , , f] = people;
    await dailyScore(kit, f.employeeId, '2026-10-05', 50);
    await remind(kit, f.employeeId, await dailyScore(kit, f.employeeId, '2026-10-12', 50));
    const third = await dailyScore(kit, f.employeeId, '2026-10-19', 50); // failed, but nobody recorded the talk
    let c = criterion(await evaluate(f.employeeId), 'daily_below');
    expect(c).toMatchObject({ met: false, atRisk: true, facts: { reminders: 1, remindersNeeded: 2 } });
    expect(c.trigger).toContain('one more recorded reminder');
    await remind(kit, f.employeeId, third);
    c = criterion(await evaluate(f.employeeId), 'daily_below');
    // Two reminders now, but no evaluation since the last one: the next one decides.
    expect(c).toMatchObject({ met: false, atRisk: true, facts: { reminders: 2, averageAfter: null } });
    await dailyScore(kit, f.employeeId, '2026-10-26', 55); // +5 over the 50 before: a clear improvement (setting 5)
    c = criterion(await evaluate(f.employeeId), 'daily_below');
    expect(c).toMatchObject({ met: false, atRisk: false, facts: { averageBefore: 50, averageAfter: 55 } });
    await putSetting(env.handle.db, 'evaluation.dailyClearImprovementPoints', 6, null);
    expect(criterion(await evaluate(f.employeeId), 'daily_below')).toMatchObject({ met: true });
    await putSetting(env.handle.db, 'evaluation.dailyClearImprovementPoints', 5, null);
  });
});
