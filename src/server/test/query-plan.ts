import { CompiledQuery } from 'kysely';
import type { DbHandle } from '../db/connect.js';
import type { Ran } from './query-count.js';

// The plan the database picks for a statement, as text lines, on either dialect (issue 23: tests
// that fail on a full scan). On PostgreSQL a tiny test table is scanned whatever the indexes, so
// sequential scans are priced out for the EXPLAIN: it still shows one when no index can serve.

export async function queryPlan(handle: DbHandle, q: Ran): Promise<string[]> {
  const explain = (prefix: string) => CompiledQuery.raw(`${prefix} ${q.sql}`, [...q.parameters]);
  if (handle.dialect === 'sqlite') {
    const { rows } = await handle.db.executeQuery<{ detail: string }>(explain('EXPLAIN QUERY PLAN'));
    return rows.map((r) => r.detail);
  }
  return handle.db.connection().execute(async (c) => {
    await c.executeQuery(CompiledQuery.raw('SET enable_seqscan = off'));
    try {
      const { rows } = await c.executeQuery<{ 'QUERY PLAN': string }>(explain('EXPLAIN'));
      return rows.map((r) => r['QUERY PLAN']);
    } finally {
      await c.executeQuery(CompiledQuery.raw('RESET enable_seqscan'));
    }
  });
}

/** Whether the plan reads the whole of `table` (SQLite "SCAN t" without an index; PostgreSQL "Seq Scan on t"). */
export const scansWhole = (plan: string[], table: string) =>
  plan.some(
    (l) =>
      new RegExp(`^SCAN ${table}\\b(?!.*(USING (COVERING )?INDEX))`).test(l.trim()) ||
      new RegExp(`Seq Scan on ${table}\\b`).test(l),
  );
