import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import type { DialectName } from './portable.js';
import { GatedSqliteDialect, writeGate } from './sqlite-gate.js';

export type Db = Kysely<Database>;

export interface DbHandle {
  db: Db;
  dialect: DialectName;
  /** For logs and health: a path for SQLite, host/database for PostgreSQL (never a password). */
  where: string;
  close(): Promise<void>;
  /** PostgreSQL only: the pool under Kysely, for COPY in the bulk loader (portable.ts). */
  pgPool?: pg.Pool;
}

export function connect(url: string): DbHandle {
  if (url.startsWith('sqlite:')) return connectSqlite(url.slice('sqlite:'.length));
  if (/^postgres(ql)?:\/\//.test(url)) return connectPostgres(url);
  throw new Error(`DATABASE_URL must be sqlite:PATH or postgres://…, got ${url.split(':')[0]}:…`);
}

function connectSqlite(path: string): DbHandle {
  const memory = path === ':memory:' || path === '';
  const file = memory ? ':memory:' : resolve(path);
  if (!memory) mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Planner statistics (issue 23): without them SQLite guesses, and picked full scans for hot
  // queries. The 0x10002 form is SQLite's advice for a newly opened connection: analyse only the
  // tables that need it, with a row limit so a big database opens as fast as a small one.
  sqlite.pragma('optimize = 0x10002');
  const db = new Kysely<Database>({
    dialect: new GatedSqliteDialect({ database: withStatementCache(sqlite) }, writeGate(file)),
  });
  return { db, dialect: 'sqlite', where: file, close: () => db.destroy() };
}

/**
 * Fresh planner statistics after a bulk change (an import, a backfill): `PRAGMA optimize` on
 * SQLite (it re-analyses only the tables whose size moved a lot), `ANALYZE` of the given tables on
 * PostgreSQL (autovacuum would get there, but minutes later). Cheap enough to call after each import.
 */
export async function refreshPlannerStats(handle: DbHandle, tables: string[]): Promise<void> {
  if (handle.dialect === 'sqlite') {
    await sql`PRAGMA optimize`.execute(handle.db);
    return;
  }
  for (const table of tables) {
    if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`not a table name: ${table}`);
    await sql.raw(`ANALYZE ${table}`).execute(handle.db);
  }
}

// Kysely's SQLite driver prepares every query anew; compiling the same SQL again costs more than
// running it for small lookups. Reuse a prepared statement unless it is busy (being iterated).
const STATEMENT_CACHE_SIZE = 500;
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  return new Proxy(sqlite, {
    get(target, prop) {
      if (prop !== 'prepare') {
        const value = Reflect.get(target, prop);
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return (source: string) => {
        const hit = cache.get(source);
        if (hit && !hit.busy) return hit;
        const stmt = prepare(source);
        if (!hit) {
          if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
          cache.set(source, stmt);
        }
        return stmt;
      };
    },
  });
}

function connectPostgres(url: string): DbHandle {
  // Dates and timestamps are text columns, and counts should come back as numbers, not strings.
  pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
  pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const u = new URL(url);
  return {
    db,
    dialect: 'postgres',
    where: `${u.hostname}:${u.port || 5432}${u.pathname}`,
    close: () => db.destroy(),
    pgPool: pool,
  };
}
