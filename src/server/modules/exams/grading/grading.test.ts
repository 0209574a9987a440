import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../users/users.service.js';
import { DEMO_PASSWORD } from '../../../demo/seed.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { addQuestion, cohortAccounts, openExam, SAMPLE } from '../shared/exams.testkit.js';

// Blind grading, audited re-grades, release, and who sees whose results.
describe.each(DIALECTS)('grading and results on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let training: Client;
  let trainer: Client;
  let people: { username: string; employeeId: string; name?: string; no?: string }[];
  let examId: string;
  const attempts: string[] = [];

  beforeAll(async () => {
    training = await env.as('training');
    trainer = await env.as('trainer');
    people = await cohortAccounts(env, 2, 'blind');
    for (const p of people) {
      const e = await env.handle.db
        .selectFrom('employees')
        .select(['name', 'employee_no'])
        .where('id', '=', p.employeeId)
        .executeTakeFirstOrThrow();
      Object.assign(p, { name: e.name, no: e.employee_no });
    }
    const essay = await addQuestion(training, SAMPLE.essay);
    const tf = await addQuestion(training, SAMPLE.trueFalse);
    ({ examId } = await openExam(training, {
      paper: { title: '含论述', mode: 'fixed', items: [{ questionId: tf, points: 5 }, { questionId: essay }] },
      examinees: people.map((p) => p.employeeId),
    }));
    for (const p of people) {
      const c = await env.as(p.username);
      const v = (await c.post(`/api/exams/${examId}/attempts`)).body.data;
      await c.put(`/api/exams/attempts/${v.attemptId}/answers/${tf}`, { value: false });
      await c.put(`/api/exams/attempts/${v.attemptId}/answers/${essay}`, { text: `${p.username} 的论述` });
      await c.post(`/api/exams/attempts/${v.attemptId}/submit`);
      attempts.push(v.attemptId);
    }
  });

  it('offers as graders exactly the accounts setGraders accepts, and only to authors', async () => {
    const list = (await training.get('/api/exams/graders')).body.data as { userId: string; name: string }[];
    const roles = await env.handle.db.selectFrom('user_roles').select(['user_id', 'role']).execute();
    const eligible = new Set(
      roles.filter((r) => ['admin', 'training_manager', 'trainer'].includes(r.role)).map((r) => r.user_id),
    );
    expect(new Set(list.map((g) => g.userId))).toEqual(eligible);
    expect((await training.put(`/api/exams/${examId}/graders`, { userIds: list.map((g) => g.userId) })).status).toBe(
      200,
    );
    const agent = await env.as('agent');
    expect((await agent.get('/api/exams/graders')).status).toBe(403);
    expect((await training.put(`/api/exams/${examId}/graders`, { userIds: [] })).status).toBe(200);
  });

  it('shows graders the answers with the rubric and an anonymous code, never who wrote them', async () => {
    const noAccess = await trainer.get(`/api/exams/grading/queue?examId=${examId}`);
    expect(noAccess.body.data).toEqual([]); // not the author, not a grader
    const trainerUser = await env.handle.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'trainer')
      .executeTakeFirstOrThrow();
    expect((await training.put(`/api/exams/${examId}/graders`, { userIds: [trainerUser.id] })).status).toBe(200);
    const res = await trainer.get(`/api/exams/grading/queue?examId=${examId}`);
    expect(res.body.data).toHaveLength(2);
    expect(res.body.data[0]).toMatchObject({ rubric: SAMPLE.essay.rubric, type: 'essay', points: 5 });
    expect(res.body.data[0].anonCode).toMatch(/^[A-Z2-9]{7}$/);
    for (const p of people) {
      for (const secret of [p.employeeId, p.name!, p.no!, ...attempts]) expect(res.raw).not.toContain(secret);
    }
    expect(Object.keys(res.body.data[0]).sort()).toEqual(
      [
        'anonCode',
        'answer',
        'comment',
        'examId',
        'examTitle',
        'files',
        'gradedAt',
        'itemId',
        'points',
        'position',
        'referenceAnswer',
        'rubric',
        'score',
        'stem',
        'type',
      ].sort(),
    );
  });

  it('takes partial credit, refuses too much, and audits a changed mark with its reason', async () => {
    const [t1, t2] = (await trainer.get(`/api/exams/grading/queue?examId=${examId}`)).body.data;
    expect((await trainer.put(`/api/exams/grading/items/${t1.itemId}`, { score: 6 })).body.errorCode).toBe(
      'SCORE_TOO_HIGH',
    );
    const g = await trainer.put(`/api/exams/grading/items/${t1.itemId}`, { score: 2.5, comment: '缺少方案' });
    expect(g.body.data).toMatchObject({ attemptScore: 75, pendingInAttempt: 0 }); // (5 + 2.5) / 10
    const again = await trainer.put(`/api/exams/grading/items/${t1.itemId}`, { score: 3 });
    expect(again.body.errorCode).toBe('REASON_REQUIRED');
    expect(
      (await trainer.put(`/api/exams/grading/items/${t1.itemId}`, { score: 3, comment: '缺少方案', reason: '复核' }))
        .body.data.attemptScore,
    ).toBe(80);
    const log = await env.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'exam_attempt_item')
      .where('entity_id', '=', t1.itemId)
      .orderBy('at')
      .execute();
    expect(log.map((l) => [JSON.parse(l.old_value!).score, JSON.parse(l.new_value!).score, l.reason])).toEqual([
      [null, 2.5, 'graded'],
      [2.5, 3, '复核'],
    ]);
    const scoreLog = await env.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'exam_attempt')
      .where('reason', '=', '复核')
      .execute();
    expect(scoreLog.map((l) => [JSON.parse(l.old_value!).score, JSON.parse(l.new_value!).score])).toEqual([[75, 80]]);
    expect(t2.score).toBeNull();
    // An automatic mark is overridden only by the author or a training manager.
    const tfItem = await env.handle.db
      .selectFrom('exam_attempt_items')
      .select('id')
      .where('attempt_id', '=', attempts[0])
      .where('manual', '=', 0)
      .executeTakeFirstOrThrow();
    expect((await trainer.put(`/api/exams/grading/items/${tfItem.id}`, { score: 0, reason: 'x' })).status).toBe(403);
  });

  it('releases after the exam closes: by the author, graded results first', async () => {
    const me = await env.as(people[0].username);
    const mine = (
      await env.handle.db
        .selectFrom('exam_attempts')
        .select('id')
        .where('employee_id', '=', people[0].employeeId)
        .executeTakeFirstOrThrow()
    ).id;
    expect((await me.get(`/api/exams/attempts/${mine}/result`)).status).toBe(409);
    expect((await training.post(`/api/exams/${examId}/close`)).status).toBe(200);
    expect((await training.post(`/api/exams/${examId}/release`)).status).toBe(200);
    const graded = await me.get(`/api/exams/attempts/${mine}/result`);
    const ungraded = (await env.as(people[1].username)).get(`/api/exams/attempts/${attempts[1]}/result`);
    const r = [graded, await ungraded];
    const byStatus = Object.fromEntries(r.map((x) => [x.status, x.body]));
    expect(Object.keys(byStatus).sort()).toEqual(['200', '409']);
    expect(byStatus['200'].data.items.find((i: any) => i.type === 'true_false')).toMatchObject({
      correctAnswer: false,
      score: 5,
    });
  });

  it('lets a team lead see only their team, and hides the exam from an unrelated trainer', async () => {
    const lead = await env.as('teamlead');
    expect((await lead.get(`/api/exams/${examId}/results`)).status).toBe(404);
    expect((await lead.get('/api/exams')).body.data.find((e: any) => e.id === examId)).toBeUndefined();
    const team = await env.handle.db
      .selectFrom('teams')
      .select('id')
      .where('code', '=', 'TRN-NH')
      .executeTakeFirstOrThrow();
    const lead2 = await env.handle.db
      .selectFrom('employees')
      .select('id')
      .where('team_id', '=', team.id)
      .orderBy('employee_no', 'desc')
      .executeTakeFirstOrThrow();
    await createUser(
      env.handle.db,
      null,
      { username: 'nhlead', displayName: '班长', roles: ['team_lead'], employeeId: lead2.id, password: DEMO_PASSWORD },
      { mustChange: false },
    );
    const nh = await env.as('nhlead');
    expect((await nh.get(`/api/exams/${examId}/results`)).body.data).toHaveLength(2);
    const hr = await env.as('hr');
    expect((await hr.get(`/api/exams/${examId}/results`)).body.data).toHaveLength(2);
    await createUser(
      env.handle.db,
      null,
      { username: 'trainer2', displayName: '讲师二', roles: ['trainer'], password: DEMO_PASSWORD },
      { mustChange: false },
    );
    const t2 = await env.as('trainer2');
    expect((await t2.get(`/api/exams/${examId}`)).status).toBe(404);
    expect((await t2.get(`/api/exams/attempts/${attempts[0]}/review`)).status).toBe(404);
    expect((await trainer.get(`/api/exams/attempts/${attempts[0]}/review`)).body.data.items).toHaveLength(2);
  });
});
