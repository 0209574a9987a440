// The attendance journey of issue 19, in the Chinese UI: the team lead (`teamlead`) builds a week's
// roster for their team on the grid — the demo agent on the early shift, the mentor (a colleague
// with the same skills) on the middle shift — and publishes it; the agent asks to swap Monday with
// the mentor; the mentor accepts; the lead sees the swap's effect on the day's coverage and
// approves; the roster grid then shows the two shifts exchanged, and the staffing page charts the
// day. One server (fresh demo database), one browser; each `it` builds on the one before.
// Screenshots go to e2e/artifacts/attendance-*.png.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, isPath } from './support/antd.js';
import { launchBrowser, newPage, shot } from './support/browser.js';
import { apiGet, signInUi } from './support/journey.js';
import { signIn, startServer, type RunningServer } from './support/server.js';

interface Me {
  employeeId: string | null;
}
interface Person {
  id: string;
  name: string;
  employeeNo: string;
  teamId: string;
}
interface Shift {
  id: string;
  code: string;
  /** What the grid shows (the code is in the tooltip). */
  name: string;
  startTime: string;
}
interface GridAnswer {
  roster: { id: string; status: string } | null;
  people: { employeeId: string; cells: Record<string, string | null> }[];
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** The Monday about two months ahead (center dates): a week no demo roster covers. */
function mondayAhead(): string {
  const t = Date.now() + 8 * 3_600_000 + 60 * DAY;
  const weekday = (new Date(t).getUTCDay() + 6) % 7;
  return iso(t - weekday * DAY);
}
const WEEK = Array.from({ length: 5 }, (_, i) => iso(Date.parse(`${mondayAhead()}T00:00:00Z`) + i * DAY));
const MONDAY = WEEK[0];
const REASON = `周一下午要去社保中心办事，想换成中班（${Date.now().toString(36)}）`;

describe('attendance journey: roster a week, swap proposed, accepted, approved with coverage', () => {
  let server: RunningServer;
  let browser: Browser;
  let agent: Person;
  let mentor: Person;
  let early: Shift;
  let middle: Shift;
  let leadPage: Page;

  const person = async (username: string) => {
    const me = await apiGet<Me>(server.baseUrl, await signIn(server.baseUrl, username), '/api/auth/me');
    return apiGet<Person>(server.baseUrl, await signIn(server.baseUrl, 'hr'), `/api/employees/${me.employeeId}`);
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    agent = await person('agent');
    mentor = await person('mentor');
    expect(mentor.teamId, 'the demo mentor works in the agent’s team').toBe(agent.teamId);
    const lead = await signIn(server.baseUrl, 'teamlead');
    const shifts = await apiGet<Shift[]>(server.baseUrl, lead, '/api/attendance/shifts');
    early = shifts.find((s) => s.startTime === '08:00')!;
    middle = shifts.find((s) => s.startTime === '12:00')!;
    expect(early && middle, 'the demo has an early and a middle shift').toBeTruthy();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the lead builds the week on the grid, saves and publishes it', async () => {
    leadPage = await newPage(browser);
    await signInUi(leadPage, server.baseUrl, 'teamlead');
    await leadPage.goto(`${server.baseUrl}/attendance/rosters?teamId=${agent.teamId}&from=${MONDAY}&kind=week`);
    const created = leadPage.waitForResponse(isPath('/api/attendance/rosters', 'POST'));
    await leadPage.getByTestId('roster-create').click();
    expect((await created).status()).toBe(200);
    for (const day of WEEK) {
      await choose(leadPage, `cell-${agent.employeeNo}-${day}`, early.name);
      await choose(leadPage, `cell-${mentor.employeeNo}-${day}`, middle.name);
    }
    const saved = leadPage.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/cells'));
    await leadPage.getByTestId('roster-save').click();
    expect((await saved).status()).toBe(200);
    await leadPage.getByTestId('roster-publish').click();
    const published = leadPage.waitForResponse((r) => r.url().endsWith('/publish'));
    await leadPage.locator('.ant-popconfirm .ant-btn-primary').click();
    expect((await published).status()).toBe(200);
    await expect.poll(() => leadPage.getByTestId('roster-status').innerText()).toContain('已发布');
    await shot(leadPage, 'attendance-roster-published');
  });

  it('the agent sees the week and asks the mentor to swap Monday', async () => {
    const page = await newPage(browser);
    await signInUi(page, server.baseUrl, 'agent');
    await page.goto(`${server.baseUrl}/attendance/my-schedule?from=${MONDAY}`);
    await page.goto(`${server.baseUrl}/attendance/swaps`);
    const day = page.getByTestId('swap-day');
    await day.click();
    await day.fill(MONDAY);
    await day.press('Enter');
    // antd puts the test id on the radio's <input>; its label holds the name and the shift.
    const colleague = page.locator('label.ant-radio-wrapper', { has: page.getByTestId('swap-colleague') }).filter({
      hasText: mentor.name,
    });
    await expect.poll(() => colleague.innerText()).toContain('12:00');
    await colleague.click();
    await page.getByTestId('swap-reason').fill(REASON);
    await shot(page, 'attendance-swap-proposing');
    const sent = page.waitForResponse(isPath('/api/attendance/swaps', 'POST'));
    await page.getByTestId('swap-send').click();
    expect((await sent).status()).toBe(200);
    await page.context().close();
  });

  it('the mentor accepts', async () => {
    const page = await newPage(browser);
    await signInUi(page, server.baseUrl, 'mentor');
    await page.goto(`${server.baseUrl}/attendance/swaps`);
    const item = page.getByTestId('swap-item').filter({ hasText: REASON });
    await item.getByTestId('swap-accept').click();
    await expect.poll(() => item.innerText()).not.toContain('接受');
    await page.context().close();
  });

  it('the lead sees the coverage the swap leaves, approves, and the grid shows the exchange', async () => {
    await leadPage.goto(`${server.baseUrl}/attendance/swaps`);
    const item = leadPage.getByTestId('swap-item').filter({ hasText: REASON });
    await expect.poll(() => item.locator('canvas').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await shot(leadPage, 'attendance-swap-coverage');
    const approved = leadPage.waitForResponse((r) => r.url().endsWith('/approve'));
    await item.getByTestId('swap-approve').click();
    expect((await approved).status()).toBe(200);

    const lead = await signIn(server.baseUrl, 'teamlead');
    const grid = await apiGet<GridAnswer>(
      server.baseUrl,
      lead,
      `/api/attendance/rosters?teamId=${agent.teamId}&from=${MONDAY}`,
    );
    const cell = (id: string) => grid.people.find((p) => p.employeeId === id)?.cells[MONDAY];
    expect(cell(agent.id)).toBe(middle.id);
    expect(cell(mentor.id)).toBe(early.id);

    await leadPage.goto(`${server.baseUrl}/attendance/rosters?teamId=${agent.teamId}&from=${MONDAY}&kind=week`);
    await expect
      .poll(() => leadPage.getByTestId(`cell-${agent.employeeNo}-${MONDAY}`).innerText())
      .toContain(middle.name);
    await shot(leadPage, 'attendance-roster-after-swap');
    await leadPage.goto(`${server.baseUrl}/attendance/staffing`);
    await expect.poll(() => leadPage.locator('canvas').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await shot(leadPage, 'attendance-staffing');
  });
});
