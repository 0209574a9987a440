import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp, type App } from '../app.js';
import { connect, type DbHandle } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { DEMO_PASSWORD, seedDemo } from '../demo/seed.js';
import { clearSessionCache } from '../lib/sessions.js';
import { clearSettingsCache } from '../lib/settings.js';

// Integration tests run through HTTP (app.inject) on a fresh database: always SQLite, and
// PostgreSQL as well when TEST_DATABASE_URL is set. Each test file gets its own database
// (a temp file, or a fresh schema on PostgreSQL) loaded with the demo call center.

export type DialectCase = { name: 'sqlite' | 'postgres'; url: string | null };

export const DIALECTS: DialectCase[] = [
  { name: 'sqlite', url: 'sqlite' },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'postgres' as const, url: process.env.TEST_DATABASE_URL }] : []),
];

export interface TestEnv {
  app: App;
  handle: DbHandle;
  /** Signs in a demo user (password Seatwise2026) and returns a client that carries the cookie and CSRF token. */
  as(username: string, password?: string): Promise<Client>;
  anonymous: Client;
}

export interface Res<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
  raw: string;
}

export interface Client {
  get<T = any>(url: string): Promise<Res<T>>;
  post<T = any>(url: string, body?: unknown): Promise<Res<T>>;
  patch<T = any>(url: string, body?: unknown): Promise<Res<T>>;
  put<T = any>(url: string, body?: unknown): Promise<Res<T>>;
  delete<T = any>(url: string): Promise<Res<T>>;
  /** Any request, for multipart uploads and malformed bodies. */
  raw<T = any>(opts: { method: string; url: string; payload?: any; headers?: Record<string, string> }): Promise<Res<T>>;
  me: any;
}

function makeClient(app: App, cookie: string | null, csrf: string | null, me: any): Client {
  const send = async (opts: { method: string; url: string; payload?: any; headers?: Record<string, string> }) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (cookie) headers.cookie = cookie;
    if (csrf && opts.method !== 'GET') headers['x-csrf-token'] ??= csrf;
    const res = await app.inject({ method: opts.method as any, url: opts.url, payload: opts.payload, headers });
    let body: any = res.body;
    try {
      body = res.json();
    } catch {
      /* not JSON: a file */
    }
    return { status: res.statusCode, body, headers: res.headers as Record<string, unknown>, raw: res.body };
  };
  const json = (method: string) => (url: string, body?: unknown) =>
    send({ method, url, payload: body === undefined ? undefined : (body as any) });
  return {
    get: (url) => send({ method: 'GET', url }),
    post: json('POST'),
    patch: json('PATCH'),
    put: json('PUT'),
    delete: (url) => send({ method: 'DELETE', url }),
    raw: send,
    me,
  };
}

async function freshDatabase(c: DialectCase): Promise<{ handle: DbHandle; cleanup: () => Promise<void> }> {
  if (c.name === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'seatwise-test-'));
    const handle = connect(`sqlite:${join(dir, 'test.db')}`);
    return { handle, cleanup: async () => { await handle.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  // One schema per test file keeps files independent while they share a server.
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: c.url! });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const u = new URL(c.url!);
  u.searchParams.set('options', `-c search_path=${schema}`);
  const handle = connect(u.toString());
  return {
    handle,
    cleanup: async () => {
      await handle.close();
      const a = new pg.Client({ connectionString: c.url! });
      await a.connect();
      await a.query(`DROP SCHEMA ${schema} CASCADE`);
      await a.end();
    },
  };
}

/** Call at the top of a describe block: builds the app on a fresh seeded database for that block. */
export function useTestEnv(c: DialectCase, opts: { seed?: boolean } = {}): TestEnv {
  const env = {} as TestEnv;
  let cleanup: () => Promise<void> = async () => {};
  beforeAll(async () => {
    clearSessionCache();
    clearSettingsCache();
    const fresh = await freshDatabase(c);
    cleanup = fresh.cleanup;
    await migrateToLatest(fresh.handle);
    if (opts.seed !== false) await seedDemo(fresh.handle.db);
    const app = await buildApp({ config: { logLevel: 'silent', secureCookies: false, trustedOrigins: [] }, handle: fresh.handle, serveWeb: false });
    await app.ready();
    env.app = app;
    env.handle = fresh.handle;
    env.anonymous = makeClient(app, null, null, null);
    env.as = async (username: string, password = DEMO_PASSWORD) => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const setCookie = res.headers['set-cookie'];
      const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)!.split(';')[0];
      const me = res.json().data;
      return makeClient(app, cookie, me.csrfToken, me);
    };
  }, 60_000);
  afterAll(async () => {
    await env.app?.close();
    await cleanup();
  });
  return env;
}

export { sql };
