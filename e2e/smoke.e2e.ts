// Smoke journey: the built server serves the built web app and its sign-in page renders.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, shot } from './support/browser.js';
import { signInUi } from './support/journey.js';
import { startServer, type RunningServer } from './support/server.js';

describe('smoke', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens the sign-in page', async () => {
    const page = await newPage(browser);
    const res = await page.goto(server.baseUrl);
    await page.waitForLoadState('networkidle');
    await shot(page, 'smoke-login'); // before the checks, so a failure leaves a picture too
    expect(res?.status(), 'GET / (is dist/web built?)').toBe(200);
    expect(await page.title()).toContain('Seatwise');
  });

  // The CSP (lib/security-headers.ts) must not break a page: newPage fails the test on any
  // violation Chromium reports. These pages use Ant Design's injected styles, ECharts and the docs.
  it('opens pages under the Content Security Policy without a violation', async () => {
    const page = await newPage(browser);
    const res = await page.goto(server.baseUrl);
    expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await signInUi(page, server.baseUrl, 'admin');
    for (const path of ['/people', '/users', '/settings', '/audit', '/calendar', '/interactions/teams', '/quality']) {
      await page.goto(`${server.baseUrl}${path}`);
      await page.waitForLoadState('networkidle');
    }
    await page.goto(`${server.baseUrl}/api/docs/`);
    await page.locator('.swagger-ui .opblock').first().waitFor();
    await shot(page, 'smoke-api-docs');
  });
});
