import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { AppError } from '../errors.js';

// pg_dump and pg_restore: from PATH, else the newest Debian/Ubuntu install under
// /usr/lib/postgresql/<version>/bin (where they live when only the server package is installed).

const DEBIAN_ROOT = '/usr/lib/postgresql';

export function findPgTool(
  name: 'pg_dump' | 'pg_restore',
  env: NodeJS.ProcessEnv = process.env,
  root = DEBIAN_ROOT,
): string {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    if (existsSync(join(dir, name))) return join(dir, name);
  }
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const v of versions) {
    const bin = join(root, v, 'bin', name);
    if (existsSync(bin)) return bin;
  }
  throw new AppError(
    500,
    'PG_TOOL_MISSING',
    `${name} was not found on PATH nor under ${root}/*/bin; install the PostgreSQL client (e.g. apt-get install postgresql-client-15, the server's major version or newer)`,
  );
}

/** libpq settings for a postgres:// URL. The password goes in PGPASSWORD, never on the command line (ps shows it). */
export function libpqEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  const out: NodeJS.ProcessEnv = {
    PGHOST: decodeURIComponent(u.hostname) || 'localhost',
    PGPORT: u.port || '5432',
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
  };
  if (u.username) out.PGUSER = decodeURIComponent(u.username);
  if (u.password) out.PGPASSWORD = decodeURIComponent(u.password);
  const sslmode = u.searchParams.get('sslmode');
  if (sslmode) out.PGSSLMODE = sslmode;
  return out;
}

/** Runs a PostgreSQL tool; rejects with its own error output when it fails. */
export function runPgTool(name: 'pg_dump' | 'pg_restore', args: string[], url: string): Promise<void> {
  const bin = findPgTool(name);
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env: { ...process.env, ...libpqEnv(url) }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new AppError(500, 'PG_TOOL_FAILED', `${name} failed (exit ${code}): ${stderr.trim().slice(0, 2000)}`)),
    );
  });
}
