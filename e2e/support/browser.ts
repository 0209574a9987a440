// Debian's Chromium driven by playwright-core (RECIPES.md). Never `playwright install`.
//
//   const browser = await launchBrowser();
//   const page = await newPage(browser);            // zh-CN, Asia/Shanghai, 1280×800
//   await page.goto(server.baseUrl);
//   await shot(page, 'login');                      // e2e/artifacts/login.png
//   await browser.close();
//
// chromium.launch() gives every browser a fresh temporary profile (user-data-dir) and removes it
// on close; Playwright refuses a --user-data-dir argument to launch(), so none is passed.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { ROOT } from './server.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(ROOT, 'e2e/artifacts');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install chromium fonts-noto-cjk (or run .ci/run)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}

// Every journey fails on a Content-Security-Policy violation: Chromium reports each one in the
// console ("Refused to … because it violates the following Content Security Policy directive"),
// pages made by newPage collect them, and the check runs after each test of any file that
// imports this module.
const cspViolations: string[] = [];
afterEach(() => {
  const found = cspViolations.splice(0);
  expect(found, 'Content Security Policy violations in the browser console').toEqual([]);
});

/** A page in its own context (own cookies), zh-CN by default like the product. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(`${page.url()}: ${msg.text()}`);
  });
  return page;
}

/** Full-page screenshot to e2e/artifacts/<name>.png (git-ignored; CI keeps the folder). */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
