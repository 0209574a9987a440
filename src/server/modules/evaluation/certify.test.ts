import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/actor.js';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { auditOf, employeeIdOf } from '../../test/helpers.js';
import { addToPool } from '../mentorship/pool/pool.testkit.js';
import { openCase } from '../elimination/cases.service.js';
import { day, okData } from '../training/shared/training.testkit.js';
import { evaluationKit, theoryResult, trainees, type Kit } from './evaluation.testkit.js';

// Certification (SPEC §6, issue 5 item 6): trainee → shadowing (probation) when the plan is
// complete, the exams are passed, no criterion is met and no case is open; then probation →
// regular once shadowing has ended. Each step is a dated status change with its evidence, shown
// on the training record and in the audit log.

describe.each(DIALECTS)('certification on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let kit: Kit;
  let people: Awaited<ReturnType<typeof trainees>>;

  beforeAll(async () => {
    kit = await evaluationKit(env);
    people = await trainees(env, 4, 'cert');
  }, 60_000);

  /** A cohort of these people and its new-hire plan ending on `endDate`. */
  async function planFor(ids: string[], endDate: string, name: string) {
    const cohortId = okData(
      await kit.training.post('/api/training/cohorts', { name, startDate: day(-30), employeeIds: ids }),
    ).id;
    return okData(
      await kit.training.post('/api/training/plans', {
        title: `${name}岗前培训`,
        audience: 'new_hire',
        cohortId,
        startDate: day(-30),
        endDate,
        status: 'active',
      }),
    ).id as string;
  }
  const certify = (id: string, body: Record<string, unknown>) =>
    kit.training.post(`/api/evaluation/trainees/${id}/certify`, body);
  const check = async (id: string) => okData(await kit.training.get(`/api/evaluation/trainees/${id}/certification`));

  it('refuses while the plan runs or an exam is not passed, then certifies with the evidence, history, record and audit', async () => {
    const [p] = people;
    const running = await planFor([p.employeeId], day(10), '认证一班');
    let c = await check(p.employeeId);
    expect(c).toMatchObject({ step: 'shadowing', ready: false });
    expect(c.blockers.map((b: any) => b.code)).toEqual(['PLAN_NOT_COMPLETE', 'NO_EXAM_RESULTS']);
    const refused = await certify(p.employeeId, { step: 'shadowing', note: '结业考核通过' });
    expect([refused.status, refused.body.errorCode]).toEqual([422, 'PLAN_NOT_COMPLETE']);
    // The values the web's translation shows (errors.PLAN_NOT_COMPLETE fills {plans} and {endDate}).
    expect(refused.body.params).toEqual({ plans: '认证一班岗前培训', endDate: day(10) });

    await theoryResult(kit, p, 50);
    await theoryResult(kit, p, 80);
    // The plan is over (its end date has passed): only the exams are checked now, and both were taken.
    const plan = okData(await kit.training.get(`/api/training/plans/${running}`));
    okData(
      await kit.training.put(`/api/training/plans/${running}`, {
        title: plan.title,
        audience: 'new_hire',
        cohortId: plan.cohortId,
        startDate: plan.startDate,
        endDate: day(-1),
        status: 'active',
        version: plan.version,
      }),
    );
    c = await check(p.employeeId);
    expect(c).toMatchObject({ ready: true, blockers: [] });
    expect(c.evidence.examsPassed.map((e: any) => e.score)).toEqual([80]);

    expect((await certify(p.employeeId, { step: 'regular', note: '直接转正' })).body.errorCode).toBe('WRONG_STEP');
    for (const who of ['teamlead', 'trainer', 'agent', 'manager']) {
      expect(
        (
          await (
            await env.as(who)
          ).post(`/api/evaluation/trainees/${p.employeeId}/certify`, { step: 'shadowing', note: '越权' })
        ).status,
        who,
      ).toBe(403);
    }
    const done = okData(
      await certify(p.employeeId, { step: 'shadowing', effectiveDate: day(0), note: '结业考核通过，转入跟听' }),
    );
    expect(done).toMatchObject({
      step: 'shadowing',
      fromStatus: 'trainee',
      toStatus: 'probation',
      effectiveDate: day(0),
      certifiedBy: kit.training.me.displayName ?? expect.any(String),
    });
    expect(done.evidence.examsPassed).toEqual([
      expect.objectContaining({ title: expect.stringContaining('理论考核'), score: 80, passMark: 60 }),
    ]);
    expect(done.evidence.plans.map((x: any) => x.id)).toEqual([running]);

    const person = okData(await kit.training.get(`/api/employees/${p.employeeId}`));
    expect(person.status).toBe('probation');
    expect(person.statusHistory.find((h: any) => h.toStatus === 'probation')).toMatchObject({
      fromStatus: 'trainee',
      effectiveDate: day(0),
      reason: expect.stringContaining('结业考核通过'),
    });
    expect((await auditOf(env.handle.db, 'evaluation_certification', done.id)).map((a) => a.action)).toEqual([
      'create',
    ]);
    const record = okData(await kit.training.get(`/api/training/records/${p.employeeId}`));
    // The step is a code the web words; the note is the certifier's own text, the facts are numbers.
    const step = record.certificates.find((x: any) => x.label?.code === 'certification.shadowing');
    expect(step).toMatchObject({
      name: '',
      note: '结业考核通过，转入跟听',
      facts: { code: 'certification.facts', params: { exams: 1 } },
    });
    expect(JSON.stringify({ ...step, note: null, issuer: null })).not.toMatch(/[\u4e00-\u9fff]/);
    expect((await certify(p.employeeId, { step: 'shadowing', note: '再来一次' })).body.errorCode).toBe('WRONG_STEP');
    // The trainee is told, in their own language (the web renders the kind with the date).
    const notices = await env.handle.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['n.kind', 'n.params'])
      .where('u.employee_id', '=', p.employeeId)
      .execute();
    expect(notices.map((x) => [x.kind, JSON.parse(x.params).date])).toEqual([
      ['evaluation_certified_shadowing', day(0)],
    ]);

    // Step 2 needs shadowing that has ended.
    c = await check(p.employeeId);
    expect(c).toMatchObject({ step: 'regular', ready: false });
    expect(c.blockers.map((b: any) => b.code)).toEqual(['NO_SHADOWING']);
    const mentorId = await employeeIdOf(env.handle.db, 'mentor');
    await addToPool(env.handle.db, [mentorId]); // issue 20: a mentor comes from the pool
    const assignment = okData(
      await kit.training.post('/api/training/mentoring/assignments', {
        traineeId: p.employeeId,
        mentorId,
        mode: 'one_to_one',
        startDate: day(0),
      }),
    ).id;
    expect((await certify(p.employeeId, { step: 'regular', note: '跟听期满' })).body.errorCode).toBe(
      'SHADOWING_ACTIVE',
    );
    okData(await kit.training.post(`/api/training/mentoring/assignments/${assignment}/end`, { reason: '跟听期满' }));
    const regular = okData(await certify(p.employeeId, { step: 'regular', note: '跟听期满，考核合格' }));
    expect(regular).toMatchObject({ fromStatus: 'probation', toStatus: 'regular' });
    expect(okData(await kit.training.get(`/api/employees/${p.employeeId}`)).status).toBe('regular');
    expect((await check(p.employeeId)).history.map((h: any) => h.step)).toEqual(['shadowing', 'regular']);
  });

  it('refuses a trainee who meets a criterion or has an open case, and writes nothing', async () => {
    const [, q, r] = people;
    await planFor([q.employeeId, r.employeeId], day(-1), '认证二班');
    await theoryResult(kit, q, 40);
    await theoryResult(kit, q, 50);
    await theoryResult(kit, q, 90); // the last exam passed, but two fails in a row met criterion 1
    let res = await certify(q.employeeId, { step: 'shadowing', note: '试图认证' });
    expect([res.status, res.body.errorCode]).toEqual([422, 'CRITERION_MET']);
    expect(res.body.errorMessage).toContain('theory');

    await theoryResult(kit, r, 90);
    expect((await check(r.employeeId)).ready).toBe(true);
    const training = kit.training.me;
    const actor = {
      userId: training.id ?? training.userId,
      username: 'training',
      name: training.displayName ?? '培训负责人',
      roles: ['training_manager'],
      locale: 'zh-CN',
      mustChangePassword: false,
      employeeId: training.employeeId,
      teamId: training.teamId ?? null,
      departmentId: training.departmentId ?? null,
      sessionId: 't',
      csrfToken: 't',
    } as Actor;
    await openCase(env.handle.db, actor, {
      employeeId: r.employeeId,
      criterion: 'teamwork',
      summary: '多次与同组同事冲突',
      evidenceText: '班组长书面记录三次冲突，附沟通记录',
    });
    const c = await check(r.employeeId);
    expect(c.blockers.map((b: any) => b.code)).toEqual(['OPEN_CASE']);
    res = await certify(r.employeeId, { step: 'shadowing', note: '试图认证' });
    expect([res.status, res.body.errorCode]).toEqual([409, 'OPEN_CASE']);
    for (const id of [q.employeeId, r.employeeId]) {
      expect(okData(await kit.training.get(`/api/employees/${id}`)).status).toBe('trainee');
      expect((await check(id)).history).toEqual([]);
    }
  });
});
