// The elimination journey of issue 5: a trainee fails two theory exams (set up through the API);
// the training manager lists them, sees the evidence, records the interview and publishes the
// notice; the trainee's team lead appeals during the notice. The notice then has to run out: the
// same database is served again by a server whose clock runs 20 days ahead (a test-only --import
// that shifts Date; nothing in the product changes). The training manager rejects the appeal in
// writing, HR decides, completes the offboarding checklist and the exit talk, and the trainee's
// training record shows the whole history. Screenshots go to e2e/artifacts/elimination-*.png.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, MODAL_ANIMATION_MS } from './support/antd.js';
import { shiftedClock } from './support/clock.js';
import { launchBrowser, newPage, shot } from './support/browser.js';
import { apiGet, signInUi } from './support/journey.js';
import { signIn, startServer, type RunningServer } from './support/server.js';

const DAY = 86_400_000;
const SHIFT_DAYS = 20; // longer than any 3-working-day notice, holidays included

type Session = Awaited<ReturnType<typeof signIn>>;

describe('elimination journey: two failed exams → case → interview → notice → appeal → decision → offboarding → record', () => {
  let dir: string;
  let databaseUrl: string;
  let server: RunningServer;
  let browser: Browser;
  let caseId = '';
  let trainee: { employeeId: string; name: string };

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

  /** A released theory exam the trainee takes and fails (every answer wrong). */
  async function failTheoryExam(trainer: Session, learner: Session, n: number) {
    const questions: string[] = [];
    for (let i = 0; i < 4; i++)
      questions.push(
        (
          await call<{ id: string }>(trainer, 'POST', '/api/exams/questions', {
            type: 'true_false',
            stem: `淘汰旅程判断题${n}-${i}`,
            answer: true,
            points: 1,
          })
        ).id,
      );
    const paper = await call<{ id: string }>(trainer, 'POST', '/api/exams/papers', {
      title: `淘汰旅程卷${n}`,
      mode: 'fixed',
      items: questions.map((questionId) => ({ questionId })),
    });
    const now = Date.now();
    const exam = await call<{ id: string }>(trainer, 'POST', '/api/exams', {
      title: `理论考核（旅程${n}）`,
      kind: 'theory',
      paperId: paper.id,
      opensAt: new Date(now - 3_600_000).toISOString(),
      closesAt: new Date(now + 7_200_000).toISOString(),
      timeLimitMinutes: 30,
    });
    await call(trainer, 'PUT', `/api/exams/${exam.id}/examinees`, { employeeIds: [trainee.employeeId] });
    await call(trainer, 'POST', `/api/exams/${exam.id}/open`);
    const attempt = await call<{ attemptId: string; items: { questionId: string }[] }>(
      learner,
      'POST',
      `/api/exams/${exam.id}/attempts`,
    );
    for (const item of attempt.items)
      await call(learner, 'PUT', `/api/exams/attempts/${attempt.attemptId}/answers/${item.questionId}`, {
        value: false,
      });
    await call(learner, 'POST', `/api/exams/attempts/${attempt.attemptId}/submit`);
    await call(trainer, 'POST', `/api/exams/${exam.id}/close`);
    await call(trainer, 'POST', `/api/exams/${exam.id}/release`);
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'seatwise-e2e-elim-'));
    databaseUrl = `sqlite:${join(dir, 'journey.db')}`;
    server = await startServer({ databaseUrl });
    browser = await launchBrowser();
    const learner = await signIn(server.baseUrl, 'trainee');
    trainee = await apiGet<{ employeeId: string; name: string }>(server.baseUrl, learner, '/api/auth/me');
    // The trainee has joined 零售业务一组, whose team lead is `teamlead`.
    const hr = await signIn(server.baseUrl, 'hr');
    // Run in late December, the notice and the shifted clock reach next year: if the bundled
    // calendar lacks it, the administrator enters it (a provisional notice is calendar.e2e.ts's).
    const admin = await signIn(server.baseUrl, 'admin');
    const known = (await apiGet<{ years: { year: number }[] }>(server.baseUrl, admin, '/api/calendar/years')).years.map(
      (y) => y.year,
    );
    for (const year of new Set([
      new Date().getUTCFullYear(),
      new Date(Date.now() + (SHIFT_DAYS + 10) * DAY).getUTCFullYear(),
    ])) {
      if (!known.includes(year))
        await call(admin, 'POST', `/api/calendar/years/${year}/confirm`, { reason: '旅程测试：按国务院通知录入' });
    }
    const depts = await apiGet<{ teams: { id: string; code: string }[] }[]>(server.baseUrl, hr, '/api/departments');
    const team = depts.flatMap((d) => d.teams).find((t) => t.code === 'CS1-1')!;
    const person = await apiGet<{ version: number }>(server.baseUrl, hr, `/api/employees/${trainee.employeeId}`);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    await call(hr, 'POST', `/api/employees/${trainee.employeeId}/move`, {
      teamId: team.id,
      effectiveDate: today,
      reason: '培训期分配至零售业务一组',
      version: person.version,
    });
    const trainer = await signIn(server.baseUrl, 'trainer');
    await failTheoryExam(trainer, learner, 1);
    await failTheoryExam(trainer, learner, 2);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the training manager lists the trainee from criterion 1 and the case shows the two failed exams', async () => {
    const page = await newPage(browser);
    await signInUi(page, server.baseUrl, 'training');
    await page.getByTestId('menu-evaluation-cases').click();
    await page.getByTestId('case-new').click();
    await page.waitForTimeout(MODAL_ANIMATION_MS);
    await choose(page, 'case-open-person', trainee.name);
    await choose(page, 'case-open-criterion', '理论考核连续两次不及格');
    await page.getByTestId('case-open-summary').fill('理论考核连续两次低于 60 分，经辅导仍未达到要求');
    await page.getByTestId('case-open-submit').click();
    await page.waitForURL(/\/evaluation\/cases\/[^/]+$/);
    caseId = new URL(page.url()).pathname.split('/').pop()!;
    await page.locator('[data-testid=case-page][data-status=listed]').waitFor();
    expect(await page.getByTestId('evidence-item').count()).toBe(2);
    expect(await page.getByTestId('case-evidence').innerText()).toContain('理论考核（旅程2）');
    await shot(page, 'elimination-listed');

    // The interview, then the notice (from today, for the configured working days).
    await page.locator('[data-testid=interview-present] input').fill('培训负责人');
    await page.keyboard.press('Enter');
    await page.getByTestId('interview-explained').click();
    await page.getByTestId('interview-statement').fill('两次考试都没准备好，希望能有补考机会。');
    await page.getByTestId('interview-form-submit').click();
    await page.locator('[data-testid=case-next][data-step=notice]').waitFor();
    await page.getByTestId('notice-form-submit').click();
    await page.locator('[data-testid=case-page][data-status=notice]').waitFor();
    expect(await page.locator('[data-testid=case-notice]').first().getAttribute('data-state')).toBe('open');
    await shot(page, 'elimination-notice');
    await page.context().close();
  });

  it('the team lead is told, opens the case from the bell and appeals during the notice', async () => {
    const page = await newPage(browser);
    await signInUi(page, server.baseUrl, 'teamlead');
    await expect
      .poll(async () => Number(await page.getByTestId('bell').getAttribute('data-count')))
      .toBeGreaterThanOrEqual(3);
    await page.getByTestId('bell').click();
    await page.locator('[data-testid=bell-item][data-kind=elimination_notice_published]').first().click();
    await page.waitForURL(new RegExp(`/evaluation/cases/${caseId}$`));
    await page.getByTestId('appeal-new').click();
    await page.waitForTimeout(MODAL_ANIMATION_MS);
    await page.getByTestId('appeal-reason').fill('该学员近两周进步明显，第二次考试前因病请假，申请复核。');
    await page.getByTestId('appeal-form-submit').click();
    await page.locator('[data-testid=appeal][data-outcome=pending]').waitFor();
    await shot(page, 'elimination-appeal');
    await page.context().close();
  });

  it('the trainee sees their own case read-only, with the appeal and every step so far', async () => {
    const page = await newPage(browser);
    await signInUi(page, server.baseUrl, 'trainee');
    await page.goto(`${server.baseUrl}/evaluation/my-case`);
    await page.locator(`[data-testid=case-page][data-case-id="${caseId}"]`).waitFor();
    const kinds = await page.getByTestId('case-step').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toEqual(['listed', 'interview', 'notice', 'appeal']);
    expect(await page.getByTestId('appeal-new').count()).toBe(1); // may appeal during the notice
    expect(await page.getByTestId('appeal-answer').count()).toBe(0);
    expect(await page.getByTestId('decision-form').count()).toBe(0);
    await shot(page, 'elimination-my-case');
    await page.context().close();
  });

  it('after the notice has run out, the appeal is answered, HR decides and completes offboarding', async () => {
    await server.stop();
    server = await startServer({ databaseUrl, ...shiftedClock(dir, SHIFT_DAYS * DAY) });

    const manager = await newPage(browser);
    await signInUi(manager, server.baseUrl, 'training');
    await manager.goto(`${server.baseUrl}/evaluation/cases/${caseId}`);
    expect(await manager.locator('[data-testid=case-notice]').first().getAttribute('data-state')).toBe('ended');
    await manager.getByTestId('appeal-answer').click();
    await manager.waitForTimeout(MODAL_ANIMATION_MS);
    await manager.getByTestId('answer-rejected').click();
    await manager.getByTestId('answer-text').fill('经调查，两次考试均按时参加且无请假记录，申诉不成立。');
    await manager.getByTestId('answer-form-submit').click();
    await manager.locator('[data-testid=appeal][data-outcome=rejected]').waitFor();
    await manager.context().close();

    const hr = await newPage(browser);
    await signInUi(hr, server.baseUrl, 'hr');
    await hr.goto(`${server.baseUrl}/evaluation/cases/${caseId}`);
    await hr.locator('[data-testid=case-next][data-step=decision]').waitFor();
    await hr.getByTestId('decision-eliminate').click();
    await hr.getByTestId('decision-reason').fill('公示期满，申诉已答复，依据制度第一条决定淘汰。');
    await hr.getByTestId('decision-form-submit').click();
    await hr.getByTestId('decision-confirm').click();
    await hr.locator('[data-testid=case-page][data-status=offboarding]').waitFor();
    for (const item of ['wages_settled', 'badge_returned', 'equipment_returned']) {
      await hr.getByTestId(`offboarding-${item}`).click();
      await hr.locator(`[data-testid=offboarding-item][data-item=${item}][data-done=true]`).waitFor();
    }
    await hr.locator('[data-testid=case-next][data-step=exit_talk]').waitFor();
    await hr.getByTestId('exit-personView').fill('培训节奏快，但讲师很耐心。');
    await hr.getByTestId('exit-companyAssessment').fill('学习态度认真，业务知识掌握不足。');
    await hr.getByTestId('exit-careerAdvice').fill('建议从后台支持类岗位起步。');
    await hr.getByTestId('exit-form-submit').click();
    await hr.locator('[data-testid=case-page][data-status=eliminated]').waitFor();
    const kinds = await hr.getByTestId('case-step').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toEqual([
      'listed',
      'interview',
      'notice',
      'appeal',
      'appeal_answer',
      'decision',
      'offboarding_item',
      'offboarding_item',
      'offboarding_item',
      'exit_talk',
    ]);
    await shot(hr, 'elimination-closed');
    await hr.context().close();
  });

  it('the trainee’s training record shows the whole history', async () => {
    const page = await newPage(browser);
    await signInUi(page, server.baseUrl, 'training');
    await page.goto(`${server.baseUrl}/training/records/${trainee.employeeId}`);
    const scores = page.getByTestId('record-section-scores');
    await scores.waitFor();
    const text = await scores.innerText();
    for (const line of [
      '列入初步名单',
      '一对一面谈已记录',
      '淘汰流程 · 公示',
      '收到申诉',
      '申诉答复：不成立',
      '人力资源决定：淘汰',
      '工资结清',
      '离职面谈已完成',
    ])
      expect(text).toContain(line);
    await shot(page, 'elimination-record');
    await page.context().close();
  });
});
