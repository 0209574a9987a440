import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { putSetting } from '../../../lib/settings.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, employeeIdOf, expectError } from '../../../test/helpers.js';
import { scoreSession } from '../../quality/feedback/feedback.testkit.js';
import { publishedForm } from '../../quality/forms/forms.testkit.js';
import { okData } from '../../training/shared/training.testkit.js';
import { publishedTotals } from './pool.testkit.js';

// The mentor pool (SPEC §7, issue 20 item 6): each criterion (tenure, QA average over the window,
// latest published appraisal, mentor training) shown with its evidence and failing on its own;
// selection refused with the unmet criteria named, allowed with a recorded override reason;
// removal with a reason and the history kept; only training managers change the pool.

describe.each(DIALECTS)('mentor pool on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let manager: Client;
  let qa: Client;
  let courseId: string;
  // A meets everything; B a low QA average; C no appraisal; D no mentor training; E no evaluations.
  let p: Record<'A' | 'B' | 'C' | 'D' | 'E', string>;
  const candidates = async (c: Client = manager, q = '') =>
    okData<any[]>(await c.get(`/api/mentorship/pool/candidates${q}`));
  const of = (list: any[], id: string) => list.find((c) => c.employeeId === id);
  const crit = (c: any, key: string) => c.criteria.find((x: any) => x.key === key);

  beforeAll(async () => {
    setClock('2026-12-15T02:00:00Z'); // Tuesday 10:00 in the center
    manager = await env.as('training');
    qa = await env.as('qa');
    const floor = await db()
      .selectFrom('employees as e')
      .leftJoin('users as u', 'u.employee_id', 'e.id')
      .select('e.id')
      .where('e.status', 'in', ['regular', 'key_staff'])
      .where('e.hire_date', '<=', '2024-06-30')
      .where('u.id', 'is', null)
      .orderBy('e.employee_no')
      .limit(5)
      .execute();
    const [A, B, C, D, E] = floor.map((f) => f.id);
    p = { A, B, C, D, E };

    courseId = okData(
      await manager.post('/api/training/courses', {
        code: 'MT-101',
        title: '带教导师培训',
        contentArea: 'service_communication',
        method: 'mentoring',
        hours: 4,
      }),
    ).id;
    for (const who of [A, B, C])
      okData(
        await manager.post(`/api/training/records/${who}/certificates`, {
          name: '带教导师培训合格',
          issuedOn: '2026-11-30',
          courseId,
        }),
      );
    const formId = (await publishedForm(qa)).id;
    for (const who of [A, B, C, D]) await scoreSession(qa, formId, who, '2026-12-01');
    await scoreSession(qa, formId, A, '2026-12-05');
    await scoreSession(qa, formId, B, '2026-12-05', { compliant: 0, greet: 0 });
    await publishedTotals(db(), '2026年第二季度', '2026-06-30', { [A]: 70 });
    await publishedTotals(db(), '2026年第三季度', '2026-09-30', { [A]: 88, [B]: 88, [D]: 88, [E]: 90 });
  });
  afterAll(() => setClock());

  it('shows every floor agent with each criterion and its evidence; mentor training waits for a course', async () => {
    const before = await candidates();
    expect(before.every((c) => ['regular', 'key_staff', 'team_lead'].includes(c.status))).toBe(true);
    expect(crit(of(before, p.A), 'mentorTraining')).toMatchObject({ met: false, state: 'not_configured' });

    const config = okData(await manager.put('/api/mentorship/pool/config', { mentorCourseId: courseId, version: 0 }));
    expect(config).toMatchObject({ mentorCourseId: courseId, mentorCourseTitle: '带教导师培训', version: 1 });
    expectError(
      await manager.put('/api/mentorship/pool/config', { mentorCourseId: null, version: 0 }),
      409,
      'VERSION_CONFLICT',
    );
    expectError(
      await manager.put('/api/mentorship/pool/config', { mentorCourseId: 'no-such-course', version: 1 }),
      422,
      'UNKNOWN_COURSE',
    );

    const list = await candidates();
    const a = of(list, p.A);
    expect(a).toMatchObject({ eligible: true, unmet: [], inPool: false });
    const hire = (
      await db().selectFrom('employees').select('hire_date').where('id', '=', p.A).executeTakeFirstOrThrow()
    ).hire_date;
    expect(crit(a, 'tenure')).toMatchObject({ met: true, state: 'met', threshold: 12, date: hire });
    expect(crit(a, 'tenure').value).toBeGreaterThanOrEqual(12);
    expect(crit(a, 'qa')).toMatchObject({ met: true, value: 100, count: 2, threshold: 90, date: '2026-09-17' });
    // The latest published appraisal counts, not an older better or worse one.
    expect(crit(a, 'appraisal')).toMatchObject({ met: true, value: 88, label: '2026年第三季度', date: '2026-09-30' });
    expect(crit(a, 'mentorTraining')).toMatchObject({
      met: true,
      label: '带教导师培训',
      date: '2026-11-30',
      how: 'certificate',
    });
  });

  it('fails each criterion on its own', async () => {
    const list = await candidates();
    const b = of(list, p.B);
    expect(b.unmet).toEqual(['qa']);
    expect(crit(b, 'qa')).toMatchObject({ met: false, state: 'below', count: 2 });
    expect(crit(b, 'qa').value).toBeLessThan(90);
    expect(of(list, p.C).unmet).toEqual(['appraisal']);
    expect(crit(of(list, p.C), 'appraisal')).toMatchObject({ met: false, state: 'no_data', value: null });
    expect(of(list, p.D).unmet).toEqual(['mentorTraining']);
    expect(crit(of(list, p.D), 'mentorTraining')).toMatchObject({
      met: false,
      state: 'no_data',
      label: '带教导师培训',
    });
    expect(of(list, p.E).unmet).toEqual(['qa', 'mentorTraining']);
    expect(crit(of(list, p.E), 'qa')).toMatchObject({ met: false, state: 'no_data', value: null, count: 0 });

    // Tenure and appraisal alone, by their settings.
    await putSetting(db(), 'mentoring.pool.minTenureMonths', 600, null);
    expect(of(await candidates(), p.A).unmet).toEqual(['tenure']);
    await putSetting(db(), 'mentoring.pool.minTenureMonths', 12, null);
    await putSetting(db(), 'mentoring.pool.minAppraisalScore', 89, null);
    expect(crit(of(await candidates(), p.A), 'appraisal')).toMatchObject({ met: false, state: 'below', value: 88 });
    await putSetting(db(), 'mentoring.pool.minAppraisalScore', 80, null);
    // The QA window is a setting too: 10 days leave only B's bad evaluation of 12-05.
    await putSetting(db(), 'mentoring.pool.qaWindowDays', 11, null);
    expect(crit(of(await candidates(), p.B), 'qa')).toMatchObject({ count: 1, date: '2026-12-05' });
    await putSetting(db(), 'mentoring.pool.qaWindowDays', 90, null);

    const eligible = await candidates(manager, '?eligibleOnly=true');
    expect(eligible.map((c) => c.employeeId)).toContain(p.A);
    expect(eligible.every((c) => c.eligible)).toBe(true);
    expect(eligible.map((c) => c.employeeId)).not.toContain(p.B);
  });

  it('refuses a selection naming the unmet criteria, then allows it with a recorded override reason', async () => {
    const refused = await manager.post('/api/mentorship/pool/members', { employeeId: p.B });
    expectError(refused, 422, 'POOL_CRITERIA_UNMET', 'overrideReason');
    expect(refused.body.errorMessage).toContain('qa');
    expect(okData(await manager.get('/api/mentorship/pool'))).toEqual([]);

    const reason = '近期质检波动，但带教经验丰富，破格入选';
    const id = okData(
      await manager.post('/api/mentorship/pool/members', { employeeId: p.B, overrideReason: reason }),
    ).id;
    okData(await manager.post('/api/mentorship/pool/members', { employeeId: p.A, overrideReason: '无需' }));
    const pool = okData<any[]>(await manager.get('/api/mentorship/pool'));
    expect(pool.map((m) => [m.employeeId, m.overrideReason])).toEqual([
      [p.B, reason],
      [p.A, null], // eligible: nothing was overridden
    ]);
    expect(of(pool, p.B)).toMatchObject({ ratingCount: 0, ratingAverage: null, flagged: false, activeMentees: 0 });
    expect(of(await candidates(), p.A).inPool).toBe(true);
    expect((await auditOf(db(), 'mentor_pool_member', id)).at(-1)).toMatchObject({
      action: 'create',
      reason,
      new_value: { employee_id: p.B, unmet: ['qa'], override_reason: reason },
    });

    expectError(await manager.post('/api/mentorship/pool/members', { employeeId: p.A }), 409, 'ALREADY_IN_POOL');
    const trainee = await employeeIdOf(db(), 'trainee');
    expectError(
      await manager.post('/api/mentorship/pool/members', { employeeId: trainee, overrideReason: '试试' }),
      422,
      'NOT_A_FLOOR_AGENT',
    );
    expectError(await manager.post('/api/mentorship/pool/members', { employeeId: 'nobody' }), 422, 'UNKNOWN_EMPLOYEE');
  });

  it('removes with a reason and keeps the history', async () => {
    expectError(await manager.post(`/api/mentorship/pool/members/${p.B}/remove`, { reason: '' }), 400);
    okData(await manager.post(`/api/mentorship/pool/members/${p.B}/remove`, { reason: '学员反映带教过于严厉' }));
    expectError(
      await manager.post(`/api/mentorship/pool/members/${p.B}/remove`, { reason: '再移除一次' }),
      404,
      'NOT_FOUND',
    );
    expect(okData<any[]>(await manager.get('/api/mentorship/pool')).map((m) => m.employeeId)).toEqual([p.A]);
    okData(await manager.post('/api/mentorship/pool/members', { employeeId: p.B, overrideReason: '整改后重新入选' }));
    const history = okData<any[]>(await manager.get(`/api/mentorship/pool/history?employeeId=${p.B}`));
    expect(history.map((h) => [h.status, h.overrideReason, h.removeReason])).toEqual([
      ['active', '整改后重新入选', null],
      ['removed', '近期质检波动，但带教经验丰富，破格入选', '学员反映带教过于严厉'],
    ]);
    expect(history[1].removedByName).toBeTruthy();
  });

  it('lets only training managers change the pool; readers see their own scope', async () => {
    const agent = await env.as('agent');
    const mentor = await env.as('mentor');
    const lead = await env.as('teamlead');
    for (const c of [agent, mentor, lead]) {
      expectError(await c.post('/api/mentorship/pool/members', { employeeId: p.D, overrideReason: '想带徒弟' }), 403);
      expectError(await c.post(`/api/mentorship/pool/members/${p.A}/remove`, { reason: '不合适' }), 403);
      expectError(await c.put('/api/mentorship/pool/config', { mentorCourseId: null, version: 1 }), 403);
    }
    expectError(await agent.get('/api/mentorship/pool/candidates'), 403);
    expectError(await agent.get('/api/mentorship/pool'), 403);
    // A mentor sees only themself among the candidates (an agent's scope), never others' QA or appraisal.
    const mine = await candidates(mentor);
    expect(mine.map((c) => c.employeeId)).toEqual([await employeeIdOf(db(), 'mentor')]);
    expect(okData(await mentor.get('/api/mentorship/pool'))).toEqual([]);
  });
});
