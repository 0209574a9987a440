// The appraisal journey of issue 18, in the Chinese UI: HR opens a monthly cycle on a published
// plan that covers the demo agent's team and freezes its data; the agent's team lead (`teamlead`)
// marks the lead assessment at review — 0, "handovers not done" — with a comment; the agent finds
// the sheet under 我的绩效, follows an item's evidence link, and appeals the lead's mark; the lead
// reviews the appeal, HR upholds it in writing with the mark corrected to the cap; the sheet's total
// and grade go up and the agent confirms the sheet; HR takes the cycle to the HR final step and
// downloads the payroll (.xlsx) with the agent's row at the new grade.
// One server (fresh demo database), one browser; each `it` builds on the one before.
// Screenshots go to e2e/artifacts/appraisal-*.png.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, MODAL_ANIMATION_MS, typeInto } from './support/antd.js';
import { launchBrowser, newPage, shot } from './support/browser.js';
import { apiGet, signInUi } from './support/journey.js';
import { signIn, startServer, type RunningServer } from './support/server.js';

type Session = Awaited<ReturnType<typeof signIn>>;
interface Me {
  employeeId: string | null;
}
interface Person {
  id: string;
  name: string;
  employeeNo: string;
  teamId: string;
}
interface PlanSummary {
  id: string;
  publishedVersionId: string | null;
}
interface PlanDetail {
  id: string;
  name: string;
  revision: number;
  publishedVersionId: string | null;
  versions: { id: string; status: string; content: { teams: { teamId: string }[] } }[];
}
interface Sheet {
  id: string;
  total: number | null;
  grade: string | null;
  items: { code: string; rule: { kind: string; max?: number } }[];
}

const RUN = Date.now().toString(36);
const PLAN = `E2E月度绩效方案-${RUN}`;
const GRADES = ['S', 'A', 'B', 'C', 'D'];
const LEAD_COMMENT = '本月服务态度良好，交接班记录多次缺失。';
const APPEAL_REASON = `交接班记录已按要求填写在共享表中，请核对（${RUN}）`;
const REVIEW_COMMENT = '核对共享表属实，之前漏看，建议支持';
const DECISION_REASON = '经核对交接班记录齐全，班组长评价更正为满分。';

/** This month (as the server's clock reads it): the demo's own cycle on the plan holds last month,
 *  and a plan runs one cycle per period. */
function periodMonth(): string {
  return new Date().toISOString().slice(0, 7);
}

/** The <input> of an antd InputNumber, wherever the test id landed. */
async function inputOf(el: Locator): Promise<Locator> {
  return (await el.evaluate((n) => n.tagName)) === 'INPUT' ? el : el.locator('input').first();
}

describe('appraisal journey: cycle, freeze, lead review, agent appeal, HR upholds, grade up, payroll', () => {
  let server: RunningServer;
  let browser: Browser;
  let agent: Person;
  let hr: Session;
  let planVersionId = '';
  let planName = PLAN;
  let cycleId = '';
  let sheetId = '';
  let appealId = '';
  let gradeBefore = '';
  let leadMax = 0;
  let hrPage: Page;
  let leadPage: Page;
  let agentPage: Page;

  const call = async <T = unknown>(s: Session, method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { cookie: s.cookie, 'content-type': 'application/json', 'x-csrf-token': s.csrfToken ?? '' },
      body: JSON.stringify(body ?? {}),
    });
    const text = await res.text();
    expect(res.status, `${method} ${path}: ${text}`).toBe(200);
    return (JSON.parse(text) as { data: T }).data;
  };

  /** Move the cycle on one step from its page, as HR. */
  async function advance(to: string) {
    await hrPage.goto(`${server.baseUrl}/appraisal/cycles/${cycleId}`);
    const button = hrPage.getByTestId('cycle-advance');
    await expect.poll(() => button.getAttribute('data-to')).toBe(to);
    await button.click();
    await hrPage.waitForTimeout(MODAL_ANIMATION_MS);
    await hrPage.getByTestId('cycle-advance-note').fill(`E2E：进入${to}`);
    await hrPage.getByTestId('cycle-advance-form-submit').click();
    await expect.poll(() => hrPage.getByTestId('cycle-page').getAttribute('data-step')).toBe(to);
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    hr = await signIn(server.baseUrl, 'hr');
    const me = await apiGet<Me>(server.baseUrl, await signIn(server.baseUrl, 'agent'), '/api/auth/me');
    expect(me.employeeId, 'the demo agent is linked to a person').toBeTruthy();
    agent = await apiGet<Person>(server.baseUrl, hr, `/api/employees/${me.employeeId}`);
    // A plan covers each team once: use the demo's published plan for the agent's team if there is
    // one, else HR sets one up from the defaults (the plans pages have their own journey).
    for (const p of await apiGet<PlanSummary[]>(server.baseUrl, hr, '/api/appraisal/plans')) {
      if (!p.publishedVersionId) continue;
      const detail = await apiGet<PlanDetail>(server.baseUrl, hr, `/api/appraisal/plans/${p.id}`);
      const published = detail.versions.find((v) => v.id === p.publishedVersionId);
      if (published?.content.teams.some((x) => x.teamId === agent.teamId)) {
        planVersionId = p.publishedVersionId;
        planName = detail.name;
      }
    }
    if (!planVersionId) {
      const { content } = await apiGet<{ content: Record<string, unknown> }>(
        server.baseUrl,
        hr,
        '/api/appraisal/plans/defaults',
      );
      const created = await call<PlanDetail>(hr, 'POST', '/api/appraisal/plans', {
        name: PLAN,
        content: {
          ...content,
          name: PLAN,
          cycleKind: 'monthly',
          teams: [{ teamId: agent.teamId, positionType: 'inbound' }],
        },
      });
      const published = await call<PlanDetail>(hr, 'POST', `/api/appraisal/plans/${created.id}/publish`, {
        revision: created.revision,
      });
      planVersionId = published.publishedVersionId!;
    }
    hrPage = await newPage(browser);
    leadPage = await newPage(browser);
    agentPage = await newPage(browser);
    await signInUi(hrPage, server.baseUrl, 'hr');
    await signInUi(leadPage, server.baseUrl, 'teamlead');
    await signInUi(agentPage, server.baseUrl, 'agent');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('HR opens a cycle on the published plan and freezes its data', async () => {
    await hrPage.goto(`${server.baseUrl}/appraisal/cycles`);
    await hrPage.getByTestId('cycle-new').click();
    await hrPage.waitForTimeout(MODAL_ANIMATION_MS);
    await choose(hrPage, 'cycle-create-plan', planName);
    await typeInto(hrPage, hrPage.getByTestId('cycle-create-period'), periodMonth());
    await hrPage.getByTestId('cycle-create-submit').click();
    await hrPage.getByTestId('cycle-page').waitFor();
    cycleId = new URL(hrPage.url()).pathname.split('/').pop()!;
    expect(await hrPage.getByTestId('cycle-page').getAttribute('data-step')).toBe('open');
    await expect.poll(() => hrPage.getByTestId('sheet-row').count()).toBeGreaterThan(0);
    await shot(hrPage, 'appraisal-cycle-open');

    await advance('frozen');
    const hrName = (await apiGet<{ name: string }>(server.baseUrl, hr, '/api/auth/me')).name;
    await expect.poll(() => hrPage.getByTestId('cycle-step-frozen').innerText()).toContain(hrName);
    await advance('review');
    await shot(hrPage, 'appraisal-cycle-review');
  });

  it('the team lead marks the lead assessment and comments at review', async () => {
    await leadPage.goto(`${server.baseUrl}/appraisal/cycles/${cycleId}`);
    await leadPage.locator(`[data-testid=sheet-row][data-employee-id="${agent.id}"]`).click();
    await leadPage.getByTestId('sheet-page').waitFor();
    sheetId = new URL(leadPage.url()).pathname.split('/').pop()!;
    const sheet = await apiGet<Sheet>(server.baseUrl, hr, `/api/appraisal/sheets/${sheetId}`);
    leadMax = sheet.items.find((i) => i.code === 'lead_assessment')?.rule.max ?? 0;
    expect(leadMax, 'the plan has a lead assessment with a cap').toBeGreaterThan(0);

    await leadPage.getByTestId('enter-lead_assessment').click();
    await leadPage.waitForTimeout(MODAL_ANIMATION_MS);
    await (await inputOf(leadPage.getByTestId('manual-item-value'))).fill('0');
    await leadPage.getByTestId('manual-item-comment').fill('交接班记录缺失');
    await leadPage.getByTestId('manual-item-submit').click();
    await expect.poll(() => leadPage.getByTestId('item-lead_assessment').getAttribute('data-points')).toBe('0');
    await leadPage.getByTestId('sheet-comment-input').fill(LEAD_COMMENT);
    await leadPage.getByTestId('sheet-comment-save').click();
    await expect.poll(() => leadPage.getByTestId('sheet-comment').innerText()).toContain(LEAD_COMMENT);
    await shot(leadPage, 'appraisal-sheet-review');
  });

  it('the agent reads the sheet with its evidence and appeals the lead assessment', async () => {
    await advance('confirmation');
    await agentPage.goto(`${server.baseUrl}/appraisal/my`);
    // The demo's cycle of last month is listed too.
    await agentPage.locator('[data-testid=my-sheet-row]', { hasText: periodMonth() }).click();
    await agentPage.getByTestId('sheet-page').waitFor();
    expect(new URL(agentPage.url()).pathname).toBe(`/appraisal/sheets/${sheetId}`);
    gradeBefore = (await agentPage.getByTestId('sheet-page').getAttribute('data-grade')) ?? '';
    expect(GRADES).toContain(gradeBefore);
    await expect.poll(() => agentPage.getByTestId('sheet-comment').innerText()).toContain(LEAD_COMMENT);
    await expect.poll(() => agentPage.getByTestId('formula-lead_assessment').innerText()).toContain(String(leadMax));
    await shot(agentPage, 'appraisal-sheet-agent');
    // Two clicks from a grade to the call: an interaction KPI's evidence opens the agent's calls of
    // the period (each with its recording). The demo's calls follow the day it was loaded, so a
    // period without any leaves the KPIs N/A and nothing to follow.
    const calls = agentPage.locator('a[data-kind=interactions]').first();
    if (await calls.count()) {
      await calls.click();
      await agentPage.waitForURL((u) => u.pathname === `/interactions/agents/${agent.id}`);
      expect(new URL(agentPage.url()).searchParams.get('from')).toBe(`${periodMonth()}-01`);
      await expect.poll(() => agentPage.locator('.ant-table-row').count()).toBeGreaterThan(0);
      await agentPage.goBack();
      await agentPage.getByTestId('sheet-page').waitFor();
    }

    await agentPage.getByTestId('appeal-lead_assessment').click();
    await agentPage.waitForTimeout(MODAL_ANIMATION_MS);
    await agentPage.getByTestId('appeal-create-reason').fill(APPEAL_REASON);
    await (await inputOf(agentPage.getByTestId('appeal-create-value'))).fill(String(leadMax));
    await agentPage.getByTestId('appeal-create-submit').click();
    await agentPage.getByTestId('appeal-link-lead_assessment').waitFor();
    appealId =
      new URL(
        (await agentPage.getByTestId('appeal-link-lead_assessment').getAttribute('href'))!,
        server.baseUrl,
      ).searchParams.get('appeal') ?? '';
    expect(appealId).toBeTruthy();
    await expect
      .poll(() => agentPage.locator('[data-testid=sheet-appeal]').first().getAttribute('data-status'))
      .toBe('open');
  });

  it('the lead reviews the appeal and HR upholds it in writing', async () => {
    await leadPage.goto(`${server.baseUrl}/appraisal/appeals?status=open`);
    // The demo's appeal of the agent (last month's cycle) is open too: take this one.
    await leadPage.locator(`[data-testid=appeal-row][data-appeal-id="${appealId}"]`).click();
    await leadPage.getByTestId('appeal-review-form').waitFor();
    await expect.poll(() => leadPage.getByTestId('appeal-detail').innerText()).toContain(APPEAL_REASON);
    await leadPage.getByTestId('appeal-review-recommendation').getByText('建议支持').click();
    await leadPage.getByTestId('appeal-review-comment').fill(REVIEW_COMMENT);
    await leadPage.getByTestId('appeal-review-submit').click();
    await expect.poll(() => leadPage.getByTestId('appeal-detail').getAttribute('data-status')).toBe('reviewed');

    await hrPage.goto(`${server.baseUrl}/appraisal/appeals?status=reviewed`);
    await hrPage.locator(`[data-testid=appeal-row][data-appeal-id="${appealId}"]`).click();
    await hrPage.getByTestId('appeal-decision-form').waitFor();
    await expect.poll(() => hrPage.getByTestId('appeal-review').innerText()).toContain(REVIEW_COMMENT);
    await hrPage.getByTestId('appeal-decision-choice').getByText('申诉成立').click();
    const value = await inputOf(hrPage.getByTestId('appeal-decision-value'));
    await expect.poll(() => value.inputValue()).toBe(String(leadMax)); // prefilled from the claim
    await hrPage.getByTestId('appeal-decision-reason').fill(DECISION_REASON);
    await hrPage.getByTestId('appeal-decision-submit').click();
    await expect.poll(() => hrPage.getByTestId('appeal-detail').getAttribute('data-status')).toBe('upheld');
    await expect.poll(() => hrPage.getByTestId('appeal-decision').innerText()).toContain(DECISION_REASON);
    await shot(hrPage, 'appraisal-appeal-upheld');
  });

  it("the agent's total and grade go up, with the written decision on the sheet; the agent confirms", async () => {
    await agentPage.goto(`${server.baseUrl}/appraisal/sheets/${sheetId}`);
    await expect.poll(() => agentPage.getByTestId('item-lead_assessment').getAttribute('data-points')).toBe('100');
    const after = (await agentPage.getByTestId('sheet-page').getAttribute('data-grade')) ?? '';
    expect(GRADES.indexOf(after), `grade ${gradeBefore} → ${after}`).toBeLessThan(GRADES.indexOf(gradeBefore));
    await expect.poll(() => agentPage.getByTestId('sheet-appeal-decision').innerText()).toContain(DECISION_REASON);
    await shot(agentPage, 'appraisal-sheet-after-appeal');
    await agentPage.getByTestId('sheet-confirm').click();
    await expect.poll(() => agentPage.getByTestId('sheet-status').getAttribute('data-status')).toBe('confirmed');
  });

  it('HR takes the cycle to the final step and downloads the payroll with the new grade', async () => {
    await advance('appeal');
    await advance('final');
    await hrPage.getByTestId('cycle-tab-distribution').click();
    await hrPage.getByTestId('distribution-center-chart').waitFor();
    await shot(hrPage, 'appraisal-distribution');
    await hrPage.getByTestId('cycle-tab-bonus').click();
    await hrPage.getByTestId('bonus-panel').waitFor();
    await shot(hrPage, 'appraisal-bonus');
    const [download] = await Promise.all([hrPage.waitForEvent('download'), hrPage.getByTestId('bonus-export').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const rows: string[][] = [];
    book.worksheets[0]!.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    const mine = rows.find((r) => r.includes(agent.employeeNo));
    expect(mine, `the payroll has a row for ${agent.employeeNo}`).toBeTruthy();
    const sheet = await apiGet<Sheet>(server.baseUrl, hr, `/api/appraisal/sheets/${sheetId}`);
    expect(mine).toContain(sheet.grade);
  });
});
