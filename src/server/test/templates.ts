import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type DbHandle } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { seedDemo } from '../demo/seed.js';

// Migrating from nothing and seeding the demo center took most of each test file's time. The
// suite's globalSetup (global-setup.ts) does it once per run into template databases, and each
// test file starts from a copy: a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL.
// Two templates per engine: seeded, and migrated only (for `useTestEnv(c, { seed: false })`).

export type TemplateKind = 'seeded' | 'bare';
/** Where the templates of one run are: SQLite file paths, PostgreSQL database names. */
export type Templates = { sqlite: Record<TemplateKind, string>; postgres: Record<TemplateKind, string> | null };

const KINDS: TemplateKind[] = ['seeded', 'bare'];
// Database names, unique per run and per file: several runs (and engineers) share one server.
const uniqueName = (prefix: string) => `${prefix}_${randomBytes(6).toString('hex')}`;

/** The same server as `url`, another database on it. */
export function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function onServer(url: string, statement: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

async function fill(handle: DbHandle, kind: TemplateKind) {
  try {
    await migrateToLatest(handle);
    if (kind === 'seeded') await seedDemo(handle.db);
  } finally {
    await handle.close(); // on SQLite this checkpoints the WAL into the file; on PostgreSQL a template must have no connections
  }
}

export async function makeSqliteTemplates(dir: string): Promise<Record<TemplateKind, string>> {
  const out = {} as Record<TemplateKind, string>;
  for (const kind of KINDS) {
    out[kind] = join(dir, `${kind}.db`);
    await fill(connect(`sqlite:${out[kind]}`), kind);
  }
  return out;
}

export async function makePostgresTemplates(url: string): Promise<Record<TemplateKind, string>> {
  const out = {} as Record<TemplateKind, string>;
  try {
    for (const kind of KINDS) {
      out[kind] = uniqueName(`seatwise_tpl_${kind}`);
      await onServer(url, `CREATE DATABASE ${out[kind]}`);
      await fill(connect(withDatabase(url, out[kind])), kind);
    }
  } catch (e) {
    await dropPostgresDatabases(url, Object.values(out)); // leave nothing behind on the shared server
    throw e;
  }
  return out;
}

// Not WITH (FORCE): a pool's connections may still be closing when close() resolves, and killing
// them makes pg report an error; without FORCE the server waits (up to 5 s) for them to go.
export async function dropPostgresDatabases(url: string, names: string[]) {
  for (const name of names) await onServer(url, `DROP DATABASE IF EXISTS ${name}`);
}

/** A test file's own SQLite database: a copy of the template in a temp dir. */
export function copySqlite(template: string): { handle: DbHandle; cleanup: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'seatwise-test-'));
  const file = join(dir, 'test.db');
  copyFileSync(template, file);
  const handle = connect(`sqlite:${file}`);
  return {
    handle,
    cleanup: async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A test file's own PostgreSQL database, cloned from the template and dropped afterwards. */
export async function copyPostgres(
  url: string,
  template: string,
): Promise<{ handle: DbHandle; cleanup: () => Promise<void> }> {
  const name = uniqueName('seatwise_t');
  await onServer(url, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const handle = connect(withDatabase(url, name));
  return {
    handle,
    cleanup: async () => {
      await handle.close();
      await dropPostgresDatabases(url, [name]);
    },
  };
}
