import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { templateCsv, upload, useTempImportDir, waitForImport } from '../test-kit.js';
import { pageQuery, type Keyset } from './records.repo.js';

useTempImportDir();

// The interactions list pages by cursor (keyset on started_at, id) with its total from the daily
// rollups; the query plan of a page is an index range in the list's order, never a full scan.
describe.each(DIALECTS)('interactions list on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let admin: Client;
  let team: string;
  let a: string;
  const range = 'from=2026-11-10&to=2026-11-12';

  beforeAll(async () => {
    const db = env.handle.db;
    admin = await env.as('admin');
    team = (await db.selectFrom('teams').select('id').where('code', '=', 'CS1-1').executeTakeFirstOrThrow()).id;
    const agents = await db
      .selectFrom('employees')
      .select(['id', 'employee_no'])
      .where('team_id', '=', team)
      .where('position', '=', '坐席')
      .orderBy('employee_no')
      .limit(2)
      .execute();
    a = agents[0].id;
    // 30 interactions over three days; every third pair shares its start time (ties broken by id).
    const rows = Array.from({ length: 30 }, (_, n) => ({
      interactionId: `P${String(n).padStart(3, '0')}`,
      agent: agents[n % 2].employee_no,
      startedAt: `2026-11-${10 + (n % 3)} ${String(9 + Math.floor(n / 6)).padStart(2, '0')}:0${Math.floor(n / 2) % 3}:00`,
      direction: n % 5 === 0 ? '呼出' : '呼入',
      channel: n % 4 === 0 ? '在线' : '语音',
      businessType: n % 2 ? '信用卡' : '储蓄业务',
      answered: n % 7 === 0 ? '否' : '是',
      talkSeconds: n % 7 === 0 ? 0 : 60 + n,
    }));
    const done = await waitForImport(admin, (await upload(admin, templateCsv(rows), 'template')).body.data.id);
    expect(done).toMatchObject({ state: 'done', accepted: 30 });
  });

  /** Every row the filter matches, in the list's order, straight from the table. */
  const everything = async (agentId?: string) => {
    let q = env.handle.db
      .selectFrom('interactions')
      .select(['id', 'started_at', 'answered'])
      .where('id', 'like', 'P%')
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc');
    if (agentId) q = q.where('agent_id', '=', agentId);
    return await q.execute();
  };

  it('walks every page forward and back by cursor, each row once, with the total from the rollups', async () => {
    const all = (await everything()).map((r) => r.id);
    expect(all).toHaveLength(30);
    const pages: string[][] = [];
    let res = await admin.get(`/api/interactions?teamId=${team}&${range}&pageSize=7`);
    for (;;) {
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(30);
      pages.push(res.body.data.map((i: any) => i.id));
      if (!res.body.hasMore) break;
      res = await admin.get(
        `/api/interactions?teamId=${team}&${range}&pageSize=7&startingAfter=${pages.at(-1)!.at(-1)}`,
      );
    }
    expect(pages.map((p) => p.length)).toEqual([7, 7, 7, 7, 2]);
    expect(pages.flat()).toEqual(all);

    // Back from the last page: each previous page is the one shown before, newest first.
    for (let p = pages.length - 1; p > 0; p--) {
      const back = await admin.get(`/api/interactions?teamId=${team}&${range}&pageSize=7&endingBefore=${pages[p][0]}`);
      expect(back.body.data.map((i: any) => i.id)).toEqual(pages[p - 1]);
      expect(back.body.hasMore).toBe(p - 1 > 0);
    }
    // The old page numbers still answer the same pages.
    const third = await admin.get(`/api/interactions?teamId=${team}&${range}&pageSize=7&page=3`);
    expect(third.body.data.map((i: any) => i.id)).toEqual(pages[2]);
  });

  it('counts the filtered total from the rollups and pages one agent the same way', async () => {
    const mine = await everything(a);
    const res = await admin.get(`/api/interactions?agentId=${a}&${range}&pageSize=4&answered=1`);
    const handled = mine.filter((r) => r.answered === 1);
    expect(res.body.total).toBe(handled.length);
    expect(res.body.data.map((i: any) => i.id)).toEqual(handled.slice(0, 4).map((r) => r.id));
    const unanswered = await admin.get(`/api/interactions?agentId=${a}&${range}&answered=0`);
    expect(unanswered.body.total).toBe(mine.length - handled.length);
    const chat = await admin.get(`/api/interactions?teamId=${team}&${range}&channel=chat&businessType=储蓄业务`);
    expect(chat.body.total).toBe(8); // n = 0, 4, 8 … 28: even and a multiple of 4
    expect(chat.body.data).toHaveLength(8);
    const day = await admin.get(`/api/interactions?teamId=${team}&date=2026-11-11`);
    expect(day.body.total).toBe(10);
    // Direction is not in the rollups: no total, the page and hasMore still answer.
    const out = await admin.get(`/api/interactions?teamId=${team}&${range}&direction=out&pageSize=5`);
    expect(out.body).toMatchObject({ total: null, hasMore: true });
    expect(out.body.data).toHaveLength(5);
  });

  it('refuses an unknown cursor and two cursors with a clear error', async () => {
    const bad = await admin.get(`/api/interactions?teamId=${team}&${range}&startingAfter=NOPE`);
    expect([bad.status, bad.body.errorCode, bad.body.field]).toEqual([400, 'UNKNOWN_CURSOR', 'startingAfter']);
    const both = await admin.get(`/api/interactions?teamId=${team}&${range}&startingAfter=P001&endingBefore=P002`);
    expect([both.status, both.body.errorCode]).toEqual([400, 'ONE_CURSOR']);
  });

  it('reads a deep page as an index range in the list order (no full scan, no sort)', async () => {
    const db = env.handle.db;
    const f = { from: '2026-11-10', to: '2026-11-12', answered: 1 };
    const k: Keyset = {
      anchor: { started_at: '2026-11-11T02:00:00.000Z', id: 'P010' },
      toward: 'next',
      skip: 0,
      limit: 21,
    };
    for (const [set, index] of [
      [{ agentId: a }, 'interactions_agent_started_idx'],
      [{ teamId: team }, 'interactions_started_idx'],
    ] as const) {
      const q = pageQuery(db, set, f, k).compile();
      if (dialect.name === 'sqlite') {
        const plan = await db.executeQuery({ ...q, sql: `EXPLAIN QUERY PLAN ${q.sql}` });
        const lines = (plan.rows as { detail: string }[]).map((r) => r.detail);
        const main = lines.filter((l) => / i\b/.test(l) && !/idn_/.test(l));
        expect(main, lines.join('\n')).toEqual([expect.stringContaining(`USING INDEX ${index}`)]);
        expect(lines.join('\n')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      } else {
        // A few demo rows make a sequential scan (or another index and a sort) cheapest; with those
        // off, the plan shows whether an index can serve the page in order at all (the 1M-row plan is in bench:pages).
        const lines = await db.transaction().execute(async (trx) => {
          await sql`SET LOCAL enable_seqscan = off`.execute(trx);
          await sql`SET LOCAL enable_bitmapscan = off`.execute(trx);
          await sql`SET LOCAL enable_sort = off`.execute(trx);
          const plan = await trx.executeQuery<{ 'QUERY PLAN': string }>({ ...q, sql: `EXPLAIN ${q.sql}` });
          return plan.rows.map((r) => r['QUERY PLAN']);
        });
        const text = lines.join('\n');
        // Either list index serves a page in order; which one is the planner's call on a few rows.
        expect(text).toMatch(/Index Scan (Backward )?using interactions_(agent_)?started_idx on interactions i/);
        expect(text).not.toMatch(/Seq Scan on interactions|Sort Key: i\.started_at/);
      }
    }
  });
});
