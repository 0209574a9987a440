import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enqueue } from '../../lib/jobs.js';
import { countImportedRows } from '../../lib/ops/index.js';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { expectError } from '../../test/helpers.js';

// Operations endpoints (issue 23): readiness, metrics and request ids, through HTTP on both engines.

const TOKEN = 'scrape-token-0123456789';

describe.each(DIALECTS)('operations endpoints on $name', (dialect) => {
  const env = useTestEnv(dialect);
  afterEach(() => vi.unstubAllEnvs());

  it('is ready on a migrated database, without signing in', async () => {
    const res = await env.anonymous.get('/api/ready');
    expect(res.status, res.raw).toBe(200);
    expect(res.body.data.migrations).toBeGreaterThan(40);
  });

  it('is not ready (503) while a schema step is missing, and ready again once it is back', async () => {
    const db = env.handle.db;
    const { rows } = await sql<{
      name: string;
      timestamp: string;
    }>`select name, timestamp from kysely_migration order by name desc limit 1`.execute(db);
    const last = rows[0];
    await sql`delete from kysely_migration where name = ${last.name}`.execute(db);
    try {
      const res = await env.anonymous.get('/api/ready');
      expectError(res, 503, 'MIGRATIONS_PENDING');
      expect(res.body.errorMessage).toContain(last.name);
    } finally {
      await sql`insert into kysely_migration (name, timestamp) values (${last.name}, ${last.timestamp})`.execute(db);
    }
    expect((await env.anonymous.get('/api/ready')).status).toBe(200);
  });

  it('gives every answer a request id, keeps a sane incoming one and replaces a forged one', async () => {
    const fresh = await env.anonymous.get('/api/health');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const again = await env.anonymous.get('/api/health');
    expect(again.headers['x-request-id']).not.toBe(fresh.headers['x-request-id']);

    const kept = await env.anonymous.raw({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'lb-42.abc' },
    });
    expect(kept.headers['x-request-id']).toBe('lb-42.abc');
    const refused = await env.anonymous.raw({
      method: 'GET',
      url: '/api/auth/me',
      headers: { 'x-request-id': 'lb-43' },
    });
    expect(refused.status).toBe(401);
    expect(refused.headers['x-request-id']).toBe('lb-43');

    const forged = await env.anonymous.raw({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'x" level=fatal msg="forged' },
    });
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets only an administrator read the metrics when no token is set', async () => {
    vi.stubEnv('METRICS_TOKEN', '');
    expectError(await env.anonymous.get('/api/metrics'), 401, 'UNAUTHORIZED');
    expectError(await (await env.as('hr')).get('/api/metrics'), 403, 'FORBIDDEN');
    const res = await (await env.as('admin')).get('/api/metrics');
    expect(res.status, res.raw).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('wants the bearer token, and only it, when METRICS_TOKEN is set', async () => {
    vi.stubEnv('METRICS_TOKEN', TOKEN);
    const bearer = (token: string) =>
      env.anonymous.raw({ method: 'GET', url: '/api/metrics', headers: { authorization: `Bearer ${token}` } });
    expect((await bearer(TOKEN)).status).toBe(200);
    expectError(await bearer(`${TOKEN}x`), 401, 'UNAUTHORIZED');
    expectError(await env.anonymous.get('/api/metrics'), 401, 'UNAUTHORIZED');
    expectError(await (await env.as('admin')).get('/api/metrics'), 401, 'UNAUTHORIZED');
  });

  it('reports request latency by route pattern and status, job queue depth and imported rows', async () => {
    vi.stubEnv('METRICS_TOKEN', TOKEN);
    const admin = await env.as('admin');
    const someone = (await admin.get('/api/employees?pageSize=1')).body.data[0].id;
    expect((await admin.get(`/api/employees/${someone}`)).status).toBe(200);
    expect((await admin.get('/api/employees/no-such-person')).status).toBe(404);
    await enqueue(env.handle.db, 'ops.test-kind', {});
    await enqueue(env.handle.db, 'ops.test-kind', {});
    countImportedRows(120);

    const res = await env.anonymous.raw({
      method: 'GET',
      url: '/api/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const text = res.raw;
    const sample = (name: string, labels: string) =>
      Number(new RegExp(`^${name}\\{${labels}\\} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
    const route = 'method="GET",route="/api/employees/:id"';
    expect(sample('seatwise_http_request_duration_seconds_count', `${route},status="200"`)).toBeGreaterThanOrEqual(1);
    expect(sample('seatwise_http_request_duration_seconds_count', `${route},status="404"`)).toBeGreaterThanOrEqual(1);
    expect(sample('seatwise_http_request_duration_seconds_bucket', `${route},status="200",le="\\+Inf"`)).toBe(
      sample('seatwise_http_request_duration_seconds_count', `${route},status="200"`),
    );
    expect(text).not.toContain(someone); // ids never become series
    expect(sample('seatwise_jobs', 'kind="ops.test-kind",state="queued"')).toBe(2);
    expect(sample('seatwise_import_rows_total', '')).toBeNaN(); // no labels: written without braces
    expect(text).toMatch(/^seatwise_import_rows_total \d+$/m);
    expect(Number(/^seatwise_import_rows_total (\d+)$/m.exec(text)![1])).toBeGreaterThanOrEqual(120);
    expect(text).toMatch(/^# TYPE seatwise_http_request_duration_seconds histogram$/m);
  });
});
