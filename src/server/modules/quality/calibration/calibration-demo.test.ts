import { describe, expect, it } from 'vitest';
import { seedDemoInteractions } from '../../../demo/interactions.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { addDays } from '../../../lib/clock.js';
import { seedQualityDemo } from '../../../demo/quality.js';
import { seedQualityCalibrationDemo } from '../../../demo/quality-calibration.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { expectError } from '../../../test/helpers.js';
import { okData } from '../forms/forms.testkit.js';

// The demo's calibration and oversight (issue 7): the oversight page finds the lenient qa3 on
// the demo's month of evaluations, and the closed calibration session reports three evaluators
// against the consensus.
describe.each(DIALECTS)('quality calibration demo on $name', (dialect) => {
  const env = useTestEnv(dialect);

  it('flags qa3 as lenient and reports three evaluators against the consensus', async () => {
    const db = env.handle.db;
    // The demo is seeded up to yesterday by the one clock, whatever day the suite runs on.
    const endDay = addDays(await todayInCenter(db), -1);
    await seedDemoInteractions(env.handle, { endDay });
    await seedQualityDemo(db);
    await seedQualityCalibrationDemo(db);
    await seedQualityCalibrationDemo(db); // once only
    expect((await db.selectFrom('qa_calibration_sessions').select('id').execute()).length).toBe(1);

    const manager = await env.as('manager');
    const table = okData(
      await manager.get(`/api/quality/evaluators?from=${addDays(endDay, -36)}&to=${addDays(endDay, 2)}`),
    );
    const by = Object.fromEntries(table.evaluators.map((r: { username: string }) => [r.username, r]));
    expect(by.qa3.leniency.flag).toBe('lenient');
    expect(by.qa3.leniency.difference).toBeGreaterThan(5);
    expect(by.qa.leniency.flag).toBeNull();
    expect(by.qa2.leniency.flag).toBeNull();
    expect(by.qa4.status).toBe('co_scoring');
    expect(by.qa2.lastReview.result).toBe('pass');
    // Fitness (issue 17 item 3): qa3 averages well over the consensus in the demo's calibration and is flagged for the QA lead.
    expect(by.qa3.fitness).toMatchObject({ state: 'flagged', calibrations: 2 });
    expect(by.qa3.fitness.meanDeviation).toBeGreaterThan(by.qa3.fitness.maxDeviation);
    expect(by.qa.fitness.state).toBe('ok');

    const [session] = okData(await manager.get('/api/quality/calibrations'));
    expect(session).toMatchObject({ status: 'closed', evaluators: 3, interactionCount: 2, submitted: 6 });
    const report = okData(await manager.get(`/api/quality/calibrations/${session.id}/report`));
    expect(report.consensusComplete).toBe(true);
    expect(report.evaluators).toHaveLength(3);
    const names = Object.fromEntries(
      (await db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.id, u.username]),
    );
    const outside = Object.fromEntries(
      report.evaluators.map((e: { userId: string; outside: boolean }) => [names[e.userId], e.outside]),
    );
    expect(outside).toEqual({ qa: false, qa2: expect.any(Boolean), qa3: true });
    // The demo's one session is small: each item kind reports its n, and "too few" rather than a number below the minimum.
    expect(report.agreement.kinds.map((k: { kind: string }) => k.kind)).toContain('yes_no');
    for (const k of report.agreement.kinds) expect(k.tooFew).toBe(k.n < report.agreement.minN);
    // The lenient qa3 sees their own flag and the consensus, not the colleagues who scored with them.
    const own = await (await env.as('qa3')).get(`/api/quality/calibrations/${session.id}/report`);
    expect(okData(own)).toMatchObject({
      view: 'own',
      evaluators: [{ userId: by.qa3.userId, outside: true }],
      agreement: report.agreement,
    });
    for (const other of [by.qa.userId, by.qa2.userId]) expect(own.raw).not.toContain(other);
    expectError(await (await env.as('agent')).get(`/api/quality/calibrations/${session.id}/report`), 403);
    const qa4 = await env.as('qa4');
    expect(
      okData(
        await qa4.get(
          `/api/quality/evaluators/${table.evaluators.find((r: { username: string }) => r.username === 'qa4').userId}`,
        ),
      ).coscores,
    ).toHaveLength(2);
  }, 120_000);
});
