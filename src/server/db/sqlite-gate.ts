import {
  CompiledQuery,
  SelectQueryNode,
  SqliteDialect,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

// A bulk writer (portable-sqlite.ts) keeps its write transaction open while the main thread
// checks the batch's next part. A write from the app's own connection meanwhile would wait for
// SQLite's lock synchronously (busy_timeout), blocking the event loop — and with it the next
// part, so the lock would not be let go until the wait failed ("database is locked"). Instead,
// the app's writes wait here, without blocking, while a bulk transaction on the same file is
// open; its transactions take the write lock at BEGIN, so a bulk writer that starts meanwhile
// waits for them on its own thread rather than the other way round.

/** A wait this long means something holds the gate by mistake: the write goes on and busy_timeout decides. */
const MAX_WAIT_MS = 60_000;

export class WriteGate {
  private holders = 0;
  private waiters: (() => void)[] = [];

  get held() {
    return this.holders > 0;
  }

  hold() {
    this.holders++;
  }

  release() {
    if (this.holders === 0 || --this.holders > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Resolves when the gate opens (callers check `held` again: it may have closed since) or after ms. */
  private opened(ms: number) {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Runs `work` synchronously right after the gate was seen open, so nothing can close it in between. */
  async pass<T>(work: () => T | Promise<T>): Promise<T> {
    // machine time: how long a writer waits for the lock
    const until = Date.now() + MAX_WAIT_MS;
    while (this.held && Date.now() < until) await this.opened(until - Date.now()); // machine time: the wait left
    return work();
  }
}

const gates = new Map<string, WriteGate>();

/** The gate of one database file (its absolute path). */
export function writeGate(path: string): WriteGate {
  let gate = gates.get(path);
  if (!gate) gates.set(path, (gate = new WriteGate()));
  return gate;
}

const READS = /^\s*(select|pragma|explain)\b/i;
const isRead = (q: CompiledQuery) => SelectQueryNode.is(q.query) || READS.test(q.sql);

/** Kysely's SQLite dialect, with the app's writes passing through the file's gate. */
export class GatedSqliteDialect extends SqliteDialect {
  constructor(
    config: ConstructorParameters<typeof SqliteDialect>[0],
    private readonly gate: WriteGate,
  ) {
    super(config);
  }

  override createDriver(): Driver {
    return new GatedDriver(super.createDriver(), this.gate);
  }
}

class GatedDriver implements Driver {
  /** Statements inside a transaction are not held up: the transaction holds the write lock already. */
  private inTransaction = false;

  constructor(
    private readonly inner: Driver,
    private readonly gate: WriteGate,
  ) {}

  init() {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const conn = await this.inner.acquireConnection();
    return {
      executeQuery: <R>(q: CompiledQuery): Promise<QueryResult<R>> =>
        this.inTransaction || isRead(q) ? conn.executeQuery<R>(q) : this.gate.pass(() => conn.executeQuery<R>(q)),
      streamQuery: <R>(q: CompiledQuery, chunkSize?: number) => conn.streamQuery<R>(q, chunkSize),
    };
  }

  async beginTransaction(conn: DatabaseConnection, _settings: TransactionSettings) {
    await this.gate.pass(() => conn.executeQuery(CompiledQuery.raw('begin immediate')));
    this.inTransaction = true;
  }

  async commitTransaction(conn: DatabaseConnection) {
    try {
      await this.inner.commitTransaction(conn);
    } finally {
      this.inTransaction = false;
    }
  }

  async rollbackTransaction(conn: DatabaseConnection) {
    try {
      await this.inner.rollbackTransaction(conn);
    } finally {
      this.inTransaction = false;
    }
  }

  savepoint: Driver['savepoint'] = (conn, name, compile) => this.inner.savepoint!(conn, name, compile);
  rollbackToSavepoint: Driver['rollbackToSavepoint'] = (conn, name, compile) =>
    this.inner.rollbackToSavepoint!(conn, name, compile);
  releaseSavepoint: Driver['releaseSavepoint'] = (conn, name, compile) =>
    this.inner.releaseSavepoint!(conn, name, compile);

  releaseConnection(conn: DatabaseConnection) {
    return this.inner.releaseConnection(conn);
  }

  destroy() {
    return this.inner.destroy();
  }
}
