// Driving Ant Design widgets from a journey: selects, pickers, ratings, and matching responses.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const isPath =
  (path: string, method = 'GET') =>
  (r: { url(): string; request(): { method(): string } }) =>
    r.request().method() === method && new URL(r.url()).pathname === path;

/**
 * Pick an option of an antd Select by typing part of its label, in that select's own list (found
 * through the input's aria-controls); checked, and tried again if the list was still moving.
 */
export async function choose(page: Page, testId: string, text: string) {
  const select = page.getByTestId(testId);
  const input = select.locator('input').first();
  for (let attempt = 1; ; attempt++) {
    if ((await input.getAttribute('aria-expanded')) !== 'true') await select.click();
    const list = await input.getAttribute('aria-controls');
    if (attempt > 1) await page.keyboard.press('ControlOrMeta+A'); // replace what the last try typed
    await page.keyboard.type(text);
    await page
      .locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden):has([id="${list}"]) .ant-select-item-option`, {
        hasText: text,
      })
      .first()
      .click();
    try {
      await expect.poll(() => select.innerText(), { timeout: 2_000 }).toContain(text);
      return;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}

/**
 * Pick the option of an antd Select (found by any locator) whose label holds `text`, by clicking;
 * checked that the list closed and the select shows it, and tried again (after Escape) when a
 * click landed while the list was still animating open and left it standing.
 */
export async function pickOption(page: Page, select: Locator, text: string) {
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  for (let attempt = 1; ; attempt++) {
    await select.click();
    await open.locator('.ant-select-item-option').filter({ hasText: text }).first().click();
    try {
      await open.waitFor({ state: 'hidden', timeout: 3_000 });
      await expect.poll(() => select.innerText(), { timeout: 2_000 }).toContain(text);
      return;
    } catch (err) {
      if (attempt === 3) throw err;
      await page.keyboard.press('Escape');
      await open.waitFor({ state: 'hidden', timeout: 3_000 }).catch(() => undefined);
    }
  }
}

/** Type into an antd date or time picker and commit. */
export async function typeInto(page: Page, locator: ReturnType<Page['getByTestId']>, value: string) {
  await locator.click();
  await locator.fill(value);
  await locator.press('Enter');
}

/** Give the stars of an antd Rate. */
export const rate = (page: Page, testId: string, stars: number) =>
  page.locator(`[data-testid=${testId}] li:nth-child(${stars}) > div`).click();

/** How long an antd modal takes to open before its controls take clicks. */
export const MODAL_ANIMATION_MS = 300;
