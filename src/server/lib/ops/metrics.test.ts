import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { beforeEach, describe, expect, it } from 'vitest';
import { countImportedRows, observeRequest, renderMetrics, resetMetrics } from './metrics.js';
import { opsServerOptions, registerOps } from './index.js';

describe('metrics text', () => {
  beforeEach(() => resetMetrics());

  it('counts a histogram cumulatively per bucket', () => {
    observeRequest('/api/x', 'GET', 200, 0.003);
    observeRequest('/api/x', 'GET', 200, 0.07);
    observeRequest('/api/x', 'GET', 200, 30);
    const text = renderMetrics([]);
    const bucket = (le: string) =>
      Number(
        new RegExp(
          `^seatwise_http_request_duration_seconds_bucket\\{method="GET",route="/api/x",status="200",le="${le}"\\} (\\d+)$`,
          'm',
        ).exec(text)![1],
      );
    expect(bucket('0.005')).toBe(1);
    expect(bucket('0.05')).toBe(1);
    expect(bucket('0.1')).toBe(2);
    expect(bucket('10')).toBe(2);
    expect(bucket('\\+Inf')).toBe(3);
    expect(text).toMatch(/^seatwise_http_request_duration_seconds_sum\{[^}]*\} 30\.073$/m);
  });

  it('gives imported rows per second over the last minute only', () => {
    countImportedRows(600, 1_000_000);
    countImportedRows(600, 1_030_000);
    const rate = (at: number) => Number(/^seatwise_import_rows_per_second (\S+)$/m.exec(renderMetrics([], at))![1]);
    expect(rate(1_031_000)).toBe(20);
    expect(rate(1_075_000)).toBe(10); // the first batch left the window
    expect(rate(1_200_000)).toBe(0);
    expect(renderMetrics([], 1_200_000)).toMatch(/^seatwise_import_rows_total 1200$/m);
  });

  it('escapes label values', () => {
    const text = renderMetrics([{ kind: 'a"b\\c', state: 'queued', count: 3 }]);
    expect(text).toContain('seatwise_jobs{kind="a\\"b\\\\c",state="queued"} 3');
  });
});

describe('structured logs', () => {
  it('writes JSON lines carrying the request id', async () => {
    const lines: any[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
        done();
      },
    });
    const options = opsServerOptions({ logLevel: 'info' });
    const app = Fastify({ ...options, logger: { ...(options.logger as object), stream } });
    await registerOps(app);
    app.get('/x', async (req) => {
      req.log.info('inside');
      return { ok: true };
    });
    const res = await app.inject({ method: 'GET', url: '/x', headers: { 'x-request-id': 'trace-7' } });
    await app.close();
    expect(res.headers['x-request-id']).toBe('trace-7');
    expect(lines.find((l) => l.msg === 'inside')).toMatchObject({ level: 30, requestId: 'trace-7' });
    expect(lines.find((l) => l.msg === 'request completed')).toMatchObject({ requestId: 'trace-7' });
  });
});

describe('METRICS_TOKEN', () => {
  it('treats an empty value as unset, refuses a short one, and takes a long one', async () => {
    const { loadConfig, metricsTokenOf } = await import('../../config.js');
    expect(loadConfig({ METRICS_TOKEN: '' }).metricsToken).toBeUndefined();
    expect(metricsTokenOf({ METRICS_TOKEN: 'short' })).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: 'a-long-enough-token' }).metricsToken).toBe('a-long-enough-token');
  });
});
