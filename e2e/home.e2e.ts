// The home page journeys of issue 26, one per role family, in the Chinese UI: each person signs
// in, finds their work soonest due first with the menu's count matching the list, opens the first
// item of a kind they must act on, does it on the page the line opens, and comes home to find it
// gone, the count one less and the bell's notice about it read.
//   evaluator (qa):      give the agent feedback on an evaluation whose feedback is late
//   team lead (teamlead): approve a leave request of their team
//   agent (agent):       acknowledge a QA evaluation's feedback
// One server (fresh demo database), one browser; a page per person. Screenshots go to
// e2e/artifacts/home-*.png.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkLine, WorkList } from '../src/common/home.js';
import { MODAL_ANIMATION_MS } from './support/antd.js';
import { launchBrowser, newPage, shot } from './support/browser.js';
import { apiGet, signInUi } from './support/journey.js';
import { signIn, startServer, type RunningServer } from './support/server.js';

interface Notice {
  link: string | null;
}

describe('home journeys: from sign-in to the first item done, per role family', () => {
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

  /** The menu's count for an entry as the side menu shows it (0 when it shows none). */
  const menuCount = async (page: Page, menu: string) => {
    const badge = page.locator(`[data-testid=menu-count-${menu}] sup`);
    return (await badge.count()) ? Number(await badge.getAttribute('title')) : 0;
  };

  /**
   * Signs in as `user`, checks the home list against the API (same order, the menu's count of the
   * item's entry matching), opens the first item of `kind`, lets `act` do it, comes home and checks
   * it is gone, the count one less and no unread notice links to it.
   */
  async function journey(user: string, kind: string, act: (page: Page, item: WorkLine) => Promise<void>) {
    const session = await signIn(server.baseUrl, user);
    const before = await apiGet<WorkList>(server.baseUrl, session, '/api/home/work');
    const item = before.items.find((i) => i.kind === kind);
    expect(item, `${user} has a ${kind} item on the home page`).toBeTruthy();
    const index = before.items.indexOf(item!);
    expect(index, 'on the list’s first page').toBeLessThan(10);
    // Soonest due first, undated last.
    const dues = before.items.map((i) => i.due ?? '9999-12-31');
    expect(dues).toEqual([...dues].sort());

    const page = await newPage(browser);
    await signInUi(page, server.baseUrl, user);
    await page.getByTestId('home-work').waitFor();
    const lines = page.locator('[data-testid^=work-item-]');
    await lines.first().waitFor();
    expect(await lines.first().getAttribute('data-testid')).toBe(`work-item-${before.items[0].kind}`);
    await expect.poll(() => menuCount(page, item!.menu)).toBe(before.counts[item!.menu]);
    await shot(page, `home-${user}`);

    await lines.nth(index).getByTestId('work-link').click();
    await page.waitForURL((url) => `${url.pathname}${url.search}` === item!.link);
    await act(page, item!);

    await page.getByTestId('menu-home').click();
    await page.getByTestId('home-work').waitFor();
    await expect.poll(() => page.locator(`[data-testid=work-link][href="${item!.link}"]`).count()).toBe(0);
    const after = await apiGet<WorkList>(server.baseUrl, session, '/api/home/work');
    expect(after.items.some((i) => i.key === item!.key)).toBe(false);
    expect(after.counts[item!.menu] ?? 0).toBe(before.counts[item!.menu] - 1);
    await expect.poll(() => menuCount(page, item!.menu)).toBe(after.counts[item!.menu] ?? 0);
    const unread = await apiGet<Notice[]>(server.baseUrl, session, '/api/notifications?unread=true&pageSize=100');
    expect(unread.filter((n) => n.link === item!.link)).toEqual([]);
    await shot(page, `home-${user}-done`);
    await page.context().close();
  }

  /** Waits for the page's write to answer 200 while `click` sets it off. */
  const written = async (page: Page, click: () => Promise<void>) => {
    const answered = page.waitForResponse((r) => r.request().method() !== 'GET' && r.url().includes('/api/'));
    await click();
    expect((await answered).status()).toBe(200);
  };

  it('an evaluator gives the feedback that is due soonest', async () => {
    await journey('qa', 'qualityFeedbackDue', async (page) => {
      await page.getByTestId('give-feedback-open').click();
      await page.waitForTimeout(MODAL_ANIMATION_MS);
      await page.getByTestId('feedback-notes').fill('开场白规范，核实身份时漏问了预留手机号，下次注意。');
      await written(page, () => page.getByTestId('give-feedback-submit').click());
    });
  });

  it('a team lead approves a leave request of their team', async () => {
    await journey('teamlead', 'attendanceLeaveToDecide', async (page, item) => {
      const id = new URL(item.link, server.baseUrl).searchParams.get('request');
      const card = page.locator(`[data-testid=leave-approval][data-id="${id}"]`);
      await card.waitFor();
      await written(page, () => card.getByTestId('leave-approve').click());
    });
  });

  it('an agent acknowledges the feedback on an evaluation', async () => {
    await journey('agent', 'qualityFeedbackAck', async (page) => {
      await page.getByTestId('acknowledge').click();
      await written(page, () =>
        page.locator('.ant-popconfirm:not(.ant-popover-hidden) .ant-popconfirm-buttons .ant-btn-primary').click(),
      );
    });
  });
});
