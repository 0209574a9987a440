import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowIso, setClock } from '../../lib/clock.js';
import { newId } from '../../lib/ids.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';

// The home page's background-job work (issue 26): an administrator sees each failed job, due the
// day it failed; a failed interaction import opens its own page, where retrying it puts the job
// back in the queue and the item leaves the list. Nobody but administrators is asked.

type Line = { key: string; kind: string; menu: string; due: string | null; link: string; params: any };

describe.each(DIALECTS)('failed jobs on the home page on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let admin: Client, hr: Client, teamlead: Client;
  const importId = newId();
  const jobIds = [newId(), newId()];

  const jobLines = async (c: Client) =>
    ((await c.get('/api/home/work')).body.data.items as Line[]).filter((l) => jobIds.some((id) => l.key.endsWith(id)));

  beforeAll(async () => {
    [admin, hr, teamlead] = await Promise.all(['admin', 'hr', 'teamlead'].map((u) => env.as(u)));
    setClock('2026-12-02T02:00:00Z');
    const dir = await mkdtemp(join(tmpdir(), 'seatwise-h4-'));
    const file = join(dir, 'calls.csv');
    await writeFile(file, 'not,a,real,file\n');
    const failed = (id: string, kind: string, payload: unknown, at: string) => ({
      id,
      kind,
      state: 'failed',
      payload: JSON.stringify(payload),
      progress: null,
      attempts: 1,
      locked_by: null,
      lease_until: null,
      heartbeat_at: null,
      error: 'boom: the worker gave up',
      created_at: at,
      started_at: at,
      finished_at: at,
      updated_at: at,
    });
    await db()
      .insertInto('jobs')
      .values([
        failed(jobIds[0], 'interactions.import', { importId, mapping: null }, '2026-12-01T03:00:00.000Z'),
        failed(jobIds[1], 'interactions.service-level', { seconds: 20 }, '2026-11-30T03:00:00.000Z'),
      ])
      .execute();
    const at = nowIso();
    await db()
      .insertInto('interaction_imports')
      .values({
        id: importId,
        job_id: jobIds[0],
        format: 'template',
        mapping_name: null,
        file_name: 'calls.csv',
        file_path: file,
        file_type: 'csv',
        bytes_total: 16,
        bytes_read: 0,
        state: 'failed',
        rows_read: 0,
        accepted: 0,
        rejected: 0,
        duplicates: 0,
        calls: 0,
        legs: 0,
        transfers: 0,
        attempts: 0,
        committed_line: 0,
        committed_bytes: 0,
        error_code: 'WORKER_FAILED',
        error_message: 'boom',
        created_by: null,
        created_by_name: null,
        created_at: at,
        started_at: at,
        run_started_at: null,
        run_start_bytes: 0,
        finished_at: at,
        updated_at: at,
      })
      .execute();
  }, 60_000);
  afterAll(() => setClock());

  it('lists failed jobs for administrators by the day they failed, until retried', async () => {
    expect((await jobLines(admin)).map((l) => [l.kind, l.menu, l.due, l.link])).toEqual([
      ['systemFailedJob', 'settings', '2026-11-30', '/settings'],
      ['systemFailedImport', 'interactions-imports', '2026-12-01', `/interactions/imports/${importId}`],
    ]);
    for (const c of [hr, teamlead]) expect(await jobLines(c)).toEqual([]);
    const before = (await admin.get('/api/home/work')).body.data.counts['interactions-imports'];

    const retried = await admin.post(`/api/interactions/imports/${importId}/retry`);
    expect(retried.status, retried.raw).toBe(200);
    expect((await jobLines(admin)).map((l) => l.kind)).toEqual(['systemFailedJob']);
    expect((await admin.get('/api/home/work')).body.data.counts['interactions-imports'] ?? 0).toBe(before - 1);
  });
});
