import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../app.js';
import { DIALECTS, useTestEnv } from '../test/harness.js';

// Every response carries the security headers; API answers are never stored. The web app's own
// pages are checked in Chromium for CSP violations by the browser journeys (e2e/support/browser.ts).

const directives = (csp: unknown) =>
  new Map(
    String(csp)
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
  );

describe.each(DIALECTS)('security headers on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let web: App;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'seatwise-web-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>Seatwise</title><script type="module" src="/assets/app.js"></script>',
    );
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

  it("sends a strict CSP, nosniff and no framing with the web app's HTML, on / and on a client-side route", async () => {
    for (const url of ['/', '/people/employees']) {
      const res = await web.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      const csp = directives(res.headers['content-security-policy']);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]); // no inline script, no eval
      expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]); // Ant Design's <style> elements
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.has('upgrade-insecure-requests')).toBe(false);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['strict-transport-security']).toBeUndefined(); // plain HTTP: no HSTS
    }
  });

  it('sends the same headers and Cache-Control: no-store with API answers, errors included', async () => {
    const hr = await env.as('hr');
    for (const res of [
      await hr.get('/api/employees'),
      await env.anonymous.get('/api/auth/me'),
      await env.anonymous.get('/api/no-such-thing'),
    ]) {
      expect(res.headers['cache-control']).toBe('no-store');
      expect(directives(res.headers['content-security-policy']).get('frame-ancestors')).toEqual(["'none'"]);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('gives the API docs the same policy', async () => {
    const res = await env.anonymous.get('/api/docs/');
    expect(res.status).toBe(200);
    const csp = directives(res.headers['content-security-policy']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
