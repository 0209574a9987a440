import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, inject, it } from 'vitest';

// The operator's commands themselves (npm run seatwise -- backup|restore), on a SQLite copy of the
// seeded template; backup.test.ts covers both engines through the same functions.

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../../..');
const seatwise = (url: string, ...args: string[]) =>
  run(join(ROOT, 'node_modules/.bin/tsx'), ['src/server/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
  }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );
const renamed = (file: string) => {
  const db = new SQLite(file, { readonly: true });
  try {
    return (db.prepare(`select count(*) as n from employees where name = '改名'`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('seatwise backup and restore commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seatwise-backup-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('backs up, refuses to overwrite, and restores only with --force', async () => {
    const live = join(dir, 'live.db');
    copyFileSync(inject('templates')!.sqlite.seeded, live);
    const url = `sqlite:${live}`;
    const file = join(dir, 'backup.db');

    const made = await seatwise(url, 'backup', file);
    expect(made.code, made.out).toBe(0);
    expect(made.out).toMatch(/backed up sqlite/);
    expect(await seatwise(url, 'backup', file)).toMatchObject({ code: 1, out: expect.stringMatching(/BACKUP_EXISTS/) });

    const db = new SQLite(live);
    db.prepare(`update employees set name = '改名'`).run();
    db.close();
    expect(renamed(live)).toBeGreaterThan(10);

    expect(await seatwise(url, 'restore', file)).toMatchObject({
      code: 1,
      out: expect.stringMatching(/DATABASE_NOT_EMPTY/),
    });
    const restored = await seatwise(url, 'restore', file, '--force');
    expect(restored.code, restored.out).toBe(0);
    expect(renamed(live)).toBe(0);

    expect(await seatwise(url, 'restore')).toMatchObject({
      code: 2,
      out: expect.stringMatching(/restore needs one FILE/),
    });
  }, 120_000); // five tsx start-ups on a busy machine
});
