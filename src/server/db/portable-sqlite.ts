import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import type { BulkCoarser, BulkCount, BulkPlan, BulkResult, BulkTable, BulkValue, BulkWriter } from './portable.js';
import { BulkConflictError } from './bulk-conflict.js';
import { writeGate, type WriteGate } from './sqlite-gate.js';

// The SQLite side of bulk loading (see portable.ts). bulkCore() is self-contained on purpose —
// no reference to anything outside its body — because its source text also runs on a worker
// thread: the worker owns a second connection and writes each batch (prepared statements,
// BEGIN IMMEDIATE … COMMIT) while the main thread parses the next one. The worker waits for
// the write lock itself (busy_timeout), so the main thread is never blocked by it for longer
// than a batch. SEATWISE_BULK_THREAD=0 runs the same code on the main thread instead.

type Core = ReturnType<typeof bulkCore>;

function bulkCore() {
  const names = (t: { columns: readonly (readonly [string, string])[] }) => t.columns.map((c) => c[0]);
  const marks = (n: number) => new Array(n).fill('?').join(',');
  const upsertAddSql = (t: BulkTable, keyCount: number, source: string) => {
    const n = names(t);
    const sets = n.slice(keyCount).map((c) => `${c} = ${t.table}.${c} + excluded.${c}`);
    return `INSERT INTO ${t.table} (${n.join(',')}) ${source} ON CONFLICT (${n.slice(0, keyCount).join(',')}) DO UPDATE SET ${sets.join(', ')}`;
  };
  const fillCounts = (params: (BulkValue | { count: BulkCount })[], r: BulkResult) =>
    params.map((p) => (p !== null && typeof p === 'object' ? r[p.count] : p));
  /** Sums the counters of the rows that went in, by key; makes the rows for owned duplicates; counts. */
  const sortOut = (plan: BulkPlan, wentIn: (i: number) => boolean, ownerOf: (i: number) => unknown) => {
    const rows = plan.insertNew.rows;
    const add = plan.addForInserted;
    const own = plan.insertForOwned;
    const m = add ? add.into.columns.length - add.keys[0]?.length : 0;
    const sums = add ? new Float64Array(add.keys.length * m) : null;
    const used = add ? new Uint8Array(add.keys.length) : null;
    const forOwned: BulkValue[][] = [];
    const result: BulkResult = { inserted: 0, owned: 0, ownedKept: 0, other: 0 };
    for (let i = 0; i < rows.length; i++) {
      if (wentIn(i)) {
        result.inserted++;
        if (!add) continue;
        const k = add.keyOf[i];
        used![k] = 1;
        for (let j = 0; j < m; j++) sums![k * m + j] += add.values[i * m + j];
      } else if (own && ownerOf(i) === own.owner) {
        result.owned++;
        if (forOwned.length < own.limit) {
          const v = own.values.slice();
          v[own.lineAt] = own.lines[i];
          v[own.keyAt] = rows[i][0];
          forOwned.push(v);
        }
      } else result.other++;
    }
    result.ownedKept = forOwned.length;
    const counters: BulkValue[][] = [];
    if (add)
      for (let k = 0; k < add.keys.length; k++)
        if (used![k]) counters.push([...add.keys[k], ...Array.from(sums!.subarray(k * m, k * m + m))]);
    return { counters, forOwned, result };
  };
  /** Adds a plan's counters to those its transaction has gathered so far, by key. */
  const gather = (
    pending: Pending | null,
    add: NonNullable<BulkPlan['addForInserted']>,
    counters: BulkValue[][],
  ): Pending | null => {
    if (!counters.length) return pending;
    const keyCount = add.keys[0].length;
    const p = pending ?? {
      into: add.into,
      keyCount,
      coarser: add.coarser ?? [],
      byKey: new Map<string, BulkValue[]>(),
    };
    for (const c of counters) {
      const key = c.slice(0, keyCount).join('\u0001');
      const had = p.byKey.get(key);
      if (!had) p.byKey.set(key, c);
      else for (let j = keyCount; j < c.length; j++) had[j] = (had[j] as number) + (c[j] as number);
    }
    return p;
  };
  /** The gathered counters as rows to upsert: into the plan's table, and summed over the key of each coarser one. */
  const counterRows = (p: Pending | null) => {
    if (!p) return [];
    const fine = [...p.byKey.values()];
    const out = [{ into: p.into, keyCount: p.keyCount, rows: fine }];
    const m = p.into.columns.length - p.keyCount;
    for (const { into, keyAt } of p.coarser) {
      const keyCount = keyAt.length;
      const byKey = new Map<string, BulkValue[]>();
      for (const r of fine) {
        const key = keyAt.map((i) => r[i]);
        const joined = key.join('\u0001');
        const had = byKey.get(joined);
        if (!had) byKey.set(joined, [...key, ...r.slice(p.keyCount)]);
        else
          for (let j = 0; j < m; j++) had[keyCount + j] = (had[keyCount + j] as number) + (r[p.keyCount + j] as number);
      }
      out.push({ into, keyCount, rows: [...byKey.values()] });
    }
    return out;
  };
  const newSession = (conn: SQLite.Database): Session => ({ conn, stmts: new Map(), open: false, pending: null });
  const prepare = (s: Session, text: string) => {
    let st = s.stmts.get(text);
    if (!st) s.stmts.set(text, (st = s.conn.prepare(text)));
    return st;
  };
  /** Writes the gathered counters: one upsert per key, adding to what is stored. */
  const writeCounters = (s: Session) => {
    const p = s.pending;
    s.pending = null;
    for (const { into, keyCount, rows } of counterRows(p)) {
      const st = prepare(s, upsertAddSql(into, keyCount, `VALUES (${marks(into.columns.length)})`));
      for (const r of rows) st.run(r);
    }
  };
  /** One plan on a better-sqlite3 connection, in the session's open transaction. */
  const run = (s: Session, plan: BulkPlan): BulkResult & { conflict?: string } => {
    const prep = (text: string) => prepare(s, text);
    const { into, rows, ownerColumn } = plan.insertNew;
    const n = names(into);
    const ins = prep(
      `INSERT INTO ${into.table} (${n.join(',')}) VALUES (${marks(n.length)}) ON CONFLICT (${n[0]}) DO NOTHING`,
    );
    const went = new Array<boolean>(rows.length);
    for (let i = 0; i < rows.length; i++) went[i] = ins.run(rows[i]).changes === 1;
    const owner = prep(`SELECT ${ownerColumn} AS o FROM ${into.table} WHERE ${n[0]} = ?`);
    const { counters, forOwned, result } = sortOut(
      plan,
      (i) => went[i],
      (i) => (owner.get(rows[i][0]) as { o: unknown } | undefined)?.o,
    );
    if (plan.addForInserted) s.pending = gather(s.pending, plan.addForInserted, counters);
    if (plan.commit !== false) writeCounters(s);
    const insertAll = (t: BulkTable, list: BulkValue[][]) => {
      if (!list.length) return;
      const st = prep(`INSERT INTO ${t.table} (${names(t).join(',')}) VALUES (${marks(t.columns.length)})`);
      for (const r of list) st.run(r);
    };
    if (plan.insertForOwned) insertAll(plan.insertForOwned.into, forOwned);
    for (const op of plan.insert ?? []) insertAll(op.into, op.rows);
    for (const op of plan.run ?? []) {
      const changes = prep(op.sql).run(fillCounts(op.params, result)).changes;
      if (op.expectChanges !== undefined && changes !== op.expectChanges) return { ...result, conflict: op.sql };
    }
    return result;
  };
  const rollback = (s: Session) => {
    if (s.conn.inTransaction) s.conn.exec('ROLLBACK');
    s.open = false;
    s.pending = null;
  };
  /** Commits the transaction plans left open, with their gathered counters. */
  const commit = (s: Session) => {
    if (!s.open) return;
    try {
      writeCounters(s);
      s.conn.exec('COMMIT');
      s.open = false;
    } catch (err) {
      rollback(s);
      throw err;
    }
  };
  /** BEGIN IMMEDIATE (unless a plan left the transaction open), the plan, COMMIT unless
   *  plan.commit is false — or ROLLBACK of the whole transaction and the error. */
  const transact = (s: Session, plan: BulkPlan) => {
    if (!s.open) {
      s.conn.exec('BEGIN IMMEDIATE');
      s.open = true;
    }
    try {
      const r = run(s, plan);
      if (r.conflict) throw Object.assign(new Error(r.conflict), { conflict: true });
      if (plan.commit !== false) commit(s);
      return r;
    } catch (err) {
      rollback(s);
      throw err;
    }
  };
  const open = (Driver: typeof SQLite, path: string, busyMs: number) => {
    const conn = new Driver(path);
    conn.pragma('journal_mode = WAL');
    conn.pragma('synchronous = NORMAL');
    conn.pragma(`busy_timeout = ${busyMs}`);
    conn.pragma('cache_size = -8000'); // 8 MB: larger bought no speed in the import bench, only memory
    conn.pragma('wal_autocheckpoint = 4000');
    return conn;
  };
  return { upsertAddSql, fillCounts, sortOut, gather, counterRows, newSession, transact, commit, open };
}

/** Counters gathered by the plans of one open transaction, by key (joined key values). */
interface Pending {
  into: BulkTable;
  keyCount: number;
  coarser: BulkCoarser[];
  byKey: Map<string, BulkValue[]>;
}
interface Session {
  conn: SQLite.Database;
  stmts: Map<string, SQLite.Statement>;
  open: boolean;
  pending: Pending | null;
}

const core: Core = bulkCore();
export const { upsertAddSql, fillCounts, sortOut, gather, counterRows } = core;
export type { Pending };

const toError = (e: { message: string; code?: string; conflict?: boolean }) =>
  e.conflict ? new BulkConflictError(e.message) : Object.assign(new Error(e.message), { code: e.code });

export function openSqliteBulk(path: string): BulkWriter {
  if (path === ':memory:') throw new Error('bulk loading needs a file database, not :memory:');
  return holdingGate(process.env.SEATWISE_BULK_THREAD === '0' ? inThread(path) : onWorker(path), writeGate(path));
}

/** Holds the file's write gate (sqlite-gate.ts) from a plan's start until its transaction ends,
 *  so the app's own writes wait for it without blocking the event loop the next part needs. */
function holdingGate(writer: BulkWriter, gate: WriteGate): BulkWriter {
  let holding = false;
  const letGo = () => {
    if (holding) gate.release();
    holding = false;
  };
  return {
    async batch(plan) {
      if (!holding) gate.hold();
      holding = true;
      try {
        const result = await writer.batch(plan);
        if (plan.commit !== false) letGo();
        return result;
      } catch (err) {
        letGo(); // the writer rolled the whole transaction back
        throw err;
      }
    },
    async commit() {
      try {
        await writer.commit();
      } finally {
        letGo();
      }
    },
    async close() {
      try {
        await writer.close();
      } finally {
        letGo();
      }
    },
  };
}

function inThread(path: string): BulkWriter {
  const conn = core.open(SQLite, path, 0); // never block the event loop: a busy BEGIN is retried later
  const session = core.newSession(conn);
  return {
    async batch(plan) {
      for (let waited = 0; ; waited += 20) {
        const opening = !session.open; // only a BEGIN may be retried: later, earlier plans are in the transaction
        try {
          return core.transact(session, plan);
        } catch (err) {
          const e = err as { code?: string; conflict?: boolean; message: string };
          if (e.conflict) throw toError(e);
          if (e.code !== 'SQLITE_BUSY' || !opening || waited > 30_000) throw err;
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    },
    async commit() {
      core.commit(session);
    },
    async close() {
      conn.close();
    },
  };
}

function onWorker(path: string): BulkWriter {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const source = `
    const __name = (f) => f;
    const { parentPort, workerData } = require('node:worker_threads');
    const core = (${bulkCore.toString()})();
    const conn = core.open(require(workerData.driver), workerData.path, 30000);
    const session = core.newSession(conn);
    parentPort.on('message', (plan) => {
      if (plan === 'close') { conn.close(); parentPort.postMessage({ closed: true }); return; }
      try { parentPort.postMessage({ result: plan === 'commit' ? core.commit(session) : core.transact(session, plan) }); }
      catch (err) { parentPort.postMessage({ error: { message: String(err && err.message), code: err && err.code, conflict: !!(err && err.conflict) } }); }
    });`;
  // A small heap is plenty: the worker holds one part of a batch (a few thousand rows) at a time.
  // The young generation is where each part's rows live and die; at 16 MB they rarely survive into
  // the old one (8 MB cost the import bench about 12% of its speed).
  const worker = new Worker(source, {
    eval: true,
    workerData: { path, driver },
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
  });
  let pending: { resolve(v: any): void; reject(e: Error): void } | null = null;
  let dead: Error | null = null;
  worker.on('message', (m) => {
    const p = pending;
    pending = null;
    p?.resolve(m);
  });
  worker.on('error', (err) => {
    dead = err;
    pending?.reject(err);
    pending = null;
  });
  worker.on('exit', () => {
    dead ??= new Error('bulk writer thread ended');
    pending?.reject(dead);
    pending = null;
  });
  const call = (msg: unknown, transfer: ArrayBuffer[] = []) =>
    new Promise<any>((resolve, reject) => {
      if (dead) return reject(dead);
      pending = { resolve, reject };
      worker.postMessage(msg, transfer);
    });
  return {
    async batch(plan) {
      const add = plan.addForInserted;
      const reply = await call(plan, add ? ([add.keyOf.buffer, add.values.buffer] as ArrayBuffer[]) : []);
      if (reply.error) throw toError(reply.error);
      return reply.result as BulkResult;
    },
    async commit() {
      const reply = await call('commit');
      if (reply.error) throw toError(reply.error);
    },
    async close() {
      if (!dead) await call('close').catch(() => {});
      await worker.terminate();
    },
  };
}
