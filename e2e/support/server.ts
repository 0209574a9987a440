// Starts the BUILT Seatwise server (dist/server/server/main.js) as a child process on a free
// port of 127.0.0.1, by default on a fresh temporary SQLite database loaded with the demo call
// center. Used by the browser journeys (e2e/*.e2e.ts) and by scripts/bench/api.ts.
//
//   const server = await startServer();          // { baseUrl, stop() }
//   ... fetch(`${server.baseUrl}/api/health`) ...
//   await server.stop();
//
// A child that is still running when this process exits is killed (SIGKILL), so a failed test
// never leaves a server behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER_ENTRY = join(ROOT, 'dist/server/server/main.js');

export interface StartOptions {
  /** DATABASE_URL; default: sqlite: on a fresh file in a new temporary folder (removed on stop). */
  databaseUrl?: string;
  /** LOG_LEVEL of the server (default 'warn', as in production). */
  logLevel?: string;
  /** Extra environment for the child. */
  env?: Record<string, string>;
  /** Extra node flags, e.g. ['--cpu-prof', '--cpu-prof-dir=/tmp/prof']. */
  nodeArgs?: string[];
  /** How long to wait for GET /api/health to answer (default 60 s). */
  startTimeoutMs?: number;
  /** Echo the child's output to this process's stderr (default: only when it fails to start). */
  echo?: boolean;
}

export interface RunningServer {
  baseUrl: string;
  port: number;
  pid: number;
  databaseUrl: string;
  /** Everything the child printed so far. */
  output(): string;
  /** SIGTERM (graceful, writes --cpu-prof files), SIGKILL after 5 s; removes the temp folder. */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const child of running) child.kill('SIGKILL');
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

/** A port nobody listens on right now (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(`${SERVER_ENTRY} is missing: run \`npm run build\` first`);
  }
  installExitHook();
  const tmp = opts.databaseUrl ? null : mkdtempSync(join(tmpdir(), 'seatwise-srv-'));
  const databaseUrl = opts.databaseUrl ?? `sqlite:${join(tmp!, 'e2e.db')}`;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), SERVER_ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      // Every journey runs a demo server: the demo loads into an empty database, and a restart on
      // it (the demo password still in use) is allowed because the demo was asked for.
      SEATWISE_DEMO: '1',
      // Production mode sets Secure cookies by default; the journeys speak plain HTTP to 127.0.0.1.
      SECURE_COOKIES: 'false',
      LOG_LEVEL: opts.logLevel ?? 'warn',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  const collect = (chunk: Buffer) => {
    const s = chunk.toString();
    out = (out + s).slice(-200_000);
    if (opts.echo) process.stderr.write(s);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  let exited: number | string | null = null;
  const exitPromise = new Promise<void>((res) => {
    child.once('exit', (code, signal) => {
      exited = code ?? signal ?? 'unknown';
      running.delete(child);
      res();
    });
  });

  const cleanupTmp = () => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  };
  const stop = async () => {
    if (exited === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exitPromise;
      clearTimeout(timer);
    }
    cleanupTmp();
  };

  const deadline = Date.now() + (opts.startTimeoutMs ?? 60_000);
  for (;;) {
    if (exited !== null) {
      cleanupTmp();
      throw new Error(`Seatwise server exited (${exited}) before it was ready:\n${out}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Seatwise server did not answer ${baseUrl}/api/health in time:\n${out}`);
    }
    await sleep(100);
  }

  return { baseUrl, port, pid: child.pid!, databaseUrl, output: () => out, stop };
}

/** Sign in through the API and return the Cookie header value (sw_session=…) and CSRF token. */
export async function signIn(baseUrl: string, username: string, password = 'Seatwise2026') {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${username} answered ${res.status}: ${await res.text()}`);
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('sw_session='));
  if (!setCookie) throw new Error(`sign-in as ${username} set no sw_session cookie`);
  const body = (await res.json()) as { data?: { csrfToken?: string } };
  return { cookie: setCookie.split(';')[0]!, csrfToken: body.data?.csrfToken ?? null };
}
