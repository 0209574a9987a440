import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/connect.js';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { addPerson } from '../../test/helpers.js';
import { withDatabase } from '../../test/templates.js';
import { backupDatabase, restoreDatabase, type Target } from './backup.js';
import { findPgTool, libpqEnv } from './pg-tools.js';

// Backup and restore round trip (issue 23) on both engines: write, back up, change, restore, and
// the database is as it was at the backup: every table's row count and a few whole rows.

async function tables(db: Db, dialect: string): Promise<string[]> {
  const q =
    dialect === 'sqlite'
      ? sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`
      : sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`;
  return (await q.execute(db)).rows.map((r) => r.name);
}

async function snapshot(db: Db, dialect: string) {
  const counts: Record<string, number> = {};
  for (const t of await tables(db, dialect)) {
    counts[t] = Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(db)).rows[0].n);
  }
  const employees = await db.selectFrom('employees').selectAll().orderBy('id').limit(5).execute();
  const users = await db.selectFrom('users').select(['id', 'username', 'password_hash']).orderBy('id').execute();
  return { counts, employees, users };
}

describe.each(DIALECTS)('backup and restore on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const dir = mkdtempSync(join(tmpdir(), 'seatwise-backup-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const target = (): Target => ({
    handle: env.handle,
    url:
      dialect.name === 'sqlite'
        ? `sqlite:${env.handle.where}`
        : withDatabase(dialect.url!, env.handle.where.split('/').pop()!),
  });

  it('gives back the data of the backup after changes, and refuses to overwrite without --force', async () => {
    const db = env.handle.db;
    const hr = await env.as('hr');
    await addPerson(hr, db, { name: '备份前' }); // written through the app before the backup
    const before = await snapshot(db, dialect.name);
    expect(before.counts.employees).toBeGreaterThan(10);

    const file = join(dir, dialect.name === 'sqlite' ? 'one.db' : 'one.dump');
    const made = await backupDatabase(target(), file);
    expect(made.bytes).toBeGreaterThan(10_000);
    await expect(backupDatabase(target(), file)).rejects.toMatchObject({ errorCode: 'BACKUP_EXISTS' });

    // Changes after the backup: a new person, an edited one, a removed session.
    await addPerson(hr, db, { name: '备份后' });
    const first = before.employees[0];
    await db.updateTable('employees').set({ name: '改过的名字' }).where('id', '=', first.id).execute();
    await db.deleteFrom('sessions').execute();
    expect((await snapshot(db, dialect.name)).counts).not.toEqual(before.counts);

    await expect(restoreDatabase(target(), file)).rejects.toMatchObject({ errorCode: 'DATABASE_NOT_EMPTY' });
    expect(
      (await db.selectFrom('employees').select('name').where('id', '=', first.id).executeTakeFirstOrThrow()).name,
    ).toBe('改过的名字');

    await restoreDatabase(target(), file, { force: true });
    const after = await snapshot(db, dialect.name);
    expect(after.counts).toEqual(before.counts);
    expect(after.employees).toEqual(before.employees);
    expect(after.users).toEqual(before.users);
    expect(await db.selectFrom('employees').select('id').where('name', '=', '备份后').execute()).toEqual([]);
  });

  it('refuses a file that is not a backup and names a missing one', async () => {
    const junk = join(dir, 'junk.bin');
    writeFileSync(junk, 'not a database');
    const code = dialect.name === 'sqlite' ? 'BACKUP_UNREADABLE' : 'PG_TOOL_FAILED';
    await expect(restoreDatabase(target(), junk, { force: true })).rejects.toMatchObject({ errorCode: code });
    await expect(restoreDatabase(target(), join(dir, 'none'), { force: true })).rejects.toMatchObject({
      errorCode: 'BACKUP_NOT_FOUND',
    });
    expect(
      Number((await sql<{ n: number }>`select count(*) as n from users`.execute(env.handle.db)).rows[0].n),
    ).toBeGreaterThan(0);
  });
});

describe('PostgreSQL tools', () => {
  it('says clearly when pg_dump is missing', () => {
    expect(() => findPgTool('pg_dump', { PATH: '' }, '/nonexistent')).toThrow(
      /pg_dump was not found.*postgresql-client/,
    );
  });

  it('passes the password through the environment, never the command line', () => {
    expect(libpqEnv('postgres://ops:s%40cret@db.example:5433/seatwise?sslmode=require')).toEqual({
      PGHOST: 'db.example',
      PGPORT: '5433',
      PGDATABASE: 'seatwise',
      PGUSER: 'ops',
      PGPASSWORD: 's@cret',
      PGSSLMODE: 'require',
    });
  });
});
