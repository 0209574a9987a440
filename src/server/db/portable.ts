import { PostgresAdapter, sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { BulkConflictError } from './bulk-conflict.js';
import type { DbHandle } from './connect.js';
import {
  counterRows,
  fillCounts,
  gather,
  openSqliteBulk,
  sortOut,
  upsertAddSql,
  type Pending,
} from './portable-sqlite.js';

// The only place where SQLite and PostgreSQL differ. Everything else writes plain Kysely.
export type DialectName = 'sqlite' | 'postgres';

/** Which engine a Kysely handle (or transaction) talks to, where only the Db is at hand. */
export const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** Case-insensitive "contains" that treats % and _ in the needle literally. */
export function containsCi(dialect: DialectName, column: Expression<unknown>, needle: string): RawBuilder<SqlBool> {
  const escaped = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return dialect === 'postgres'
    ? sql<SqlBool>`${column} ILIKE ${escaped} ESCAPE '\\'`
    : sql<SqlBool>`${column} LIKE ${escaped} ESCAPE '\\'`;
}

/** Appends to the audit log are allowed; changes to it are refused by the database itself. */
export function appendOnlyTriggerSql(dialect: DialectName, table: string): string[] {
  if (dialect === 'postgres') {
    return [
      `CREATE OR REPLACE FUNCTION ${table}_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION '${table} is append-only'; END; $$ LANGUAGE plpgsql`,
      `CREATE TRIGGER ${table}_no_update BEFORE UPDATE OR DELETE ON ${table}
       FOR EACH ROW EXECUTE FUNCTION ${table}_append_only()`,
    ];
  }
  return [
    `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
    `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
  ];
}

/** True when the error is a unique-constraint violation, on either engine. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Clusters a table by its primary key on SQLite (WITHOUT ROWID); PostgreSQL has no such thing. */
export const clusteredByKey =
  (dialect: DialectName) =>
  <T extends { modifyEnd(m: Expression<unknown>): T }>(b: T): T =>
    dialect === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b;

// ---------------------------------------------------------------------------------------------
// Bulk loading (imports of millions of rows). Kysely builds one statement per call, which is
// fine for a form and far too slow for a million rows; here a batch goes through the driver as a
// declarative plan, all-or-nothing. SQLite: a second better-sqlite3 connection on a worker
// thread runs it with prepared statements (parsing goes on meanwhile on the main thread; see
// portable-sqlite.ts). PostgreSQL: a pooled client looks up which keys are stored and writes the
// other rows with COPY FROM STDIN (pg-copy-streams), holding off other writers of the table.

export type BulkColumnType = 'text' | 'int';
export interface BulkTable {
  table: string;
  /** Column names and types; for insertNew the first column is the unique key. */
  columns: readonly (readonly [string, BulkColumnType])[];
}
export type BulkValue = string | number | null;
/** Counts a plan may use as statement parameters, known only once its rows are in. */
export type BulkCount = 'inserted' | 'owned' | 'other';
/** A rollup table whose key is the columns at keyAt of a finer one's key, with the same counters after it. */
export interface BulkCoarser {
  into: BulkTable;
  keyAt: number[];
}
export interface BulkPlan {
  /** Rows with distinct keys: each goes in unless its key is already stored. */
  insertNew: { into: BulkTable; rows: BulkValue[][]; ownerColumn: string };
  /** Counters added for the rows that went in: row i adds values[i·m … i·m+m−1] (m = the
   *  table's columns after the key) to the counters of keys[keyOf[i]]; sums are upserted per key.
   *  coarser: tables with the same counters under some of the key's columns, each kept in step
   *  with the sums over its own key (a dashboard that does not filter by the rest reads far fewer rows). */
  addForInserted?: {
    into: BulkTable;
    keys: BulkValue[][];
    keyOf: Int32Array;
    values: Float64Array;
    coarser?: BulkCoarser[];
  };
  /** For each row that did not go in because its key was stored by `owner` ("owned"; the others
   *  are "other"): writes `values` with the row's line at lineAt and its key at keyAt (at most `limit`). */
  insertForOwned?: {
    owner: BulkValue;
    into: BulkTable;
    values: BulkValue[];
    lines: number[];
    lineAt: number;
    keyAt: number;
    limit: number;
  };
  insert?: { into: BulkTable; rows: BulkValue[][] }[];
  /** Statements with ? placeholders; { count } parameters are filled in; expectChanges makes the batch fail when it does not hold. */
  run?: { sql: string; params: (BulkValue | { count: BulkCount })[]; expectChanges?: number }[];
  /** false: the transaction stays open and the next plan (or commit()) continues it, so one
   *  all-or-nothing batch can be handed over in parts. The counters of addForInserted are summed
   *  over the parts and written once, before the committing plan's own statements. Default true. */
  commit?: boolean;
}
export interface BulkResult {
  inserted: number;
  owned: number;
  ownedKept: number;
  other: number;
}
export interface BulkWriter {
  /** Applies a plan in the open transaction (beginning one if none is open); commits unless plan.commit is false. */
  batch(plan: BulkPlan): Promise<BulkResult>;
  /** Commits the transaction that plans left open (nothing when none is). */
  commit(): Promise<void>;
  close(): Promise<void>;
}

/** Thrown by both writers; defined in bulk-conflict.ts so portable-sqlite.ts need not import this file. */
export { BulkConflictError };

export async function openBulkWriter(handle: DbHandle): Promise<BulkWriter> {
  if (handle.dialect === 'sqlite') return openSqliteBulk(handle.where);
  if (!handle.pgPool) throw new Error('bulk loading needs the PostgreSQL pool');
  return pgBulk(await handle.pgPool.connect());
}

const cols = (t: BulkTable) => t.columns.map((c) => c[0]);

// COPY text format: tab-separated, \N for null, backslash escapes.
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const copyText = (v: string) =>
  NEEDS_ESCAPE.test(v)
    ? v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
    : v;

async function copyRows(client: pg.PoolClient, t: BulkTable, rows: BulkValue[][]) {
  if (!rows.length) return;
  const stream = client.query(copyFrom(`COPY ${t.table} (${cols(t).join(',')}) FROM STDIN`));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  const width = t.columns.length;
  let chunk = '';
  for (const r of rows) {
    for (let c = 0; c < width; c++) {
      const v = r[c];
      chunk += (c ? '\t' : '') + (v === null || v === undefined ? '\\N' : typeof v === 'number' ? v : copyText(v));
    }
    chunk += '\n';
    if (chunk.length > 1 << 20) {
      // A COPY that fails (a stored key) never drains: its error ends the wait.
      if (!stream.write(chunk)) await Promise.race([new Promise((r2) => stream.once('drain', r2)), done]);
      chunk = '';
    }
  }
  stream.end(chunk);
  await done;
}

function pgBulk(client: pg.PoolClient): BulkWriter {
  let open = false;
  let pending: Pending | null = null;
  /** The counters gathered in this transaction, upserted in one statement (adding to what is stored). */
  const writeCounters = async () => {
    const p = pending;
    pending = null;
    for (const { into, keyCount, rows } of counterRows(p)) {
      const arrays = into.columns.map((_, c) => rows.map((r) => r[c]));
      const unnest = into.columns.map(([, type], i) => `$${i + 1}::${type === 'int' ? 'int8' : 'text'}[]`).join(',');
      await client.query(upsertAddSql(into, keyCount, `SELECT * FROM unnest(${unnest})`), arrays);
    }
  };
  const rollback = async () => {
    open = false;
    pending = null;
    await client.query('ROLLBACK').catch(() => {});
  };
  // COPY has no ON CONFLICT. Rows are copied straight into the table; when some key is stored
  // already (the COPY fails on it), the part is undone to a savepoint, the stored keys are looked
  // up and only the other rows copied. After a part with stored keys the next one is looked up
  // first (a file imported again is all duplicates). This holds only while nobody else adds rows
  // between the look-up and the commit, so the table is locked against other writers (not
  // readers) for the transaction. Staging every row and moving it with INSERT … ON CONFLICT took
  // twice as long, and looking every key up first a third longer.
  let lookFirst = false;
  const copyNew = async (into: BulkTable, rows: BulkValue[][], ownerColumn: string) => {
    if (!lookFirst) {
      await client.query('SAVEPOINT bulk_new');
      try {
        await copyRows(client, into, rows);
        await client.query('RELEASE SAVEPOINT bulk_new');
        return new Map<unknown, unknown>();
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        await client.query('ROLLBACK TO SAVEPOINT bulk_new');
      }
    }
    const key = into.columns[0][0];
    const found = await client.query(
      `SELECT ${key} AS k, ${ownerColumn} AS o FROM ${into.table} WHERE ${key} = ANY($1::text[])`,
      [rows.map((r) => r[0])],
    );
    const stored = new Map<unknown, unknown>(found.rows.map((r) => [r.k, r.o]));
    lookFirst = stored.size > 0;
    await copyRows(client, into, stored.size ? rows.filter((r) => !stored.has(r[0])) : rows);
    return stored;
  };
  const exec = async (plan: BulkPlan, continuing: boolean): Promise<BulkResult> => {
    const { into, rows, ownerColumn } = plan.insertNew;
    if (!continuing) await client.query(`LOCK TABLE ${into.table} IN SHARE ROW EXCLUSIVE MODE`);
    const stored = await copyNew(into, rows, ownerColumn);
    const { counters, forOwned, result } = sortOut(
      plan,
      (i) => !stored.has(rows[i][0]),
      (i) => stored.get(rows[i][0]),
    );
    if (plan.addForInserted) pending = gather(pending, plan.addForInserted, counters);
    if (plan.commit !== false) await writeCounters();
    if (plan.insertForOwned) await copyRows(client, plan.insertForOwned.into, forOwned);
    for (const op of plan.insert ?? []) await copyRows(client, op.into, op.rows);
    for (const op of plan.run ?? []) {
      const res = await client.query(pgParams(op.sql), fillCounts(op.params, result));
      if (op.expectChanges !== undefined && res.rowCount !== op.expectChanges) throw new BulkConflictError(op.sql);
    }
    return result;
  };
  /** Commits the open transaction with its gathered counters, or undoes all of it. */
  const commit = async () => {
    if (!open) return;
    try {
      await writeCounters();
      await client.query('COMMIT');
      open = false;
    } catch (err) {
      await rollback();
      throw err;
    }
  };
  return {
    async batch(plan) {
      const continuing = open;
      try {
        if (!open) {
          await client.query('BEGIN');
          open = true;
        }
        const result = await exec(plan, continuing);
        if (plan.commit !== false) await commit();
        return result;
      } catch (err) {
        if (open) await rollback();
        throw err;
      }
    },
    commit,
    async close() {
      if (open) await rollback(); // a batch left unfinished (the import stopped) is not kept
      client.release();
    },
  };
}

const pgParams = (text: string) => {
  let i = 0;
  return text.replace(/\?/g, () => `$${++i}`);
};
