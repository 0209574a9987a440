// The calendar journey of issue 15: the last day of a year whose successor the bundled holiday data
// lacks. A public notice published that day runs into the missing year, so its end is provisional
// and HR cannot decide on it. The administrator sees the warning on the home page, opens the
// calendar page, imports next year's file (New Year's Day off), reads the preview, confirms, and
// the notice's end moves past the holiday and becomes final — on the case page the provisional tag
// is gone and the timeline says why the date moved. The server's clock stands on 31 December of
// the year before the first year chinese-days lacks, whatever day the journey runs.
// Screenshots: e2e/artifacts/calendar-*.png.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODAL_ANIMATION_MS } from './support/antd.js';
import { launchBrowser, newPage, shot } from './support/browser.js';
import { clockAt } from './support/clock.js';
import { apiGet, signInUi } from './support/journey.js';
import { signIn, startServer, type RunningServer } from './support/server.js';

type Notice = { endsOn: string; provisionalYear: number | null; state: string };
type CaseSummary = { id: string; status: string; notice: Notice | null };

/** The first year after the bundled data (the package's own file, as the server seeds from it). */
function firstMissingYear(): number {
  const file = createRequire(import.meta.url).resolve('chinese-days/dist/chinese-days.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { holidays: Record<string, string> };
  return Math.max(...Object.keys(data.holidays).map((d) => Number(d.slice(0, 4)))) + 1;
}

describe('calendar journey: a provisional notice becomes final when the administrator imports the year', () => {
  const year = firstMissingYear();
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let caseId = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'seatwise-e2e-cal-'));
    // 10:00 in the center on 31 December: the demo's notice goes up today and runs into `year`.
    server = await startServer(clockAt(dir, `${year - 1}-12-31T02:00:00Z`));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the notice counted into the missing year as provisional, and HR cannot decide on it', async () => {
    const training = await signIn(server.baseUrl, 'training');
    // The demo's notice that goes up today (the home page's demo adds one that has already ended).
    const cases = (
      await apiGet<CaseSummary[]>(server.baseUrl, training, '/api/elimination/cases?status=notice')
    ).filter((c) => c.notice?.provisionalYear === year);
    expect(cases).toHaveLength(1);
    caseId = cases[0].id;

    const page = await newPage(browser);
    await signInUi(page, server.baseUrl, 'hr');
    await page.goto(`${server.baseUrl}/evaluation/cases/${caseId}`);
    await page.getByTestId('case-notice-provisional').waitFor();
    expect(await page.getByTestId('case-waiting-calendar').innerText()).toContain(String(year));
    await shot(page, 'calendar-notice-provisional');
    await page.close();
  });

  it('warns the administrator on the home page, imports the year with a preview, and the notice becomes final', async () => {
    const page = await newPage(browser);
    await signInUi(page, server.baseUrl, 'admin');
    const alert = page.getByTestId('calendar-next-year-alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(String(year));
    await shot(page, 'calendar-home-warning');
    await page.getByTestId('calendar-next-year-link').click();
    await page.waitForURL(new RegExp(`/calendar\\?year=${year}`));

    const file = join(dir, `${year}-节假日.csv`);
    writeFileSync(file, `\uFEFF日期,类型,名称\r\n${year}-01-01,休,元旦\r\n${year}-01-02,休,元旦\r\n`, 'utf8');
    await page.getByTestId('calendar-import').click();
    await page.getByTestId('calendar-import-upload').waitFor();
    await page.locator('[data-testid=calendar-import-upload] input[type=file]').setInputFiles(file);
    await page.getByTestId('calendar-import-preview').waitFor();
    expect(await page.getByTestId('calendar-import-count-add').innerText()).toContain('2');
    expect(await page.getByTestId('calendar-import-days').innerText()).toContain(`${year}-01-01`);
    await page.getByTestId('calendar-import-reason').fill(`国务院办公厅关于${year}年部分节假日安排的通知`);
    const confirm = page.getByTestId('calendar-import-confirm-year');
    if (!(await confirm.isChecked())) await confirm.check();
    await shot(page, 'calendar-import-preview');
    await page.getByTestId('calendar-import-submit').click();
    await page.getByTestId('calendar-import-upload').waitFor({ state: 'detached' });
    await page.waitForTimeout(MODAL_ANIMATION_MS);
    await shot(page, 'calendar-year-imported');
    await page.close();

    const hr = await signIn(server.baseUrl, 'hr');
    const c = await apiGet<{ notice: Notice; steps: { kind: string }[] }>(
      server.baseUrl,
      hr,
      `/api/elimination/cases/${caseId}`,
    );
    expect(c.notice.provisionalYear).toBeNull();
    expect(c.notice.endsOn > `${year}-01-02`).toBe(true);
    expect(c.steps.map((s) => s.kind)).toContain('notice_recounted');

    const hrPage = await newPage(browser);
    await signInUi(hrPage, server.baseUrl, 'hr');
    await hrPage.goto(`${server.baseUrl}/evaluation/cases/${caseId}`);
    await hrPage.locator('[data-testid=case-step][data-kind=notice_recounted]').first().waitFor();
    expect(await hrPage.getByTestId('case-notice-provisional').count()).toBe(0);
    expect(await hrPage.getByTestId('case-notice').first().innerText()).toContain(c.notice.endsOn);
    await shot(hrPage, 'calendar-notice-final');
    await hrPage.close();
  });

  it('HR answers an appeal and, upholding it, closes the case (HR has the final say)', async () => {
    const appellant = await signIn(server.baseUrl, 'training'); // anyone who can see the case may appeal
    const res = await fetch(`${server.baseUrl}/api/elimination/cases/${caseId}/appeals`, {
      method: 'POST',
      headers: {
        cookie: appellant.cookie,
        'content-type': 'application/json',
        'x-csrf-token': appellant.csrfToken ?? '',
      },
      body: JSON.stringify({ reason: '两次测验当天学员均在医院就诊，附病历' }),
    });
    expect(res.status).toBe(200);
    const page = await newPage(browser);
    await signInUi(page, server.baseUrl, 'hr');
    await page.goto(`${server.baseUrl}/evaluation/cases/${caseId}`);
    await page.getByTestId('appeal-answer').click();
    await page.waitForTimeout(MODAL_ANIMATION_MS);
    await page.getByTestId('answer-who-decides').waitFor();
    await page.getByTestId('answer-upheld').click();
    await page.getByTestId('answer-text').fill('人力资源核实病历属实，申诉成立，撤销淘汰，学员继续培训。');
    await page.getByTestId('answer-form-submit').click();
    await page.locator('[data-testid=case-page][data-status=withdrawn]').waitFor();
    await shot(page, 'calendar-hr-upholds-appeal');
    await page.close();
  });
});
