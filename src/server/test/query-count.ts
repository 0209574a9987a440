import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from '../db/connect.js';

// Counts the SQL statements a piece of work runs, on both dialects (issue 23: "no N+1"). Every
// statement Kysely runs — builder queries, raw sql`…`, inside transactions or not — goes through
// its query executor's executeQuery (or stream); the executor of a transaction is a new object of
// the same class, so the count is taken on that class's prototype. BEGIN/COMMIT go through the
// driver, not the executor, and are not counted. The count belongs to the async context that
// called `countQueries`, so a background task running meanwhile (an interval job) is not counted
// against a request; app.inject handles the request inside the caller's async context.

/** A statement as run: its SQL and parameters. */
export interface Ran {
  sql: string;
  parameters: readonly unknown[];
}
interface Tally {
  ran: Ran[];
}
const current = new AsyncLocalStorage<Tally>();
const patched = new WeakSet<object>();

function patch(db: Db) {
  const proto = Object.getPrototypeOf(db.getExecutor()) as {
    executeQuery: (q: Ran, ...rest: unknown[]) => Promise<unknown>;
    stream: (q: Ran, ...rest: unknown[]) => AsyncIterableIterator<unknown>;
  };
  if (patched.has(proto)) return;
  patched.add(proto);
  const { executeQuery, stream } = proto;
  proto.executeQuery = function (q, ...rest) {
    current.getStore()?.ran.push({ sql: q.sql, parameters: q.parameters });
    return executeQuery.call(this, q, ...rest);
  };
  proto.stream = function (q, ...rest) {
    current.getStore()?.ran.push({ sql: q.sql, parameters: q.parameters });
    return stream.call(this, q, ...rest);
  };
}

/** Runs `work` and returns its result with the SQL of each statement it ran (and the statements). */
export async function countQueries<T>(
  db: Db,
  work: () => Promise<T>,
): Promise<{ result: T; sql: string[]; ran: Ran[] }> {
  patch(db);
  const tally: Tally = { ran: [] };
  const result = await current.run(tally, work);
  return { result, sql: tally.ran.map((r) => r.sql), ran: tally.ran };
}
