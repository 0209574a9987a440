// The appraisal plan journey of issue 18 item 1, in the Chinese UI: HR makes a plan from the
// defaults, sees the total weight go red and the rule named when a weight is off, picks a team
// that the demo's published plan already holds and is told so on publishing, picks a free team
// instead and publishes version 1; an edit after that is a new draft version 2 while version 1
// stays published. An agent may read the plan but not change it, and has no menu entry for it.
// One server (fresh demo database), one browser; each `it` builds on the one before.
// Screenshots go to e2e/artifacts/appraisal-plans-*.png.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, isPath } from './support/antd.js';
import { launchBrowser, newPage, shot } from './support/browser.js';
import { apiGet, signInUi } from './support/journey.js';
import { signIn, startServer, type RunningServer } from './support/server.js';

interface PlanDetail {
  id: string;
  publishedVersion: number | null;
  draftVersion: number | null;
  versions: { number: number; status: string; content: { appealWorkingDays: number; teams: { teamId: string }[] } }[];
}

const PLAN = `质检室月度方案-${Date.now().toString(36)}`;

/** The <input> of an antd InputNumber, wherever the test id landed. */
async function inputOf(el: Locator): Promise<Locator> {
  return (await el.evaluate((n) => n.tagName)) === 'INPUT' ? el : el.locator('input').first();
}
async function setNumber(page: Page, testId: string, value: number) {
  const input = await inputOf(page.getByTestId(testId));
  await input.fill(String(value));
  await input.blur();
}

describe('appraisal plan journey: defaults, live checks, one plan per team, publish, new draft', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let planId = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await newPage(browser);
    await signInUi(page, server.baseUrl, 'hr');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('makes a plan from the defaults: every set adds up to 100', async () => {
    await page.getByTestId('menu-appraisal-plans').click();
    await page.getByTestId('plan-list').waitFor();
    await page.getByTestId('plan-new').click();
    await page.getByTestId('plan-name-new').fill(PLAN);
    const made = page.waitForResponse(isPath('/api/appraisal/plans', 'POST'));
    await page.getByTestId('plan-create').click();
    planId = (await (await made).json()).data.id;
    await page.getByTestId('plan-valid').waitFor();
    expect(await page.getByTestId('kpi-inbound-total').getAttribute('data-total')).toBe('100');
    expect(await page.getByTestId('plan-draft').innerText()).toContain('草稿第 1 版');
  });

  it('shows the total weight and the broken rule live, and will not save until it adds up', async () => {
    await setNumber(page, 'kpi-inbound-0-weight', 35);
    await expect.poll(() => page.getByTestId('kpi-inbound-total').getAttribute('data-total')).toBe('105');
    expect(await page.getByTestId('plan-problems').innerText()).toContain('指标权重合计为 105，须正好为 100');
    expect(await page.getByTestId('plan-save').isDisabled()).toBe(true);
    expect(await page.getByTestId('plan-publish').isDisabled()).toBe(true);
    await shot(page, 'appraisal-plans-weights-off');
    await setNumber(page, 'kpi-inbound-0-weight', 30);
    await page.getByTestId('plan-valid').waitFor();
  });

  it("refuses a team the demo's published plan holds, then publishes with a free team", async () => {
    await page.getByTestId('scope-add').click();
    await choose(page, 'scope-0-team', '零售业务一组');
    await page.getByTestId('plan-publish').click();
    const refused = page.waitForResponse(isPath(`/api/appraisal/plans/${planId}/publish`, 'POST'));
    await page.getByTestId('plan-publish-confirm').click();
    expect((await refused).status()).toBe(409);
    await page.getByText('该团队已在已发布的考核方案“坐席月度绩效考核方案”中').first().waitFor();

    await choose(page, 'scope-0-team', '质检组');
    await page.getByTestId('plan-publish').click();
    const published = page.waitForResponse(isPath(`/api/appraisal/plans/${planId}/publish`, 'POST'));
    await page.getByTestId('plan-publish-confirm').click();
    expect((await published).status()).toBe(200);
    await expect.poll(() => page.getByTestId('plan-published').innerText()).toContain('已发布第 1 版');
    await shot(page, 'appraisal-plans-published');
  });

  it('makes an edit of the published plan a new draft version; version 1 stays as published', async () => {
    await setNumber(page, 'plan-appeal-days', 5);
    const saved = page.waitForResponse(isPath(`/api/appraisal/plans/${planId}/draft`, 'PUT'));
    await page.getByTestId('plan-save').click();
    expect((await saved).status()).toBe(200);
    await expect.poll(() => page.getByTestId('plan-draft').innerText()).toContain('草稿第 2 版');
    await page.getByTestId('plan-history').click();
    const versions = page.getByTestId('plan-versions');
    await expect.poll(() => versions.innerText()).toContain('已发布');
    expect(await versions.innerText()).toContain('草稿');
    await shot(page, 'appraisal-plans-versions');

    const hr = await signIn(server.baseUrl, 'hr');
    const plan = await apiGet<PlanDetail>(server.baseUrl, hr, `/api/appraisal/plans/${planId}`);
    expect(plan).toMatchObject({ publishedVersion: 1, draftVersion: 2 });
    expect(plan.versions.map((v) => [v.number, v.status, v.content.appealWorkingDays])).toEqual([
      [2, 'draft', 5],
      [1, 'published', 3],
    ]);
  });

  it('lets an agent read the plan but not change it', async () => {
    const agentPage = await newPage(browser);
    await signInUi(agentPage, server.baseUrl, 'agent');
    expect(await agentPage.getByTestId('menu-appraisal-plans').count()).toBe(0);
    await agentPage.goto(`${server.baseUrl}/appraisal/plans/${planId}`);
    await agentPage
      .getByTestId('plan-name')
      .waitFor()
      .catch(async (err) => {
        await shot(agentPage, 'appraisal-plans-agent-failed');
        throw err;
      });
    expect(await agentPage.getByTestId('plan-name').isDisabled()).toBe(true);
    expect(await agentPage.getByTestId('plan-save').count()).toBe(0);
    expect(await agentPage.getByTestId('plan-publish').count()).toBe(0);
    await agentPage.close();
  });
});
