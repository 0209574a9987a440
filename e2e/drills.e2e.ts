// The drills journey of issue 20, in the Chinese UI: the trainer links a scorecard item to a new
// product-code card (扣分项关联卡片); QA scores one of the agent's calls and fails that item; the
// agent, on a phone-width screen, sees on the evaluation that the card was added to their drills,
// opens 我的演练, finds the card first in the queue marked as a QA error, types the answer (with
// full-width punctuation, which the similarity ignores) and sees the deck's mastery figure rise.
// Mastery is set to 2 days of FSRS stability first, so one good answer on a new card masters it.
// One server (fresh demo database), one browser; each `it` builds on the one before.
// Screenshots go to e2e/artifacts/drills-*.png.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPath } from './support/antd.js';
import { launchBrowser, newPage, shot } from './support/browser.js';
import { apiGet, apiSend, signInUi } from './support/journey.js';
import { signIn, startServer, type RunningServer } from './support/server.js';

interface Deck {
  id: string;
  name: string;
  category: string;
}
interface LinkItem {
  key: string;
  label: string;
  kind: string;
  critical: string;
}
interface ScorecardItem {
  key: string;
  kind: string;
  max?: number;
  critical?: string;
}
interface FormDetail {
  id: string;
  name: string;
  versions: { status: string; content: { sections: { items: ScorecardItem[] }[] } }[];
}
interface Mastery {
  deckId: string;
  cards: number;
  mastered: number;
}

const TAG = Date.now().toString(36).toUpperCase();
const PROMPT = `产品代码 PK${TAG} 对应哪个套餐？`;
const ANSWER = '畅享融合199元套餐';

/** Every item answered as passed, except `failKey` (a yes/no item) answered 否. */
function answersFailing(form: FormDetail, failKey: string) {
  const version = form.versions.find((v) => v.status === 'published')!;
  const answers: Record<string, { value: number; comment?: string }> = {};
  for (const section of version.content.sections)
    for (const item of section.items)
      answers[item.key] =
        item.key === failKey
          ? { value: 0, comment: '未按规范报出产品代码' }
          : { value: item.kind === 'yes_no' ? 1 : (item.max ?? (item.kind === 'scale' ? 5 : 10)) };
  return answers;
}

describe('drills journey: a failed scorecard item sends its card to the agent’s drills', () => {
  let server: RunningServer;
  let browser: Browser;
  let agentId: string;
  let deck: Deck;
  let cardId: string;
  let form: FormDetail;
  let item: LinkItem;
  let evaluationId: string;
  let agentPage: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const base = server.baseUrl;
    agentId = (await apiGet<{ employeeId: string }>(base, await signIn(base, 'agent'), '/api/auth/me')).employeeId;
    const admin = await signIn(base, 'admin');
    await apiSend(base, admin, 'PUT', '/api/settings/drills.masteryStabilityDays', {
      value: 2,
      reason: 'E2E：一次答对即算掌握',
    });
    const trainer = await signIn(base, 'trainer');
    const decks = await apiGet<Deck[]>(base, trainer, '/api/drills/decks?category=product_codes');
    deck = decks[0]!;
    expect(deck, 'the demo has a product-code deck').toBeTruthy();
    const made = await apiSend<{ card: { id: string } }>(base, trainer, 'POST', `/api/drills/decks/${deck.id}/cards`, {
      kind: 'recall',
      prompt: PROMPT,
      answer: ANSWER,
    });
    cardId = made.card.id;
    const forms = await apiGet<{ id: string }[]>(base, trainer, '/api/drills/links/forms');
    expect(forms.length, 'the demo has a published scorecard').toBeGreaterThan(0);
    const links = await apiGet<{ items: LinkItem[] }>(base, trainer, `/api/drills/links/forms/${forms[0]!.id}`);
    item = links.items.find((i) => i.kind === 'yes_no' && i.critical === 'none')!;
    expect(item, 'the scorecard has a plain yes/no item').toBeTruthy();
    form = await apiGet<FormDetail>(base, trainer, `/api/quality/forms/${forms[0]!.id}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the trainer links the scorecard item to the new card', async () => {
    const page = await newPage(browser);
    await signInUi(page, server.baseUrl, 'trainer');
    await page.goto(`${server.baseUrl}/drills/links`);
    await page.getByTestId('drills-links-form').click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: form.name })
      .first()
      .click();
    const picker = page.getByTestId(`drills-link-cards-${item.key}`);
    await picker.click();
    await picker.locator('input').fill(`PK${TAG}`);
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: PROMPT })
      .click();
    await page.keyboard.press('Escape');
    const saved = page.waitForResponse(isPath(`/api/drills/links/forms/${form.id}/items/${item.key}`, 'PUT'));
    await page.getByTestId(`drills-link-save-${item.key}`).click();
    expect((await saved).status()).toBe(200);
    await shot(page, 'drills-links');
    await page.close();
  });

  it('QA scores a call of the agent and fails that item', async () => {
    const qa = await signIn(server.baseUrl, 'qa');
    const day = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10); // the center's day (UTC+8)
    const made = await apiSend<{ id: string }>(server.baseUrl, qa, 'POST', '/api/quality/evaluations', {
      formId: form.id,
      method: 'side_by_side',
      agentId,
      day,
      answers: answersFailing(form, item.key),
      comment: '旁听：产品代码未按规范报出。',
    });
    evaluationId = made.id;
    expect(evaluationId).toBeTruthy();
  });

  it('the agent sees the card on the evaluation, answers it in drills, and the mastery rises', async () => {
    agentPage = await newPage(browser, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const page = agentPage;
    await signInUi(page, server.baseUrl, 'agent');
    await page.goto(`${server.baseUrl}/quality/evaluations/${evaluationId}`);
    const boosted = page.getByTestId('drills-boosted-cards');
    await boosted.waitFor();
    expect(await boosted.innerText()).toContain(PROMPT);
    await shot(page, 'drills-evaluation-boosted');

    await boosted.getByTestId('drills-boosted-open').click();
    await page.waitForURL(/\/drills$/);
    const mastery = page.getByTestId(`drill-mastery-${deck.id}`).getByTestId('drill-mastery-count');
    await mastery.waitFor();
    const mastered = async () => Number((await mastery.innerText()).match(/\d+/)![0]);
    const before = await mastered();

    // The boosted card comes first, marked as a QA error.
    await expect.poll(() => page.getByTestId('drill-prompt').innerText()).toBe(PROMPT);
    expect(await page.getByTestId('drill-why').first().innerText()).toMatch(/质检/);
    await shot(page, 'drills-card');
    await page.getByTestId('drill-answer').fill(`${ANSWER.replace('199', '１９９')}。`);
    const reviewed = page.waitForResponse(isPath('/api/drills/reviews', 'POST'));
    await page.getByTestId('drill-submit').click();
    expect((await reviewed).status()).toBe(200);
    await page.getByTestId('drill-correct').waitFor();
    await shot(page, 'drills-result');
    await expect.poll(mastered, { timeout: 10_000 }).toBe(before + 1);

    const me = await apiGet<{ mastery: Mastery[] }>(
      server.baseUrl,
      await signIn(server.baseUrl, 'agent'),
      '/api/drills/me',
    );
    expect(me.mastery.find((m) => m.deckId === deck.id)?.mastered).toBe(before + 1);
    expect(cardId).toBeTruthy();
  });
});
