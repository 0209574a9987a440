import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import type { DbHandle } from '../../db/connect.js';
import { AppError } from '../errors.js';
import { hasSchema } from './ops.repo.js';
import { runPgTool } from './pg-tools.js';

// Backup and restore of the whole database (npm run seatwise -- backup|restore FILE).
// SQLite: SQLite's online backup (better-sqlite3 db.backup): a consistent copy while the server
// runs and writes. PostgreSQL: pg_dump's custom format, restored with pg_restore --clean.
// A restore replaces the data: stop the application nodes first (their caches of sessions and
// settings would otherwise outlive the data they came from), and start them after.

export type Target = { url: string; handle: DbHandle };
export type Options = { force?: boolean };

const refuse = (code: string, message: string) => new AppError(409, code, message);

const inMemory = (handle: DbHandle) => {
  if (handle.dialect === 'sqlite' && handle.where === ':memory:')
    throw new AppError(400, 'DATABASE_IN_MEMORY', 'An in-memory SQLite database cannot be backed up or restored');
};

export async function backupDatabase({ url, handle }: Target, file: string, { force }: Options = {}) {
  inMemory(handle);
  const out = resolve(file);
  if (existsSync(out) && !force) throw refuse('BACKUP_EXISTS', `${out} exists; pass --force to overwrite it`);
  if (handle.dialect === 'sqlite') {
    const source = new SQLite(handle.where, { readonly: true, fileMustExist: true });
    try {
      await source.backup(out);
    } finally {
      source.close();
    }
  } else {
    // -Fc: compressed, and pg_restore can pick and order objects; no owners or grants, so the
    // dump restores under another role too.
    await runPgTool('pg_dump', ['-Fc', '--no-owner', '--no-acl', '-f', out], url);
  }
  return { file: out, bytes: statSync(out).size };
}

export async function restoreDatabase({ url, handle }: Target, file: string, { force }: Options = {}) {
  inMemory(handle);
  const from = resolve(file);
  if (!existsSync(from)) throw new AppError(404, 'BACKUP_NOT_FOUND', `No backup file ${from}`);
  if ((await hasSchema(handle.db)) && !force) {
    throw refuse(
      'DATABASE_NOT_EMPTY',
      `${handle.where} already holds a Seatwise database; pass --force to replace it with ${from}`,
    );
  }
  if (handle.dialect === 'sqlite') {
    const source = openSqliteBackup(from);
    try {
      // The backup API copies page by page into the target under its locks (WAL included);
      // connections left open (this CLI's) see the restored data on their next read.
      await source.backup(handle.where);
    } finally {
      source.close();
    }
  } else {
    // --clean --if-exists: drop each object of the dump first; one transaction: all or nothing.
    await runPgTool(
      'pg_restore',
      [
        '--clean',
        '--if-exists',
        '--no-owner',
        '--no-acl',
        '--single-transaction',
        '--exit-on-error',
        '-d',
        libpqDb(url),
        from,
      ],
      url,
    );
  }
  return { file: from };
}

// pg_restore needs -d (else it prints SQL instead of restoring); PGDATABASE names it, as the env says.
const libpqDb = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

/** A SQLite backup file that is whole and is a Seatwise database, or a clear refusal. */
function openSqliteBackup(file: string) {
  let db: SQLite.Database;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const ok = db.pragma('quick_check', { simple: true });
    const seatwise = db.prepare(`select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'`).get();
    if (ok !== 'ok' || !seatwise) {
      db.close();
      throw new Error(ok !== 'ok' ? String(ok) : 'no Seatwise schema in it');
    }
  } catch (err) {
    throw new AppError(400, 'BACKUP_UNREADABLE', `${file} is not a Seatwise SQLite backup: ${(err as Error).message}`);
  }
  return db;
}
