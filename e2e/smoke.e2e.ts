// Smoke journey: the built server serves the built web app and its sign-in page renders.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, shot } from './support/browser.js';
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
});
