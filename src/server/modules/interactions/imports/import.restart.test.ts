import { beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../../lib/jobs.js';
import { putSetting } from '../../../lib/settings.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { IMPORT_JOB, importJobHandler, type ImportHooks } from './import.worker.js';
import { rollupsFromRaw, rollupsStored, templateCsv, upload, useTempImportDir } from '../test-kit.js';

// Batches are all-or-nothing, and an import that stops half-way (a failure, a crash, a shutdown)
// continues after its last committed batch without losing or doubling a row. The app's own
// worker is off here: each test drives workers itself.
process.env.SEATWISE_JOBS = 'off';
useTempImportDir();

describe.each(DIALECTS)('import batches and restarts on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let qa: Client;
  let nos: string[];

  beforeAll(async () => {
    qa = await env.as('qa');
    nos = (
      await env.handle.db
        .selectFrom('employees as e')
        .innerJoin('teams as t', 't.id', 'e.team_id')
        .select('e.employee_no')
        .where('t.code', 'in', ['CS2-1', 'CS2-2'])
        .orderBy('e.employee_no')
        .execute()
    ).map((r) => r.employee_no);
    await putSetting(env.handle.db, 'interactions.importBatchRows', 4, null);
  });

  const runner = (hooks: ImportHooks = {}, leaseMs = 60_000) =>
    new JobRunner(env.handle.db, { [IMPORT_JOB]: importJobHandler(env.handle, hooks) }, { leaseMs });
  const file = (prefix: string, n: number) =>
    templateCsv(
      Array.from({ length: n }, (_, i) => ({
        interactionId: `${prefix}-${i}`,
        agent: nos[i % nos.length],
        startedAt: `2026-11-${10 + (i % 3)} 1${i % 10}:00:00`,
        businessType: i % 2 ? '信用卡' : '积分',
        talkSeconds: 60 + i,
        holdSeconds: i,
        wrapSeconds: 10,
        queueWaitSeconds: 3 * i,
        fcr: i % 3 ? '是' : '否',
        csat: (i % 5) + 1,
      })),
    );
  const importRow = async (id: string) =>
    env.handle.db.selectFrom('interaction_imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const count = async (importId: string) =>
    Number(
      (
        await env.handle.db
          .selectFrom('interactions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('import_id', '=', importId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('undoes a batch that fails half-way: no interactions and no rollup change from it; a retry finishes exactly', async () => {
    const id = (await upload(qa, file('AON', 10), 'template')).body.data.id;
    const failing = runner({ failInside: (n) => n === 2 });
    await failing.runOne();
    const failed = await importRow(id);
    // Batch 1 read the header and 3 rows (4 records); batch 2 failed inside its transaction.
    expect(failed).toMatchObject({
      state: 'failed',
      error_code: 'IMPORT_FAILED',
      committed_line: 4,
      rows_read: 3,
      accepted: 3,
    });
    expect(await count(id)).toBe(3);
    expect(await rollupsStored(env.handle.db)).toEqual(await rollupsFromRaw(env.handle.db));

    const retried = await qa.post(`/api/interactions/imports/${id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body.data.state).toBe('queued');
    expect((await qa.post(`/api/interactions/imports/${id}/retry`)).body.errorCode).toBe('IMPORT_NOT_FAILED');
    await runner().runOne();
    expect(await importRow(id)).toMatchObject({
      state: 'done',
      rows_read: 10,
      accepted: 10,
      rejected: 0,
      duplicates: 0,
    });
    expect(await count(id)).toBe(10);
    expect(await rollupsStored(env.handle.db)).toEqual(await rollupsFromRaw(env.handle.db));
  });

  it('writes a batch handed over in parts as one: a failure undoes every part, a duplicate across parts is rejected', async () => {
    await putSetting(env.handle.db, 'interactions.importBatchRows', 6, null);
    try {
      const rows = file('PT', 12).trimEnd().split('\n');
      rows.splice(5, 0, rows[2]); // line 6, in the third part of batch 1: the ID of line 3 again
      const id = (await upload(qa, rows.join('\n') + '\n', 'template')).body.data.id;
      // Batch 1: lines 1–6 in parts of 2; batch 2 (lines 7–12) fails after its three parts are written.
      await runner({ partRows: 2, failInside: (n) => n === 2 }).runOne();
      expect(await importRow(id)).toMatchObject({
        state: 'failed',
        committed_line: 6,
        rows_read: 5,
        accepted: 4,
        rejected: 1,
      });
      expect(await count(id)).toBe(4);
      expect(await rollupsStored(env.handle.db)).toEqual(await rollupsFromRaw(env.handle.db));
      const rejects = await qa.get(`/api/interactions/imports/${id}/rejects`);
      expect(rejects.body.data.map((r: any) => [r.line, r.code])).toEqual([[6, 'DUPLICATE_IN_FILE']]);

      await qa.post(`/api/interactions/imports/${id}/retry`);
      const committedAt: number[] = [];
      await runner({
        partRows: 2,
        afterBatch: async () => {
          committedAt.push((await importRow(id)).committed_line);
        },
      }).runOne();
      expect(committedAt).toEqual([12, 14]); // one commit per batch, not per part; the last batch is shorter
      expect(await importRow(id)).toMatchObject({
        state: 'done',
        rows_read: 13,
        accepted: 12,
        rejected: 1,
        duplicates: 0,
      });
      expect(await count(id)).toBe(12);
      expect(await rollupsStored(env.handle.db)).toEqual(await rollupsFromRaw(env.handle.db));
    } finally {
      await putSetting(env.handle.db, 'interactions.importBatchRows', 4, null);
    }
  });

  it('resumes after a crash mid-import with exact totals and no duplicates', async () => {
    const rows = file('CR', 10).trimEnd().split('\n');
    rows.push(rows[3]); // line 12: the ID of line 4 again
    rows.push(`CR-bad,NOBODY,2026-11-10 10:00:00`); // line 13
    const id = (await upload(qa, rows.join('\n') + '\n', 'template')).body.data.id;
    const a = runner(
      {
        afterBatch: (n) => {
          if (n === 1) a.kill();
        },
      },
      300,
    );
    await a.runOne();
    expect(await importRow(id)).toMatchObject({ state: 'running', committed_line: 4, accepted: 3 });
    const job = await env.handle.db
      .selectFrom('jobs')
      .selectAll()
      .where('id', '=', (await importRow(id)).job_id!)
      .executeTakeFirstOrThrow();
    expect(job.state).toBe('running');
    expect(await runner().runOne()).toBe(false); // the dead worker's lease still holds
    await new Promise((r) => setTimeout(r, 350));
    await runner().runOne();
    const done = await importRow(id);
    expect(done).toMatchObject({
      state: 'done',
      rows_read: 12,
      accepted: 10,
      rejected: 2,
      duplicates: 0,
      committed_line: 13,
    });
    expect(await count(id)).toBe(10);
    const rejects = await qa.get(`/api/interactions/imports/${id}/rejects`);
    expect(rejects.body.data.map((r: any) => [r.line, r.code])).toEqual([
      [12, 'DUPLICATE_IN_FILE'],
      [13, 'UNKNOWN_AGENT'],
    ]);
    expect(await rollupsStored(env.handle.db)).toEqual(await rollupsFromRaw(env.handle.db));
    const finished = await env.handle.db
      .selectFrom('jobs')
      .select(['state', 'attempts'])
      .where('id', '=', done.job_id!)
      .executeTakeFirstOrThrow();
    expect(finished).toEqual({ state: 'done', attempts: 2 });
  });

  it('hands the import back to the queue on a clean shutdown, and the next worker finishes it', async () => {
    const id = (await upload(qa, file('SD', 9), 'template')).body.data.id;
    const a = runner({
      afterBatch: (n) => {
        if (n === 1) void a.stop();
      },
    });
    await a.runOne();
    expect(await importRow(id)).toMatchObject({ state: 'queued', committed_line: 4, accepted: 3 });
    const progress = await qa.get(`/api/interactions/imports/${id}`);
    expect(progress.body.data).toMatchObject({ state: 'queued', rowsRead: 3, accepted: 3 });
    expect(progress.body.data.percent).toBeGreaterThan(0);
    await runner().runOne();
    expect(await importRow(id)).toMatchObject({ state: 'done', rows_read: 9, accepted: 9 });
    expect(await rollupsStored(env.handle.db)).toEqual(await rollupsFromRaw(env.handle.db));
  });

  it('stores each ID once when two imports of the same calls run at the same time, one file in the opposite order', async () => {
    const [header, ...rows] = file('TW', 40).trimEnd().split('\n');
    const a = (await upload(qa, [header, ...rows].join('\n'), 'template')).body.data.id;
    const b = (await upload(qa, [header, ...rows.reverse()].join('\n'), 'template', 'reversed.csv')).body.data.id;
    const jobOf = async (id: string) => (await importRow(id)).job_id!;
    await Promise.all([runner().runOne(await jobOf(a)), runner().runOne(await jobOf(b))]);
    const [ra, rb] = [await importRow(a), await importRow(b)];
    expect([ra.state, rb.state]).toEqual(['done', 'done']);
    expect(ra.accepted + rb.accepted).toBe(40);
    expect(ra.duplicates + rb.duplicates).toBe(40);
    expect((await count(a)) + (await count(b))).toBe(40);
    expect(await rollupsStored(env.handle.db)).toEqual(await rollupsFromRaw(env.handle.db));
  });

  it('refuses a batch from a worker that lost the import to another (its committed line moved on)', async () => {
    const id = (await upload(qa, file('TK', 10), 'template')).body.data.id;
    // After batch 1 another worker takes the import and commits further: batch 2 of this one must not land.
    const a = runner({
      afterBatch: async (n) => {
        if (n === 1)
          await env.handle.db
            .updateTable('interaction_imports')
            .set({ committed_line: 9 })
            .where('id', '=', id)
            .execute();
      },
    });
    await a.runOne();
    expect(await importRow(id)).toMatchObject({ state: 'running', committed_line: 9, accepted: 3 });
    expect(await count(id)).toBe(3);
    const job = await env.handle.db
      .selectFrom('jobs')
      .select(['state', 'error'])
      .where('id', '=', (await importRow(id)).job_id!)
      .executeTakeFirstOrThrow();
    expect(job.state).toBe('failed');
    expect(job.error).toContain('conflict');
    expect(await rollupsStored(env.handle.db)).toEqual(await rollupsFromRaw(env.handle.db));
  });
});
