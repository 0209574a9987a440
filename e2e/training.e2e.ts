// The training journey of issue 3: the training manager makes a plan for the demo cohort and
// schedules a week of its sessions (a clash tried on purpose is refused with the clash named);
// the trainer takes attendance of an evening make-up class on a phone; the trainee asks for
// leave from one of the new sessions and rates the make-up class; the manager approves the
// leave; the trainee's training record shows it all, in Chinese (and in English on one click),
// exports to Excel and prints without the menu. One server (fresh demo database) and one browser
// for the whole journey; each `it` builds on the one before. Screenshots: e2e/artifacts/training-*.png.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, newPage, shot } from './support/browser.js';
import { choose, isPath, MODAL_ANIMATION_MS, rate, typeInto } from './support/antd.js';
import { apiGet, signInUi } from './support/journey.js';
import { signIn, startServer, type RunningServer } from './support/server.js';
import {
  type Cast,
  type Session,
  type SessionDetail,
  type TrainingRecord,
  addDays,
  WEEK,
  PLAN_END,
  YESTERDAY,
  PLAN_TITLE,
  WEEK_COURSES,
  MAKEUP_TITLE,
  LEAVE_REASON,
  SUGGESTION,
  journeyCast,
} from './support/training.js';

describe('training journey: plan, a week of sessions, attendance on a phone, leave, feedback, the record', () => {
  let server: RunningServer;
  let browser: Browser;
  let manager: Page;
  let cohort: Cast['cohort'];
  let trainer: Cast['trainer'];
  let trainee: Cast['trainee'];
  let planId = '';
  const weekSessions: string[] = [];
  let makeupId = '';
  let leaveId = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ cohort, trainer, trainee } = await journeyCast(server.baseUrl));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the training manager makes a new-hire plan for the demo cohort with the four standard phases', async () => {
    manager = await newPage(browser);
    const page = manager;
    await signInUi(page, server.baseUrl, 'training');
    await page.getByTestId('menu-training-plans').click();
    await page.getByTestId('plan-row').first().waitFor();
    await page.getByTestId('plan-add').click();
    await page.getByTestId('plan-form').waitFor();
    await page.waitForTimeout(MODAL_ANIMATION_MS);

    await page.getByTestId('plan-title').fill(PLAN_TITLE);
    const period = page.getByTestId('plan-period');
    await typeInto(page, period.nth(0), WEEK);
    await typeInto(page, period.nth(1), PLAN_END);
    await choose(page, 'plan-cohort', cohort.name);
    await choose(page, 'plan-status-select', '进行中');
    await page.getByTestId('plan-venue').fill('培训中心301');
    await page.getByTestId('plan-assessment').fill('每周理论测验；第二周末实践考核');
    await page.getByTestId('plan-standard-phases').click();
    expect(await page.getByTestId('plan-phase').count()).toBe(4);
    await shot(page, 'training-plan-form');

    const created = page.waitForResponse(isPath('/api/training/plans', 'POST'));
    await page.getByTestId('plan-form-submit').click();
    const res = await created;
    expect(res.status(), await res.text()).toBe(200);
    planId = ((await res.json()) as { data: { id: string } }).data.id;

    await page.locator(`[data-testid=plan-page][data-plan-id="${planId}"]`).waitFor();
    expect(await page.getByTestId('plan-name').innerText()).toBe(PLAN_TITLE);
    const phases = page.getByTestId('plan-timeline-phase');
    expect(await phases.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual([
      'classroom',
      'one_to_one',
      'one_to_five',
      'go_live',
    ]);
    expect(await page.getByTestId('plan-timeline').innerText()).toContain('一对一跟听');
    expect(await page.getByTestId('plan-page').innerText()).toContain(cohort.name);
    await shot(page, 'training-plan');
  });

  it('schedules a week of its sessions (Monday to Friday) for the cohort, checked for clashes before each save', async () => {
    const page = manager;
    await page.getByTestId('plan-schedule').click();
    await page.getByTestId('session-form').waitFor();
    await page.waitForTimeout(MODAL_ANIMATION_MS);
    await choose(page, 'session-course', WEEK_COURSES[0]);
    await choose(page, 'session-trainer', trainer.name);
    await choose(page, 'session-phase', '课堂培训');
    await page.getByTestId('session-keep-going').check();

    for (const [i, code] of WEEK_COURSES.entries()) {
      const day = addDays(WEEK, i);
      await expect.poll(() => page.getByTestId('session-date').inputValue()).toBe(day);
      if (i > 0) await choose(page, 'session-course', code);
      if (i === WEEK_COURSES.length - 1) await page.getByTestId('session-keep-going').uncheck();
      // Trainer, room and the 30 trainees are free then.
      await page.locator('[data-testid=session-clashes][data-count="0"]').waitFor();
      if (i === 0) await shot(page, 'training-session-form');
      const created = page.waitForResponse(isPath('/api/training/sessions', 'POST'));
      await page.getByTestId('session-form-submit').click();
      const res = await created;
      expect(res.status(), await res.text()).toBe(200);
      weekSessions.push(((await res.json()) as { data: { id: string } }).data.id);
    }
    await page.getByTestId('session-form').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('plan-session').count()).toBe(5);
    await shot(page, 'training-plan-sessions');

    const tm = await signIn(server.baseUrl, 'training');
    const stored = await apiGet<Session[]>(
      server.baseUrl,
      tm,
      `/api/training/sessions?planId=${planId}&from=${WEEK}&to=${PLAN_END}`,
    );
    expect(stored.map((s) => s.id).sort()).toEqual([...weekSessions].sort());
    expect(stored.map((s) => s.courseCode)).toEqual(WEEK_COURSES);
    expect(stored.every((s) => s.enrolledCount === cohort.memberCount)).toBe(true);
  });

  it('shows the week on the calendar, and refuses a clash on purpose with the clash named', async () => {
    const page = manager;
    await page.goto(`${server.baseUrl}/training/sessions?week=${WEEK}`);
    await page.locator(`[data-testid=week-grid][data-week="${WEEK}"]`).waitFor();
    await expect.poll(() => page.getByTestId('week-session').count()).toBe(5);
    for (let i = 0; i < 5; i++) {
      expect(
        await page.locator(`[data-testid=week-day][data-date="${addDays(WEEK, i)}"]`).getAttribute('data-count'),
      ).toBe('1');
    }
    await shot(page, 'training-calendar');

    // The same trainer on Monday morning in another room.
    await page.locator(`[data-testid=week-day][data-date="${WEEK}"] [data-testid=week-day-add]`).click();
    await page.getByTestId('session-form').waitFor();
    await page.waitForTimeout(MODAL_ANIMATION_MS);
    await choose(page, 'session-course', 'NH-401');
    await choose(page, 'session-trainer', trainer.name);
    await page.getByTestId('session-room').fill('培训中心305');
    await page.locator('[data-testid=session-clash][data-kind=trainer]').first().waitFor();
    expect(await page.getByTestId('session-clashes').innerText()).toContain(trainer.name);
    await shot(page, 'training-clash-check');

    const refused = page.waitForResponse(isPath('/api/training/sessions', 'POST'));
    await page.getByTestId('session-form-submit').click();
    expect((await refused).status()).toBe(409);
    const error = page.getByTestId('session-clash-error');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('TRAINER_CLASH');
    const text = await error.innerText();
    expect(text).toContain('讲师在该时段已有其他安排');
    expect(text).toContain(trainer.name);
    await shot(page, 'training-clash-refused');
    await page.keyboard.press('Escape');
    await page.getByTestId('session-form').waitFor({ state: 'detached' });
    expect(await page.locator(`[data-testid=week-day][data-date="${WEEK}"]`).getAttribute('data-count')).toBe('1');
  });

  it('schedules an evening make-up class that took place yesterday, for the cohort', async () => {
    const page = manager;
    await page.getByTestId('session-add').click();
    await page.getByTestId('session-form').waitFor();
    await page.waitForTimeout(MODAL_ANIMATION_MS);
    await choose(page, 'session-course', 'NH-302');
    await page.getByTestId('session-title').fill(MAKEUP_TITLE);
    await choose(page, 'session-trainer', trainer.name);
    await page.getByTestId('session-room').fill('培训中心302');
    await typeInto(page, page.getByTestId('session-date'), YESTERDAY);
    await typeInto(page, page.getByTestId('session-start'), '19:00');
    await typeInto(page, page.getByTestId('session-end'), '20:30');
    await choose(page, 'session-cohorts', cohort.name);
    await page.keyboard.press('Escape'); // close the multiple select's list, not the dialog
    await page.locator('[data-testid=session-clashes][data-count="0"]').waitFor();
    const created = page.waitForResponse(isPath('/api/training/sessions', 'POST'));
    await page.getByTestId('session-form-submit').click();
    const res = await created;
    expect(res.status(), await res.text()).toBe(200);
    makeupId = ((await res.json()) as { data: { id: string } }).data.id;
    await page.getByTestId('session-form').waitFor({ state: 'detached' });
  });

  it('the trainer takes attendance of the make-up class on a phone (390×844): one save', async () => {
    const page = await newPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signInUi(page, server.baseUrl, 'trainer');
    await page.getByTestId('menu-toggle').click();
    await page.getByTestId('menu-training-attendance').click();
    await page.locator(`[data-testid=teaching-session][data-session-id="${makeupId}"]`).click();
    await page.locator(`[data-testid=attendance-page][data-session-id="${makeupId}"]`).waitFor();
    const people = page.getByTestId('att-person');
    await expect.poll(() => people.count()).toBe(cohort.memberCount);

    const ids = await people.evaluateAll((els) => els.map((e) => e.getAttribute('data-employee-id')!));
    const others = ids.filter((id) => id !== trainee.employeeId);
    const card = (id: string) => page.locator(`[data-testid=att-person][data-employee-id="${id}"]`);
    await card(trainee.employeeId).getByTestId('att-present').click();
    await card(others[0]).getByTestId('att-late').click();
    await card(others[0]).getByTestId('att-minutes').fill('10');
    await card(others[1]).getByTestId('att-left_early').click();
    await card(others[1]).getByTestId('att-minutes').fill('20');
    await card(others[2]).getByTestId('att-absent').click();
    expect(await card(others[3]).getByTestId('att-on_leave').isDisabled()).toBe(true); // no approved leave
    await page.getByTestId('att-all-present').click();
    expect(await page.getByTestId('att-summary').innerText()).toContain('未点 0');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, 'training-attendance-phone.png') });
    await shot(page, 'training-attendance-phone-full');

    const saved = page.waitForResponse(isPath(`/api/training/sessions/${makeupId}/attendance`, 'PUT'));
    await page.getByTestId('att-save').click();
    const res = await saved;
    expect(res.status(), await res.text()).toBe(200);
    expect(((await res.json()) as { data: { recorded: number } }).data.recorded).toBe(cohort.memberCount);
    await page.getByText(`已保存 ${cohort.memberCount} 人的考勤`).waitFor();
    expect(await card(others[0]).getAttribute('data-status')).toBe('late');

    const stored = await apiGet<SessionDetail>(
      server.baseUrl,
      await signIn(server.baseUrl, 'training'),
      `/api/training/sessions/${makeupId}`,
    );
    const status = new Map(stored.people.map((p) => [p.employeeId, p.attendance]));
    expect(status.get(trainee.employeeId)?.status).toBe('present');
    expect(status.get(others[0])).toMatchObject({ status: 'late', minutes: 10 });
    expect(status.get(others[1])).toMatchObject({ status: 'left_early', minutes: 20 });
    expect(status.get(others[2])?.status).toBe('absent');
    expect(stored.people.filter((p) => p.attendance?.status === 'present')).toHaveLength(cohort.memberCount - 3);
    await page.context().close();
  });

  it("the trainee asks for leave from Monday's new session and rates the make-up class", async () => {
    const page = await newPage(browser);
    await signInUi(page, server.baseUrl, 'trainee');
    await page.getByTestId('menu-training-my').click();
    await page.getByTestId('my-training').waitFor();

    const monday = page.locator(`[data-testid=my-upcoming][data-session-id="${weekSessions[0]}"]`);
    await monday.getByTestId('my-request-leave').click();
    await page.getByTestId('leave-form').waitFor();
    await page.waitForTimeout(MODAL_ANIMATION_MS);
    await page.getByTestId('leave-reason').fill(LEAVE_REASON);
    await shot(page, 'training-leave-request');
    const asked = page.waitForResponse(isPath(`/api/training/sessions/${weekSessions[0]}/leave`, 'POST'));
    await page.getByTestId('leave-form-submit').click();
    const res = await asked;
    expect(res.status(), await res.text()).toBe(200);
    const leave = ((await res.json()) as { data: { id: string; late: boolean } }).data;
    leaveId = leave.id;
    expect(leave.late).toBe(false); // asked two weeks ahead
    await monday.locator('[data-testid=leave-tag][data-status=pending]').waitFor();
    expect(await monday.innerText()).toContain('待审批');

    const makeup = page.locator(`[data-testid=my-feedback-due][data-session-id="${makeupId}"]`);
    await makeup.getByTestId('my-give-feedback').click();
    await page.getByTestId('feedback-form').waitFor();
    await page.waitForTimeout(MODAL_ANIMATION_MS);
    await rate(page, 'feedback-content', 5);
    await rate(page, 'feedback-trainer', 4);
    await rate(page, 'feedback-method', 5);
    await page.getByTestId('feedback-suggestions').fill(SUGGESTION);
    await shot(page, 'training-feedback-form');
    const given = page.waitForResponse(isPath(`/api/training/sessions/${makeupId}/feedback`, 'POST'));
    await page.getByTestId('feedback-form-submit').click();
    const fb = await given;
    expect(fb.status(), await fb.text()).toBe(200);
    await makeup.waitFor({ state: 'detached' });
    await shot(page, 'training-my');

    const mine = await apiGet<
      { sessionId: string; content: number; trainer: number; method: number; suggestions: string }[]
    >(server.baseUrl, await signIn(server.baseUrl, 'trainee'), '/api/training/feedback/mine');
    expect(mine.find((f) => f.sessionId === makeupId)).toMatchObject({
      content: 5,
      trainer: 4,
      method: 5,
      suggestions: SUGGESTION,
    });
    await page.context().close();
  });

  it('the training manager approves the leave from the approval queue', async () => {
    const page = manager;
    await page.getByTestId('menu-training-leave').click();
    const row = page.locator(`[data-testid=leave-row][data-leave-id="${leaveId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('pending');
    expect(await row.getAttribute('data-late')).toBe('false');
    expect(await row.innerText()).toContain(LEAVE_REASON);
    await shot(page, 'training-leave-queue');

    await row.getByTestId('leave-approve').click();
    await page.getByTestId('leave-decision').waitFor();
    await page.waitForTimeout(MODAL_ANIMATION_MS);
    await page.getByTestId('leave-decision-note').fill('同意，请课后补看课程资料');
    const decided = page.waitForResponse(isPath(`/api/training/leave/${leaveId}/decision`, 'POST'));
    await page.getByTestId('leave-decision-submit').click();
    expect((await decided).status()).toBe(200);
    await row.waitFor({ state: 'detached' }); // off the pending queue

    await page.getByTestId('leave-status-filter').getByText('已批准').click();
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('approved');
    expect(await row.innerText()).toContain('已批准');
    await shot(page, 'training-leave-approved');
  });

  it("the trainee's training record shows the plan, the attendance, the approved leave and the feedback, in Chinese", async () => {
    const page = manager;
    await page.getByTestId('menu-people').click();
    await page.getByTestId('people-search').fill(trainee.employeeNo);
    await page.getByTestId('people-search').press('Enter');
    await page.locator(`[data-testid=people-row][data-employee-no="${trainee.employeeNo}"]`).click();
    await page.getByTestId('person-page').waitFor();
    await page.getByTestId('person-training-record').click();
    await page.locator(`[data-testid=record-page][data-employee-id="${trainee.employeeId}"]`).waitFor();

    expect(await page.getByTestId('record-title').innerText()).toBe(`培训档案 · ${trainee.name}`);
    const plan = page.locator(`[data-testid=record-plan][data-plan-id="${planId}"]`);
    expect(await plan.innerText()).toContain(PLAN_TITLE);
    const makeup = page.locator(`[data-testid=record-session][data-session-id="${makeupId}"]`);
    expect(await makeup.getAttribute('data-attendance')).toBe('present');
    expect(await makeup.getAttribute('data-feedback')).toBe('true');
    expect(await makeup.innerText()).toContain('出勤');
    const monday = page.locator(`[data-testid=record-session][data-session-id="${weekSessions[0]}"]`);
    expect(await monday.getAttribute('data-leave')).toBe('approved');
    expect(await monday.innerText()).toContain('已批准');
    expect(await page.getByTestId('record-section-sessions').innerText()).toContain('培训场次');
    expect(await page.getByTestId('record-section-mentoring').innerText()).toContain('一对一');
    await shot(page, 'training-record');

    const record = await apiGet<TrainingRecord>(
      server.baseUrl,
      await signIn(server.baseUrl, 'training'),
      `/api/training/records/${trainee.employeeId}`,
    );
    expect(record.plans.map((p) => p.id)).toContain(planId);
    expect(record.sessions.find((s) => s.sessionId === makeupId)).toMatchObject({
      attendance: 'present',
      feedbackGiven: true,
    });
    expect(record.sessions.find((s) => s.sessionId === weekSessions[0])?.leave).toMatchObject({
      status: 'approved',
      late: false,
    });

    // Export to Excel: the link the button follows answers with a workbook.
    const href = await page.getByTestId('record-export').getAttribute('href');
    expect(href).toBe(`/api/training/records/${trainee.employeeId}/export.xlsx?locale=zh-CN`);
    const tm = await signIn(server.baseUrl, 'training');
    const file = await fetch(`${server.baseUrl}${href}`, { headers: { cookie: tm.cookie } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(1000);

    // Print: the menu, the header and the buttons stay off the paper.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
    expect(await page.getByTestId('record-export').isVisible()).toBe(false);
    expect(await page.getByTestId('record-section-sessions').isVisible()).toBe(true);
    await shot(page, 'training-record-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows the record in English on one click, and back in Chinese', async () => {
    const page = manager;
    const saved = page.waitForResponse(isPath('/api/auth/me', 'PATCH'));
    await page.getByTestId('lang-switch').click();
    expect((await saved).status()).toBe(200);
    await page.waitForFunction(() => document.documentElement.lang === 'en-US');
    expect(await page.getByTestId('record-title').innerText()).toBe(`Training record · ${trainee.name}`);
    expect(await page.locator(`[data-testid=record-session][data-session-id="${makeupId}"]`).innerText()).toContain(
      'Present',
    );
    expect(
      await page.locator(`[data-testid=record-session][data-session-id="${weekSessions[0]}"]`).innerText(),
    ).toContain('Approved');
    await shot(page, 'training-record-en');

    const back = page.waitForResponse(isPath('/api/auth/me', 'PATCH'));
    await page.getByTestId('lang-switch').click();
    expect((await back).status()).toBe(200);
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await page.getByTestId('record-title').innerText()).toBe(`培训档案 · ${trainee.name}`);
  });
});
