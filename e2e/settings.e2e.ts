// The settings journey: an administrator opens 系统设置, finds the service-level threshold, is
// refused without a reason, sets it to 15 seconds with one and sees the new value marked as
// modified; a value the server refuses is shown under the field; the page reads in English too.
// An agent has no such menu item and the route refuses them. One server (fresh demo database) and
// one browser; each `it` builds on the one before. Screenshots: e2e/artifacts/settings-*.png.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPath, MODAL_ANIMATION_MS } from './support/antd.js';
import { launchBrowser, newPage, shot } from './support/browser.js';
import { apiGet, signInUi } from './support/journey.js';
import { signIn, startServer, type RunningServer } from './support/server.js';

interface Setting {
  key: string;
  value: number;
  defaultValue: number;
  updatedAt: string | null;
}

const SL = 'interactions.serviceLevelSeconds';
const row = (page: Page, key: string) => page.locator(`[data-testid=setting-row][data-key="${key}"]`);
/** The number input of the edit dialog (antd may put the test id on the input or around it). */
const valueInput = (page: Page) =>
  page.locator('input[data-testid=setting-value], [data-testid=setting-value] input').first();
/** The error antd shows under a form field of the edit dialog. */
const fieldError = (page: Page, field: 'value' | 'reason') =>
  page.locator(`[data-testid=setting-edit] .ant-form-item:has([id$="${field}"]) .ant-form-item-explain`);

async function openEdit(page: Page, key: string) {
  await row(page, key).getByTestId('setting-edit-open').click();
  await page.getByTestId('setting-edit').waitFor();
  await page.waitForTimeout(MODAL_ANIMATION_MS);
}

async function search(page: Page, text: string) {
  const box = page.getByTestId('settings-search');
  await box.fill(text);
  await box.press('Enter');
}

describe('settings journey: an administrator changes a rule’s number, an agent is kept out', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let admin: { cookie: string };
  let before: Setting;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    admin = await signIn(server.baseUrl, 'admin');
    before = (await apiGet<Setting[]>(server.baseUrl, admin, '/api/settings')).find((s) => s.key === SL)!;
    expect(before, `${SL} is listed`).toBeTruthy();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the administrator opens 系统设置 and finds the service-level threshold', async () => {
    page = await newPage(browser);
    await signInUi(page, server.baseUrl, 'admin');
    await page.getByTestId('menu-settings').click();
    await page.waitForURL(/\/settings$/);
    await page.getByTestId('settings-tabs').waitFor();
    await shot(page, 'settings-zh');
    expect(await page.getByTestId('menu-settings').innerText()).toBe('系统设置');
    await page.getByTestId('settings-tab-qualitySampling').click();
    await row(page, 'quality.sampling.minimumPerWeek').waitFor();
    await shot(page, 'settings-zh-sampling');

    await search(page, '服务水平');
    await row(page, SL).waitFor();
    expect(await page.getByTestId('setting-row').count()).toBe(1);
    expect(await row(page, SL).getByTestId('setting-label').innerText()).toBe('服务水平阈值');
    expect(await row(page, SL).innerText()).toContain('后台按新阈值重算');
    expect(await row(page, SL).getByTestId('setting-value-shown').innerText()).toBe(`${before.value} 秒`);
    expect(await row(page, SL).getByTestId('setting-modified').count()).toBe(0);
  });

  it('an empty reason is refused in the dialog, before anything is sent', async () => {
    let puts = 0;
    page.on('request', (r) => {
      if (r.method() === 'PUT') puts++;
    });
    await openEdit(page, SL);
    await valueInput(page).fill('15');
    await page.getByTestId('setting-edit-submit').click();
    await expect.poll(() => fieldError(page, 'reason').innerText()).toContain('请填写修改原因');
    await page.waitForTimeout(MODAL_ANIMATION_MS); // the message fades in
    await shot(page, 'settings-zh-reason-refused');
    expect(puts).toBe(0);
  });

  it('with a reason the value is saved, shown and marked as modified', async () => {
    await page.getByTestId('setting-reason').fill('按新服务标准调整为 15 秒（e2e）');
    const saved = page.waitForResponse(isPath(`/api/settings/${SL}`, 'PUT'));
    await page.getByTestId('setting-edit-submit').click();
    expect((await saved).status()).toBe(200);
    await page.getByTestId('setting-edit').waitFor({ state: 'detached' });
    await expect.poll(() => row(page, SL).getByTestId('setting-value-shown').innerText()).toBe('15 秒');
    expect(await row(page, SL).getByTestId('setting-modified').innerText()).toBe('已修改');
    expect(await page.locator('.ant-message-notice').innerText()).toContain('服务水平阈值');
    await shot(page, 'settings-zh-saved');

    const after = (await apiGet<Setting[]>(server.baseUrl, admin, '/api/settings')).find((s) => s.key === SL)!;
    expect(after.value).toBe(15);
    expect(after.updatedAt).toBeTruthy();
  });

  it('a value the server refuses is shown under the field, and nothing changes', async () => {
    await search(page, 'auth.minPasswordLength');
    await openEdit(page, 'auth.minPasswordLength');
    await valueInput(page).fill('5'); // the server's floor is 6
    await page.getByTestId('setting-reason').fill('试一个过短的长度（e2e）');
    const refused = page.waitForResponse(isPath('/api/settings/auth.minPasswordLength', 'PUT'));
    await page.getByTestId('setting-edit-submit').click();
    expect((await refused).status()).toBe(400);
    await expect.poll(() => fieldError(page, 'value').innerText()).toBe('这个设置最小为 6'); // in Chinese, with the server's floor
    await page.waitForTimeout(MODAL_ANIMATION_MS);
    await shot(page, 'settings-zh-value-refused');
    await page.keyboard.press('Escape');
    await page.getByTestId('setting-edit').waitFor({ state: 'detached' });
    const stored = (await apiGet<Setting[]>(server.baseUrl, admin, '/api/settings')).find(
      (s) => s.key === 'auth.minPasswordLength',
    )!;
    expect(stored.value).toBe(stored.defaultValue);
  });

  it('reads in English', async () => {
    await page.locator('.ant-message-notice').waitFor({ state: 'detached' }); // the Chinese 已保存 toast of the last step
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en-US');
    await search(page, '');
    await page.getByTestId('settings-tab-interactions').click();
    await expect.poll(() => row(page, SL).getByTestId('setting-label').innerText()).toBe('Service level threshold');
    expect(await row(page, SL).getByTestId('setting-value-shown').innerText()).toBe('15 s');
    expect(await row(page, SL).getByTestId('setting-modified').innerText()).toBe('Modified');
    expect(await row(page, SL).innerText()).toContain('recounts past service level in the background');
    await shot(page, 'settings-en');
    await openEdit(page, SL);
    await shot(page, 'settings-en-edit');
    await page.keyboard.press('Escape');
    await page.getByTestId('settings-tab-qualityOversight').click();
    await row(page, 'quality.oversight.inconsistencyRatio').waitFor();
    await shot(page, 'settings-en-oversight');
    await page.context().close();
  });

  it('an agent has no such menu item, and the route and the API refuse them', async () => {
    const agentPage = await newPage(browser);
    await signInUi(agentPage, server.baseUrl, 'agent');
    expect(await agentPage.getByTestId('menu-settings').count()).toBe(0);
    await agentPage.goto(`${server.baseUrl}/settings`);
    await agentPage.getByTestId('result-403').waitFor();
    await shot(agentPage, 'settings-agent-403');
    const agent = await signIn(server.baseUrl, 'agent');
    expect((await fetch(`${server.baseUrl}/api/settings`, { headers: { cookie: agent.cookie } })).status).toBe(403);
    await agentPage.context().close();
  });
});
