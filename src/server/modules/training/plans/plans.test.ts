import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { countRows, employeeIdOf, expectError } from '../../../test/helpers.js';
import { at, catalogue, day, okData, schedule, type Kit } from '../shared/training.testkit.js';

// Plans and cohorts (issue 3 item 2); the catalogue and materials are in courses/courses.test.ts.

describe.each(DIALECTS)('training plans and cohorts on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let kit: Kit;
  let cohort: string;

  beforeAll(async () => {
    kit = await catalogue(env);
    cohort = okData(
      await kit.manager.post('/api/training/cohorts', {
        name: 'PLAN',
        startDate: '2026-11-16',
        employeeIds: [await employeeIdOf(env.handle.db, 'trainee')],
      }),
    ).id;
  });

  const newHire = (kit2: Kit, extra: Record<string, unknown> = {}) => ({
    title: '2026年11月新员工岗前培训',
    audience: 'new_hire',
    cohortId: cohort,
    startDate: '2026-11-16',
    endDate: '2027-01-08',
    venue: '培训中心301',
    equipment: '坐席电脑、耳麦、模拟系统',
    methods: ['lecture', 'role_play', 'mentoring'],
    evaluationMethod: '理论+实践+日常表现',
    assessmentPlan: '每周理论测验，结业实践考核',
    phases: [
      {
        name: '课堂培训',
        kind: 'classroom',
        startDate: '2026-11-16',
        endDate: '2026-11-27',
        courseIds: [kit2.courseA, kit2.courseB],
      },
      { name: '一对一跟听', kind: 'one_to_one', startDate: '2026-11-30', endDate: '2026-12-11' },
      { name: '一对五跟听', kind: 'one_to_five', startDate: '2026-12-14', endDate: '2026-12-25' },
      { name: '正式上岗', kind: 'go_live', startDate: '2026-12-28', endDate: '2027-01-08' },
    ],
    ...extra,
  });

  it('makes a new-hire plan for a cohort with phases and their courses', async () => {
    const id = okData(await kit.manager.post('/api/training/plans', newHire(kit))).id;
    const plan = okData(await (await env.as('trainer')).get(`/api/training/plans/${id}`));
    expect(plan).toMatchObject({
      audience: 'new_hire',
      cohortName: 'PLAN',
      recurrence: 'none',
      status: 'draft',
      nextCycleStart: null,
      methods: ['lecture', 'role_play', 'mentoring'],
      version: 1,
    });
    expect(plan.phases.map((p: any) => [p.seq, p.kind, p.startDate])).toEqual([
      [1, 'classroom', '2026-11-16'],
      [2, 'one_to_one', '2026-11-30'],
      [3, 'one_to_five', '2026-12-14'],
      [4, 'go_live', '2026-12-28'],
    ]);
    expect(plan.phases[0].courses.map((c: any) => c.title)).toEqual(['产品知识', '投诉处理']);
    expect(okData(await kit.manager.get('/api/training/plans?audience=new_hire')).map((p: any) => p.id)).toContain(id);
  });

  it('enforces the cycle rules of each audience', async () => {
    const post = (body: Record<string, unknown>) => kit.manager.post('/api/training/plans', body);
    const ojt = { title: '在岗培训', audience: 'on_the_job', startDate: '2027-01-01', endDate: '2027-01-31' };
    const before = await countRows(env.handle.db, 'training_plans');
    expectError(await post(newHire(kit, { cohortId: null })), 422, 'COHORT_REQUIRED', 'cohortId');
    expectError(await post(newHire(kit, { recurrence: 'monthly' })), 422, 'RECURRENCE_NOT_ALLOWED');
    expectError(await post(ojt), 422, 'RECURRENCE_REQUIRED', 'recurrence');
    expectError(await post({ ...ojt, recurrence: 'adhoc' }), 422, 'TRIGGER_REQUIRED', 'trigger');
    expectError(await post({ ...ojt, recurrence: 'monthly', trigger: 'system_change' }), 422, 'TRIGGER_NOT_ALLOWED');
    expectError(await post(newHire(kit, { endDate: '2026-11-01' })), 422, 'BAD_DATE_RANGE', 'endDate');
    expectError(
      await post(
        newHire(kit, { phases: [{ name: '超出', kind: 'classroom', startDate: '2026-11-01', endDate: '2026-11-20' }] }),
      ),
      422,
      'PHASE_OUTSIDE_PLAN',
      'phases.0.startDate',
    );
    expectError(
      await post(
        newHire(kit, {
          phases: [
            { name: '课', kind: 'classroom', startDate: '2026-11-16', endDate: '2026-11-20', courseIds: ['nope'] },
          ],
        }),
      ),
      422,
      'UNKNOWN_COURSE',
      'phases.0.courseIds',
    );
    expectError(await post(newHire(kit, { needsSurveyId: 'nope' })), 422, 'UNKNOWN_SURVEY');
    expectError(await post(newHire(kit, { cohortId: 'nope' })), 422, 'UNKNOWN_COHORT');
    expectError(await post(newHire(kit, { audience: 'everyone' })), 400, 'VALIDATION_FAILED');
    expectError(await post(newHire(kit, { methods: ['osmosis'] })), 400, 'VALIDATION_FAILED');
    expect(await countRows(env.handle.db, 'training_plans')).toBe(before);

    const adhoc = okData(
      await post({
        ...ojt,
        title: '新版工单系统上线培训',
        recurrence: 'adhoc',
        trigger: 'system_change',
        triggerNote: '工单系统V3上线',
      }),
    ).id;
    expect(okData(await kit.manager.get(`/api/training/plans/${adhoc}`))).toMatchObject({
      trigger: 'system_change',
      triggerNote: '工单系统V3上线',
      nextCycleStart: null,
    });
    expectError(await kit.manager.post(`/api/training/plans/${adhoc}/repeat`), 422, 'NOT_RECURRING');
  });

  it('repeats a quarterly on-the-job plan into its next cycle', async () => {
    const id = okData(
      await kit.manager.post('/api/training/plans', {
        title: '季度服务技能提升',
        audience: 'on_the_job',
        recurrence: 'quarterly',
        startDate: '2027-01-31',
        endDate: '2027-02-28',
        status: 'active',
        phases: [
          {
            name: '集中授课',
            kind: 'classroom',
            startDate: '2027-01-31',
            endDate: '2027-02-05',
            courseIds: [kit.courseB],
          },
        ],
      }),
    ).id;
    expect(okData(await kit.manager.get(`/api/training/plans/${id}`)).nextCycleStart).toBe('2027-04-30');
    const next = okData(await kit.manager.post(`/api/training/plans/${id}/repeat`)).id;
    const copy = okData(await kit.manager.get(`/api/training/plans/${next}`));
    expect(copy).toMatchObject({
      startDate: '2027-04-30',
      endDate: '2027-05-28',
      status: 'draft',
      previousPlanId: id,
      recurrence: 'quarterly',
    });
    expect(copy.phases).toEqual([
      expect.objectContaining({
        startDate: '2027-04-30',
        endDate: '2027-05-05',
        courses: [expect.objectContaining({ id: kit.courseB })],
      }),
    ]);
  });

  it('replaces phases on update, keeping those with sessions', async () => {
    const id = okData(await kit.manager.post('/api/training/plans', newHire(kit, { title: '可修改的计划' }))).id;
    const plan = okData(await kit.manager.get(`/api/training/plans/${id}`));
    await schedule(kit, {
      planId: id,
      phaseId: plan.phases[3].id,
      room: 'U',
      startsAt: at('2026-12-28', '09:00'),
      endsAt: at('2026-12-28', '10:00'),
    });
    const body = newHire(kit, { title: '可修改的计划', version: 1, status: 'active' }) as any;
    expectError(
      await kit.manager.put(`/api/training/plans/${id}`, { ...body, phases: body.phases.slice(0, 3) }),
      422,
      'PHASE_IN_USE',
    );
    body.phases[1].name = '一对一跟听（延长）';
    okData(await kit.manager.put(`/api/training/plans/${id}`, body));
    const after = okData(await kit.manager.get(`/api/training/plans/${id}`));
    expect(after).toMatchObject({ status: 'active', version: 2, sessionCount: 1 });
    expect(after.phases.map((p: any) => p.id)).toEqual(plan.phases.map((p: any) => p.id));
    expect(after.phases[1].name).toBe('一对一跟听（延长）');
    expectError(await kit.manager.put(`/api/training/plans/${id}`, body), 409, 'VERSION_CONFLICT');
    expectError(
      await kit.manager.post('/api/training/sessions', {
        courseId: kit.courseA,
        trainerId: kit.trainer,
        planId: id,
        phaseId: 'nope',
        startsAt: at(day(40), '09:00'),
        endsAt: at(day(40), '10:00'),
      }),
      422,
      'UNKNOWN_PHASE',
    );
  });
});
