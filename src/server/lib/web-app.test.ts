import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../app.js';
import { DIALECTS, useTestEnv } from '../test/harness.js';
import { IMMUTABLE, REVALIDATE } from './web-app.js';

// The built web app as the server hands it out: precompressed files by the browser's
// Accept-Encoding, hashed assets cached for a year, index.html and the client-side routes
// revalidated, the API's 404 unchanged. A tiny web root stands in for dist/web.

const html = '<!doctype html><title>Seatwise</title><script type="module" src="/assets/app-abc123.js"></script>';
const js = `export const answer = ${JSON.stringify('x'.repeat(2000))};\n`;
// The compressed copies differ from a fresh compression of the plain file only if someone
// served the wrong one; tagging them makes a mix-up visible.
const jsBr = `${js}// br\n`;
const jsGz = `${js}// gz\n`;

describe.each(DIALECTS)('web app serving on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let web: App;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'seatwise-webapp-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, 'index.html.br'), brotliCompressSync(html));
    writeFileSync(join(dir, 'index.html.gz'), gzipSync(html));
    writeFileSync(join(dir, 'assets/app-abc123.js'), js);
    writeFileSync(join(dir, 'assets/app-abc123.js.br'), brotliCompressSync(jsBr));
    writeFileSync(join(dir, 'assets/app-abc123.js.gz'), gzipSync(jsGz));
    writeFileSync(join(dir, 'assets/small-def456.css'), 'body{margin:0}');
    web = await buildApp({
      config: { logLevel: 'silent', secureCookies: false, trustedOrigins: [] },
      handle: env.handle,
      serveWeb: true,
      webRoot: dir,
    });
    await web.ready();
  });
  afterAll(async () => {
    await web?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    web.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('serves the brotli file to a browser that takes br, with its type, a year of caching and Vary', async () => {
    const res = await get('/assets/app-abc123.js', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(jsBr);
  });

  it('serves the gzip file to a browser that takes only gzip, and the plain file to one that takes neither', async () => {
    const gz = await get('/assets/app-abc123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(jsGz);
    expect(gz.headers['cache-control']).toBe(IMMUTABLE);

    const plain = await get('/assets/app-abc123.js');
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(js);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('serves an asset that has no compressed copy as it is', async () => {
    const res = await get('/assets/small-def456.css', 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe('body{margin:0}');
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('sends index.html at / and at a client-side route never cached without asking, compressed when it can', async () => {
    for (const url of ['/', '/index.html', '/people/42', '/quality/evaluations?x=1']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.headers['cache-control'], url).toBe(REVALIDATE);
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(html);
    }
    const plain = await get('/people/42');
    expect(plain.body).toBe(html);
    expect(plain.headers['cache-control']).toBe(REVALIDATE);
  });

  it('answers a missing hashed asset with 404, not index.html', async () => {
    const res = await get('/assets/gone-000000.js', 'br');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).not.toMatch(/text\/html/);
  });

  it('keeps the API 404 as the app without the web answers it: the one error shape, for GET and POST', async () => {
    const admin = await env.as('admin');
    const login = await web.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'Seatwise2026' },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const csrf = login.json().data.csrfToken as string;
    for (const method of ['GET', 'POST'] as const) {
      const url = '/api/no-such-thing';
      const res = await web.inject({
        method,
        url,
        headers: { cookie, 'x-csrf-token': csrf, 'accept-encoding': 'br', 'content-type': 'application/json' },
        payload: method === 'POST' ? '{}' : undefined,
      });
      const bare = method === 'GET' ? await admin.get(url) : await admin.post(url, {});
      expect(res.statusCode, method).toBe(404);
      expect(bare.status, method).toBe(404);
      expect(res.json(), method).toEqual(bare.body);
      expect(res.json().errorCode, method).toBe('NOT_FOUND');
      expect(res.headers['cache-control'], method).toBe('no-store');
    }
    // Signed out, the API still asks for a session first rather than serving index.html.
    const anon = await get('/api/no-such-thing', 'br');
    expect(anon.statusCode).toBe(401);
    expect(anon.headers['content-type']).toMatch(/json/);
  });

  it('still answers the API itself', async () => {
    const res = await get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/json/);
  });
});
