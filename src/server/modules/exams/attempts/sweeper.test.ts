import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setClock, shiftClock } from '../../../lib/clock.js';
import { clearSettingsCache } from '../../../lib/settings.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { addQuestion, cohortAccounts, openExam, SAMPLE } from '../shared/exams.testkit.js';
import { startSweeper } from './sweeper.js';

// exams.sweepSeconds applies while the server runs (issue 15): the sweeper that hands in attempts
// whose time is up re-reads it, so changing it through the settings API changes how often attempts
// are handed in without building the app again. Time runs on: the timers are the machine's, and
// the attempts' deadlines are passed by moving the one clock on.
describe.each(DIALECTS)('exam sweeper on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let admin: Client;
  let trainer: Client;
  let examinee: Client;
  let employeeId: string;
  let questionId: string;

  beforeAll(async () => {
    admin = await env.as('admin');
    trainer = await env.as('trainer');
    const [p] = await cohortAccounts(env, 1, 'sweep');
    employeeId = p.employeeId;
    examinee = await env.as(p.username);
    questionId = await addQuestion(trainer, SAMPLE.trueFalse);
  });
  afterEach(() => setClock());

  const setSweep = async (value: number) => {
    const res = await admin.put('/api/settings/exams.sweepSeconds', { value, reason: '调整自动交卷检查间隔' });
    expect(res.status, res.raw).toBe(200);
  };
  const statusOf = async (attemptId: string) =>
    (
      await env.handle.db
        .selectFrom('exam_attempts')
        .select('status')
        .where('id', '=', attemptId)
        .executeTakeFirstOrThrow()
    ).status;

  /** An attempt started now whose 30 minutes are then over (the clock moved on 31 minutes). Nobody touches it again. */
  async function expiredAttempt() {
    const { examId } = await openExam(trainer, {
      paper: { title: '判断', mode: 'fixed', items: [{ questionId }] },
      examinees: [employeeId],
    });
    const start = await examinee.post(`/api/exams/${examId}/attempts`);
    expect(start.status, start.raw).toBe(200);
    shiftClock(31 * 60_000);
    return start.body.data.attemptId as string;
  }

  /** Milliseconds until the attempt is handed in, or null when it still is not after `ms`. */
  async function handedInWithin(attemptId: string, ms: number) {
    const t0 = performance.now();
    while (performance.now() - t0 < ms) {
      if ((await statusOf(attemptId)) !== 'in_progress') return performance.now() - t0;
      await sleep(50);
    }
    return null;
  }

  it('follows exams.sweepSeconds without a restart: 0 pauses it, 1 hands attempts in every second, 0 pauses it again', async () => {
    const listed = (await admin.get('/api/settings')).body.data.find(
      (s: { key: string }) => s.key === 'exams.sweepSeconds',
    );
    expect(listed).toMatchObject({ value: 30, needsRestart: false });

    await setSweep(0);
    const first = await expiredAttempt();
    expect(await handedInWithin(first, 1500)).toBeNull(); // paused: nothing hands it in

    await setSweep(1);
    expect(await handedInWithin(first, 3000)).not.toBeNull();
    const row = await env.handle.db
      .selectFrom('exam_attempts')
      .select(['status', 'auto_submitted'])
      .where('id', '=', first)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'graded', auto_submitted: 1 });
    // Not a single round on the change: the sweeper keeps going at the new interval.
    for (let i = 0; i < 2; i++) {
      const next = await expiredAttempt();
      const ms = await handedInWithin(next, 3000);
      expect(ms, `attempt ${i + 2} handed in`).not.toBeNull();
      expect(ms!).toBeLessThan(2500);
    }

    await setSweep(0);
    const last = await expiredAttempt();
    expect(await handedInWithin(last, 2000)).toBeNull();
    await setSweep(30);
  }, 30_000);

  it('follows a change stored by another server at its next reading of the setting', async () => {
    // A second sweeper on the same database, reading the setting every 100 ms; the change below is
    // written as another server would (straight into the table, this server's cache expired).
    const other = startSweeper(env.handle.db, env.app.log, { checkMs: 100 });
    try {
      await setSweep(0);
      const attempt = await expiredAttempt();
      expect(await handedInWithin(attempt, 800)).toBeNull();
      await env.handle.db.updateTable('settings').set({ value: '1' }).where('key', '=', 'exams.sweepSeconds').execute();
      clearSettingsCache();
      expect(await handedInWithin(attempt, 2500)).not.toBeNull();
    } finally {
      await other.stop();
      await setSweep(30);
    }
  }, 30_000);
});
