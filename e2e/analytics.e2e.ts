// The training-proof journey of issue 22, in the Chinese UI: the training manager opens 留存分析,
// filters to one program, groups by trainer and compares the two largest trainers (curves and the
// log-rank test), opens the people behind a figure, then downloads the monthly report as .xlsx and
// finds its tables in it. The demo holds two years of hiring cohorts with exits, so every figure
// here comes from the demo's own records through the rollups.
// One server (fresh demo database), one browser; each `it` builds on the one before.
// Screenshots go to e2e/artifacts/analytics-*.png.
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickOption } from './support/antd.js';
import { launchBrowser, newPage, shot } from './support/browser.js';
import { apiGet, signInUi } from './support/journey.js';
import { signIn, startServer, type RunningServer } from './support/server.js';

interface Option {
  key: string;
  label: string | null;
  n: number;
}
interface Group {
  key: string;
  label: string | null;
  n: number;
}

const isGet = (path: string) => (r: { url(): string; request(): { method(): string } }) =>
  r.request().method() === 'GET' && new URL(r.url()).pathname === path;

describe('training proof journey: retention of a program, two trainers compared, the report downloaded', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let program: Option;
  let trainers: Group[];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const training = await signIn(server.baseUrl, 'training');
    const options = await apiGet<{ program: Option[] }>(server.baseUrl, training, '/api/analytics/retention/options');
    program = [...options.program].sort((a, b) => b.n - a.n)[0];
    const overview = await apiGet<{ groups: Group[] }>(
      server.baseUrl,
      training,
      `/api/analytics/retention?by=trainer&programId=${encodeURIComponent(program.key)}`,
    );
    trainers = overview.groups.filter((g) => g.label).sort((a, b) => b.n - a.n);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the demo has a program taught by at least two trainers', () => {
    expect(program?.label).toBeTruthy();
    expect(trainers.length).toBeGreaterThanOrEqual(2);
  });

  it('the training manager opens retention and sees the curves and the table', async () => {
    page = await newPage(browser);
    await signInUi(page, server.baseUrl, 'training');
    const loaded = page.waitForResponse(isGet('/api/analytics/retention'));
    await page.goto(`${server.baseUrl}/analytics/retention`);
    expect((await loaded).status()).toBe(200);
    await expect
      .poll(() => page.getByTestId('retention-table').locator('tbody tr.ant-table-row').count())
      .toBeGreaterThan(3);
    await expect.poll(() => page.getByTestId('retention-summary').textContent()).toMatch(/12 个月/);
    await shot(page, 'analytics-retention');
  });

  it('filters to one program and groups by trainer', async () => {
    const filtered = page.waitForResponse(
      (r) => isGet('/api/analytics/retention')(r) && new URL(r.url()).searchParams.get('programId') === program.key,
    );
    await pickOption(page, page.getByTestId('retention-filter-program'), program.label!);
    expect((await filtered).status()).toBe(200);
    const grouped = page.waitForResponse(
      (r) => isGet('/api/analytics/retention')(r) && new URL(r.url()).searchParams.get('by') === 'trainer',
    );
    await pickOption(page, page.getByTestId('retention-group-by'), '讲师');
    expect((await grouped).status()).toBe(200);
    for (const tr of trainers.slice(0, 2))
      await expect.poll(() => page.getByTestId('retention-table').textContent()).toContain(tr.label!);
  });

  it('compares the two largest trainers: both curves and the log-rank test', async () => {
    const [a, b] = trainers;
    await pickOption(page, page.getByTestId('retention-compare-a'), `${a.label} (n=${a.n})`);
    await pickOption(page, page.getByTestId('retention-compare-b'), `${b.label} (n=${b.n})`);
    const compared = page.waitForResponse(isGet('/api/analytics/retention/compare'));
    await page.getByTestId('retention-compare-run').click();
    const body = (await (await compared).json()) as { data: { logRank: { p: number }; a: Group; b: Group } };
    expect(body.data.a.n).toBe(a.n);
    expect(body.data.b.n).toBe(b.n);
    expect(body.data.logRank.p).toBeGreaterThanOrEqual(0);
    expect(body.data.logRank.p).toBeLessThanOrEqual(1);
    const result = page.getByTestId('retention-compare-result');
    await expect.poll(() => result.textContent()).toMatch(/log-rank/i);
    await expect.poll(() => result.textContent()).toContain(a.label!);
    await result.scrollIntoViewIfNeeded();
    await shot(page, 'analytics-compare');
  });

  it('opens the people behind a figure', async () => {
    const people = page.waitForResponse(isGet('/api/analytics/retention/people'));
    await page.getByTestId('retention-table').locator('tbody tr.ant-table-row a').first().click();
    expect((await people).status()).toBe(200);
    const drawer = page.getByTestId('retention-people-drawer');
    await expect.poll(() => drawer.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    await shot(page, 'analytics-people');
    await page.keyboard.press('Escape');
  });

  it('downloads the monthly report and finds its tables in the workbook', async () => {
    const loaded = page.waitForResponse(isGet('/api/analytics/report'));
    await page.goto(`${server.baseUrl}/analytics/report`);
    expect((await loaded).status()).toBe(200);
    await expect.poll(() => page.getByTestId('report-retention').isVisible()).toBe(true);
    await shot(page, 'analytics-report');
    const download = page.waitForEvent('download');
    await page.getByTestId('report-download').click();
    const file = await (await download).path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file!);
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(4);
    const retention = wb.worksheets.find((ws) => ws.name.includes('留存'));
    expect(retention, wb.worksheets.map((ws) => ws.name).join(', ')).toBeTruthy();
    expect(retention!.rowCount).toBeGreaterThan(2);
  });
});
