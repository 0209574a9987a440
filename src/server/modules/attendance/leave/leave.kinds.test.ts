import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { expectError, userIdOf } from '../../../test/helpers.js';
import { noticeKinds } from '../../discipline/discipline.testkit.js';
import { agentIdOf, filed } from './leave.testkit.js';

// Leave kinds (attendance.setup) and the notice to an exam's author when leave covers it.

describe.each(DIALECTS)('leave kinds and overlaps on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let agent: Client, hr: Client, manager: Client;

  beforeAll(async () => {
    setClock('2026-09-21T02:00:00Z');
    [agent, hr, manager] = await Promise.all(['agent', 'hr', 'manager'].map((u) => env.as(u)));
  }, 60_000);
  afterAll(() => setClock());

  it('lets setup roles add, change and delete kinds; builtin ones stay; used ones stay', async () => {
    const kinds = await agent.get('/api/attendance/leave/kinds');
    expect(kinds.body.data.map((k: { code: string }) => k.code)).toEqual(
      expect.arrayContaining([
        'annual',
        'sick',
        'personal',
        'marriage',
        'bereavement',
        'maternity',
        'paternity',
        'special',
      ]),
    );
    const maternity = kinds.body.data.find((k: { code: string }) => k.code === 'maternity');
    expect(maternity).toMatchObject({ counting: 'calendar', hrAlways: true, builtin: true });
    const body = {
      code: 'study',
      nameZh: '学习假',
      nameEn: 'Study leave',
      paid: true,
      balance: 'none',
      counting: 'working',
      hrAlways: false,
      evidenceAfterDays: 0,
      maxDays: 2,
    };
    expectError(await agent.post('/api/attendance/leave/kinds', body), 403, 'FORBIDDEN');
    const made = await manager.post('/api/attendance/leave/kinds', body);
    expect(made.status, made.raw).toBe(200);
    expectError(await hr.post('/api/attendance/leave/kinds', body), 409, 'LEAVE_KIND_CODE_TAKEN', 'code');
    expectError(await hr.delete(`/api/attendance/leave/kinds/${maternity.id}`), 422, 'LEAVE_KIND_BUILTIN');
    // Over the kind's maximum, refused; within it, filed — and then the kind cannot be deleted.
    const long = await agent.post('/api/attendance/leave/requests', {
      kindCode: 'study',
      startDay: '2026-11-02',
      endDay: '2026-11-04',
      reason: '参加考试',
    });
    expectError(long, 422, 'LEAVE_OVER_KIND_MAX', 'endDay');
    await filed(agent, { kindCode: 'study', startDay: '2026-11-02', endDay: '2026-11-03' });
    expectError(await hr.delete(`/api/attendance/leave/kinds/${made.body.data.id}`), 409, 'LEAVE_KIND_IN_USE');
    const off = await hr.patch(`/api/attendance/leave/kinds/${made.body.data.id}`, { active: false });
    expect(off.body.data.active).toBe(false);
    expectError(
      await agent.post('/api/attendance/leave/requests', {
        kindCode: 'study',
        startDay: '2026-11-05',
        endDay: '2026-11-05',
        reason: '参加考试',
      }),
      422,
      'LEAVE_KIND_UNKNOWN',
    );
  });

  it('tells the exam’s author when leave covers an exam the person sits', async () => {
    const agentId = await agentIdOf(env);
    const at = '2026-09-01T00:00:00.000Z';
    await db()
      .insertInto('exams')
      .values({
        id: 'leave-test-exam',
        title: '十月产品考试',
        kind: 'theory',
        paper_id: null,
        opens_at: '2026-10-15T01:00:00.000Z',
        closes_at: '2026-10-15T03:00:00.000Z',
        time_limit_minutes: 60,
        max_attempts: 1,
        pass_mark: 60,
        shuffle_questions: 0,
        shuffle_options: 0,
        weights: null,
        course: null,
        status: 'open',
        results_released_at: null,
        created_by: await userIdOf(db(), 'hr'),
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await db()
      .insertInto('exam_examinees')
      .values({ exam_id: 'leave-test-exam', employee_id: agentId, added_at: at })
      .execute();
    expect(await noticeKinds(hr)).not.toContain('attendance_leave_exam_overlap');
    // An afternoon off does not touch a morning exam; the whole day does.
    await filed(agent, { startDay: '2026-10-15', endDay: '2026-10-15', startHalf: 'pm' });
    expect(await noticeKinds(hr)).not.toContain('attendance_leave_exam_overlap');
    await filed(agent, { startDay: '2026-10-15', endDay: '2026-10-15', endHalf: 'am' });
    expect(await noticeKinds(hr)).toContain('attendance_leave_exam_overlap');
  });
});
