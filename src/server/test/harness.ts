import { afterAll, beforeAll, inject } from 'vitest';
import { sql } from 'kysely';
import { buildApp, type App } from '../app.js';
import type { DbHandle } from '../db/connect.js';
import { DEMO_PASSWORD } from '../demo/seed.js';
import { clearSessionCache } from '../lib/sessions.js';
import { clearSettingsCache } from '../lib/settings.js';
import { copyPostgres, copySqlite, type TemplateKind } from './templates.js';

// Integration tests run through HTTP (app.inject) on a fresh database: always SQLite, and
// PostgreSQL as well when TEST_DATABASE_URL is set. Each test file gets its own database
// (a temp file, or a database of its own on PostgreSQL) loaded with the demo call center.

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

// Each file's database is a copy of a template the run's globalSetup built (templates.ts).
async function freshDatabase(
  c: DialectCase,
  kind: TemplateKind,
): Promise<{ handle: DbHandle; cleanup: () => Promise<void> }> {
  const templates = inject('templates');
  if (!templates)
    throw new Error('no template databases: run the suite through vitest.config.ts (its globalSetup makes them)');
  if (c.name === 'sqlite') return copySqlite(templates.sqlite[kind]);
  if (!templates.postgres) throw new Error('TEST_DATABASE_URL was not set when the run started');
  return copyPostgres(c.url!, templates.postgres[kind]);
}

/** Call at the top of a describe block: builds the app on a fresh seeded database for that block. */
export function useTestEnv(c: DialectCase, opts: { seed?: boolean } = {}): TestEnv {
  const env = {} as TestEnv;
  let cleanup: () => Promise<void> = async () => {};
  beforeAll(async () => {
    clearSessionCache();
    clearSettingsCache();
    const fresh = await freshDatabase(c, opts.seed === false ? 'bare' : 'seeded');
    cleanup = fresh.cleanup;
    const app = await buildApp({
      config: { logLevel: 'silent', secureCookies: false, trustedOrigins: [] },
      handle: fresh.handle,
      serveWeb: false,
    });
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
