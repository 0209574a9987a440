import { beforeAll, describe, expect, it } from 'vitest';
import { JobRunner, type JobContext } from '../../../lib/jobs.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { IMPORT_JOB, importJobHandler } from '../imports/import.worker.js';
import { recountJobHandler, SL_RECOUNT_JOB } from './service-level.job.js';
import { rollupsFromRaw, rollupsStored, templateCsv, upload, useTempImportDir } from '../test-kit.js';

// Service level follows the current threshold: a change of interactions.serviceLevelSeconds
// recounts the days already in the rollups. The app's worker is off: the test drives it.
process.env.SEATWISE_JOBS = 'off';
useTempImportDir();

describe.each(DIALECTS)('service level after a change of its threshold on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let admin: Client;
  let agentId: string;
  let agentNo: string;
  const runner = () =>
    new JobRunner(env.handle.db, {
      [IMPORT_JOB]: importJobHandler(env.handle),
      [SL_RECOUNT_JOB]: recountJobHandler(env.handle.db),
    });
  const recountJobs = () =>
    env.handle.db.selectFrom('jobs').selectAll().where('kind', '=', SL_RECOUNT_JOB).orderBy('created_at').execute();
  const agentDays = async () =>
    (await admin.get(`/api/kpis/agents/${agentId}/daily?from=2026-11-05&to=2026-11-07`)).body.data;
  const setThreshold = (value: number) =>
    admin.put('/api/settings/interactions.serviceLevelSeconds', { value, reason: '按合同调整服务水平口径' });
  const row = (id: string, day: string, wait: number | '', answered = '是') => ({
    interactionId: id,
    agent: agentNo,
    startedAt: `${day} 10:00:00`,
    direction: '呼入',
    channel: '语音',
    businessType: '信用卡',
    answered,
    talkSeconds: 60,
    queueWaitSeconds: wait,
  });

  beforeAll(async () => {
    admin = await env.as('admin');
    ({ employee_id: agentId } = (await env.handle.db
      .selectFrom('users')
      .select('employee_id')
      .where('username', '=', 'agent')
      .executeTakeFirstOrThrow()) as { employee_id: string });
    agentNo = (
      await env.handle.db
        .selectFrom('employees')
        .select('employee_no')
        .where('id', '=', agentId)
        .executeTakeFirstOrThrow()
    ).employee_no;
    // Waits by day: 5 Nov 10, 25, 30 s and 40 s unanswered; 6 Nov 15, 28 s and one without a wait; 7 Nov 29 s.
    await upload(
      admin,
      templateCsv([
        row('SL1', '2026-11-05', 10),
        row('SL2', '2026-11-05', 25),
        row('SL3', '2026-11-05', 30),
        row('SL4', '2026-11-05', 40, '否'),
        row('SL5', '2026-11-06', 15),
        row('SL6', '2026-11-06', 28),
        row('SL7', '2026-11-06', ''),
        row('SL8', '2026-11-07', 29),
      ]),
      'template',
    );
    await runner().runUntilIdle();
  });

  it('queues one recount with the change, and the KPIs say so until it has run', async () => {
    expect(
      (await agentDays()).days.map((d: { slWithin: number; slOffered: number }) => `${d.slWithin}/${d.slOffered}`),
    ).toEqual(['1/4', '1/2', '0/1']);
    expect((await agentDays()).serviceLevelRecount).toBeNull();

    expect((await setThreshold(25)).status).toBe(200);
    expect((await setThreshold(30)).status).toBe(200);
    // The second change took over the waiting job instead of queueing another behind it.
    const jobs = await recountJobs();
    expect(jobs.map((j) => [j.state, JSON.parse(j.payload).seconds])).toEqual([['queued', 30]]);
    const pending = await agentDays();
    expect(pending.serviceLevelSeconds).toBe(30);
    expect(pending.serviceLevelRecount).toEqual({ seconds: 30, daysDone: 0, daysTotal: null });
    expect(pending.total).toMatchObject({ slWithin: 2, slOffered: 7 }); // still counted at 20 s

    await runner().runUntilIdle();
    const after = await agentDays();
    expect(after.serviceLevelRecount).toBeNull();
    // At 30 s: 5 Nov 10, 25, 30 (the unanswered call is offered, never within); 6 Nov both; 7 Nov 29.
    expect(after.days.map((d: { slWithin: number; slOffered: number }) => `${d.slWithin}/${d.slOffered}`)).toEqual([
      '3/4',
      '2/2',
      '1/1',
    ]);
    expect(after.total).toMatchObject({ slWithin: 6, slOffered: 7, serviceLevel: 0.8571, offered: 8, handled: 7 });
    expect(await rollupsStored(env.handle.db)).toEqual(await rollupsFromRaw(env.handle.db, 30));
    expect(
      (await recountJobs()).map((j) => [j.state, JSON.parse(j.progress!).done, JSON.parse(j.progress!).total]),
    ).toEqual([['done', 3, 3]]);
  });

  it('counts a later import with the new threshold', async () => {
    await upload(admin, templateCsv([row('SL9', '2026-11-07', 30), row('SL10', '2026-11-07', 31)]), 'template');
    await runner().runUntilIdle();
    expect((await agentDays()).days[2]).toMatchObject({ slWithin: 2, slOffered: 3 });
    expect(await rollupsStored(env.handle.db)).toEqual(await rollupsFromRaw(env.handle.db, 30));
  });

  it('resumes a recount that stopped midway after its last finished day, and a refused value queues nothing', async () => {
    expect((await setThreshold(12)).status).toBe(200);
    const [job] = (await recountJobs()).filter((j) => j.state === 'queued');
    const stop = new AbortController();
    const seen: { day: string; done: number }[] = [];
    const ctx = (progress: string | null): JobContext => ({
      job: { ...job, progress },
      payload: JSON.parse(job.payload),
      signal: stop.signal,
      heartbeat: async (p) => {
        const q = p as { day: string; done: number };
        seen.push({ day: q.day, done: q.done });
        if (q.done === 1) stop.abort('stopped'); // as a shutdown would, after the first day
      },
    });
    await expect(recountJobHandler(env.handle.db)(ctx(null))).rejects.toThrow(/stopped/);
    // 5 Nov is recounted at 12 s (only the 10 s call); 6 and 7 Nov are still counted at 30 s.
    const half = await agentDays();
    expect(half.days.map((d: { slWithin: number }) => d.slWithin)).toEqual([1, 2, 2]);

    const resumedFrom = seen.at(-1)!;
    seen.length = 0;
    const again = new AbortController();
    await recountJobHandler(env.handle.db)({
      ...ctx(JSON.stringify({ seconds: 12, ...resumedFrom, total: 3 })),
      signal: again.signal,
    });
    expect(seen.map((s) => s.day)).toEqual(['2026-11-05', '2026-11-06', '2026-11-07']); // the start, then only the days left
    expect(seen.map((s) => s.done)).toEqual([1, 2, 3]);
    expect((await agentDays()).days.map((d: { slWithin: number }) => d.slWithin)).toEqual([1, 0, 0]);
    expect(await rollupsStored(env.handle.db)).toEqual(await rollupsFromRaw(env.handle.db, 12));

    await runner().runUntilIdle(); // the queued job itself
    const before = (await recountJobs()).length;
    const refused = await admin.put('/api/settings/interactions.serviceLevelSeconds', {
      value: -1,
      reason: '错误的值',
    });
    expect(refused.status).toBe(400);
    expect(await recountJobs()).toHaveLength(before);
    expect(
      (await admin.get('/api/kpis/agents/' + agentId + '/daily?from=2026-11-05&to=2026-11-07')).body.data
        .serviceLevelSeconds,
    ).toBe(12);
  });
});
