// The chain of issue 18, its first link, in the Chinese UI: "a dispute upheld before the freeze
// raises the grade". The server's clock stands on Tuesday 10 November 2026, so the demo's own cycle
// holds October and November's cycle is HR's to open. A QA evaluator scores a side-by-side session
// of the demo agent on 9 November with 合规用语 failed (the whole evaluation 0); HR opens November's
// cycle on the demo plan — the agent's draft sheet takes the 0 in its QA average. The agent
// disputes the item in the quality pages, the team lead upholds it (改判 是); the draft sheet of the
// open cycle shows the higher QA score, total and grade at once. HR then freezes the data and takes
// the cycle to the HR final step: the payroll export carries the raised grade. (After the freeze
// only an appraisal appeal changes a sheet: e2e/appraisal.e2e.ts.)
// One server (fresh demo database), one browser; each `it` builds on the one before.
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODAL_ANIMATION_MS, pickOption } from './support/antd.js';
import { launchBrowser, newPage, shot } from './support/browser.js';
import { clockAt } from './support/clock.js';
import { apiGet, signInUi } from './support/journey.js';
import { signIn, startServer, type RunningServer } from './support/server.js';

type Session = Awaited<ReturnType<typeof signIn>>;
interface Sheet {
  id: string;
  total: number | null;
  grade: string | null;
  status: string;
  items: { code: string; value: number | null; points: number | null }[];
}

const GRADES = ['S', 'A', 'B', 'C', 'D'];
const RUN = Date.now().toString(36);
const DISPUTE_REASON = `录音中未使用承诺性用语，请复核（${RUN}）`;
const DECISION_REASON = '复听录音，坐席未承诺收益，合规用语改判为是。';
const INBOUND_GOOD = {
  greeting: 1,
  tone: 5,
  verify: 1,
  privacy: 1,
  needs: 5,
  accuracy: 10,
  system: 5,
  compliant: 0,
  confirm: 1,
  closing: 1,
};
const qaOf = (s: Sheet) => s.items.find((i) => i.code === 'qa')!;

describe('appraisal chain: a QA dispute upheld before the freeze raises the draft grade; payroll carries it', () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let hr: Session;
  let agentId = '';
  let employeeNo = '';
  let evaluationId = '';
  let cycleId = '';
  let sheetId = '';
  let before: Sheet;
  let after: Sheet;
  let agentPage: Page;

  const call = async <T = unknown>(s: Session, method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { cookie: s.cookie, 'content-type': 'application/json', 'x-csrf-token': s.csrfToken ?? '' },
      body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
    });
    const text = await res.text();
    expect(res.status, `${method} ${path}: ${text}`).toBe(200);
    return (JSON.parse(text) as { data: T }).data;
  };
  const sheet = () => apiGet<Sheet>(server.baseUrl, hr, `/api/appraisal/sheets/${sheetId}`);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'seatwise-e2e-chain-'));
    server = await startServer(clockAt(dir, '2026-11-10T02:00:00Z'));
    browser = await launchBrowser();
    hr = await signIn(server.baseUrl, 'hr');
    const me = await apiGet<{ employeeId: string }>(
      server.baseUrl,
      await signIn(server.baseUrl, 'agent'),
      '/api/auth/me',
    );
    agentId = me.employeeId;
    const person = await apiGet<{ employeeNo: string; teamId: string }>(
      server.baseUrl,
      hr,
      `/api/employees/${agentId}`,
    );
    employeeNo = person.employeeNo;

    // QA scores a side-by-side session of the agent on the demo's inbound form: 合规用语 failed.
    const qa = await signIn(server.baseUrl, 'qa');
    const forms = await apiGet<{ id: string; kind: string; publishedVersion: number | null }[]>(
      server.baseUrl,
      qa,
      '/api/quality/forms',
    );
    const form = forms.find((f) => f.kind === 'inbound' && f.publishedVersion !== null)!;
    const answers = Object.fromEntries(
      Object.entries(INBOUND_GOOD).map(([k, v]) => [
        k,
        k === 'compliant' ? { value: v, comment: '使用了承诺性用语' } : { value: v },
      ]),
    );
    evaluationId = (
      await call<{ id: string }>(qa, 'POST', '/api/quality/evaluations', {
        formId: form.id,
        method: 'side_by_side',
        agentId,
        day: '2026-11-09',
        answers,
        suggestion: { kind: 'retraining', note: '合规用语复训' },
      })
    ).id;

    // HR opens November's cycle on the demo plan (the cycle pages have their own journey).
    const plans = await apiGet<{ id: string; publishedVersionId: string | null }[]>(
      server.baseUrl,
      hr,
      '/api/appraisal/plans',
    );
    let versionId = '';
    for (const p of plans.filter((x) => x.publishedVersionId)) {
      const d = await apiGet<{ versions: { id: string; content: { teams: { teamId: string }[] } }[] }>(
        server.baseUrl,
        hr,
        `/api/appraisal/plans/${p.id}`,
      );
      const v = d.versions.find((x) => x.id === p.publishedVersionId);
      if (v?.content.teams.some((t) => t.teamId === person.teamId)) versionId = v.id;
    }
    expect(versionId, 'the demo plan covers the agent’s team').toBeTruthy();
    cycleId = (
      await call<{ id: string }>(hr, 'POST', '/api/appraisal/cycles', {
        planVersionId: versionId,
        periodStart: '2026-11-01',
      })
    ).id;
    const rows = await apiGet<{ id: string }[]>(
      server.baseUrl,
      hr,
      `/api/appraisal/sheets?cycleId=${cycleId}&employeeId=${agentId}`,
    );
    sheetId = rows[0]!.id;
    before = await sheet();
    expect(before.status).toBe('draft');
    expect(GRADES).toContain(before.grade);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the agent disputes the failed 合规用语 item of the evaluation', async () => {
    agentPage = await newPage(browser);
    const page = agentPage;
    await signInUi(page, server.baseUrl, 'agent');
    await page.goto(`${server.baseUrl}/quality/evaluations/${evaluationId}`);
    await page.getByTestId('feedback-panel').waitFor();
    await page.getByTestId('dispute-open').click();
    await page.waitForTimeout(MODAL_ANIMATION_MS);
    const dialog = page.getByTestId('open-dispute');
    await dialog.getByTestId('dispute-reason').fill(DISPUTE_REASON);
    const item = dialog.getByTestId('dispute-item').first();
    await pickOption(page, item.getByTestId('dispute-item-key'), '合规用语');
    await pickOption(page, item.getByTestId('dispute-proposed'), '是');
    await item.getByPlaceholder('该项理由').fill('录音第2分钟为标准话术');
    const opened = page.waitForResponse(
      (r) =>
        r.request().method() === 'POST' &&
        /\/api\/quality\/evaluations\/[^/]+\/disputes?$/.test(new URL(r.url()).pathname),
    );
    await page.getByTestId('open-dispute-submit').click();
    expect((await opened).status()).toBe(200);
    await page.getByTestId('dispute-outcome').waitFor();
    // Nothing decided yet: the draft sheet still holds the 0.
    expect((await sheet()).total).toBe(before.total);
  });

  it('the team lead upholds it; the open cycle’s draft sheet shows the higher QA score and grade', async () => {
    const page = await newPage(browser);
    await signInUi(page, server.baseUrl, 'teamlead');
    await page.getByTestId('menu-quality-disputes').click();
    const row = page.locator('[data-testid=dispute-list] .ant-table-row').filter({ hasText: DISPUTE_REASON });
    await row.waitFor();
    await row.getByRole('link').first().click();
    await page.getByTestId('dispute-decision').waitFor();
    const item = page.getByTestId('decision-item').first();
    await item.getByText('改判', { exact: true }).click();
    await pickOption(page, item.getByTestId('decision-value'), '是');
    await item.getByPlaceholder('复核理由').fill(DECISION_REASON);
    await page.getByTestId('decision-note').fill('申诉成立。');
    await page.getByTestId('decision-submit').click();
    await page.getByTestId('dispute-result').waitFor();
    await page.context().close();

    // The agent's sheet of the open cycle, in the browser: QA points, total and grade went up.
    await agentPage.goto(`${server.baseUrl}/appraisal/sheets/${sheetId}`);
    const sheetPage = agentPage.getByTestId('sheet-page');
    await sheetPage.waitFor();
    after = await sheet();
    expect(qaOf(after).value!).toBeGreaterThan(qaOf(before).value!);
    expect(after.status).toBe('draft');
    await expect
      .poll(() => agentPage.getByTestId('item-qa').getAttribute('data-points'))
      .toBe(String(qaOf(after).points));
    expect(Number(await sheetPage.getAttribute('data-total'))).toBeGreaterThan(before.total!);
    const grade = (await sheetPage.getAttribute('data-grade')) ?? '';
    expect(GRADES.indexOf(grade), `grade ${before.grade} → ${grade}`).toBeLessThan(GRADES.indexOf(before.grade!));
    expect(grade).toBe(after.grade);
    await shot(agentPage, 'appraisal-chain-sheet-after-dispute');
  });

  it('HR freezes the data and takes the cycle to the final step: the payroll carries the raised grade', async () => {
    for (const to of ['frozen', 'review', 'confirmation', 'appeal', 'final']) {
      const c = await apiGet<{ version: number }>(server.baseUrl, hr, `/api/appraisal/cycles/${cycleId}`);
      await call(hr, 'POST', `/api/appraisal/cycles/${cycleId}/advance`, {
        to,
        version: c.version,
        note: `E2E：${to}`,
      });
    }
    const frozen = await sheet();
    expect(frozen).toMatchObject({ total: after.total, grade: after.grade });
    const res = await fetch(`${server.baseUrl}/api/appraisal/cycles/${cycleId}/payroll.xlsx?locale=zh-CN`, {
      headers: { cookie: hr.cookie },
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const rows: string[][] = [];
    book.worksheets[0]!.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    const mine = rows.find((r) => r.includes(employeeNo));
    expect(mine, `the payroll has a row for ${employeeNo}`).toBeTruthy();
    // The demo plan has no forced distribution: the grade fixed at final is the score band's.
    expect(mine).toContain(after.grade);
  });
});
