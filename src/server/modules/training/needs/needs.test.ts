import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../demo/seed.js';
import { putSetting } from '../../../lib/settings.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { expectError, idsInTeams, teamIdOf } from '../../../test/helpers.js';
import { createUser } from '../../users/users.service.js';
import { day, okData } from '../shared/training.testkit.js';

// Training needs analysis (issue 3 item 1): a survey to an audience and their supervisors; the
// summary weighs the organization's needs (supervisors, weight 2) above individual wishes
// (weight 1), so four agents cannot outvote their two managers by headcount.

const QUESTIONS = [
  {
    id: 'topics',
    kind: 'choice',
    text: '最需要的培训主题',
    options: ['投诉处理', '系统操作', '话术规范'],
    multiple: true,
  },
  { id: 'urgency', kind: 'rating', text: '培训的迫切程度' },
  { id: 'wish', kind: 'text', text: '其他建议' },
];

describe.each(DIALECTS)('training needs surveys on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let manager: Client;
  let survey: string;
  const c: Record<string, Client> = {};

  beforeAll(async () => {
    manager = await env.as('training');
    const db = env.handle.db;
    const linked = new Set((await db.selectFrom('users').select('employee_id').execute()).map((u) => u.employee_id));
    const team = await idsInTeams(db, ['CS1-1']);
    const free = (
      await db
        .selectFrom('employees')
        .select(['id', 'name'])
        .where('id', 'in', team)
        .where('status', '!=', 'team_lead')
        .execute()
    ).filter((p) => !linked.has(p.id));
    for (const [i, p] of free.slice(0, 2).entries()) {
      await createUser(
        db,
        null,
        { username: `cs11_${i}`, displayName: p.name, roles: ['agent'], employeeId: p.id, password: DEMO_PASSWORD },
        { mustChange: false },
      );
    }
    for (const u of ['teamlead', 'manager', 'mentor', 'agent', 'cs11_0', 'cs11_1', 'trainee', 'qa'])
      c[u] = await env.as(u);
  });

  it('sends a survey to a team and its supervisors, and weighs their needs above individual wishes', async () => {
    survey = okData(
      await manager.post('/api/training/surveys', {
        title: '2027年一季度在岗培训需求',
        audience: { kind: 'team', ref: await teamIdOf(env.handle.db, 'CS1-1') },
        questions: QUESTIONS,
        closesOn: day(10),
      }),
    ).id;
    const dto = okData(await manager.get(`/api/training/surveys/${survey}`));
    // The team lead and the center manager (the team lead's own supervisor) answer for the organization.
    expect(dto.recipients).toEqual({
      individuals: (await idsInTeams(env.handle.db, ['CS1-1'])).length - 1,
      supervisors: 2,
      answeredIndividuals: 0,
      answeredSupervisors: 0,
    });
    const mine = okData(await c.teamlead.get('/api/training/surveys/mine'));
    expect(mine).toEqual([
      expect.objectContaining({ id: survey, respondentKind: 'supervisor', status: 'open', answers: null }),
    ]);

    const send = (who: string, answers: unknown) => c[who].post(`/api/training/surveys/${survey}/answers`, { answers });
    okData(await send('teamlead', { topics: ['投诉处理'], urgency: 5, wish: '加强投诉升级流程' }));
    okData(await send('manager', { topics: ['投诉处理'], urgency: 4 }));
    okData(await send('mentor', { topics: ['系统操作', '投诉处理'], urgency: 2 }));
    okData(await send('agent', { topics: ['系统操作'], urgency: 2 }));
    okData(await send('cs11_0', { topics: ['系统操作'], urgency: 3, wish: '  ' }));
    okData(await send('cs11_1', { topics: ['系统操作'], urgency: 1 }));
    okData(await send('cs11_1', { topics: ['系统操作'], urgency: 3, wish: '多练习工单系统' })); // answering again replaces

    const summary = okData(await manager.get(`/api/training/surveys/${survey}/summary`));
    expect(summary.weights).toEqual({ organization: 2, individual: 1 });
    expect(summary.respondents).toEqual({ individuals: 4, supervisors: 2 });
    const [topics, urgency, wish] = summary.questions;
    // 投诉处理: supervisors 2/2, individuals 1/4 → (2×1 + 1×0.25)/3 = 0.75; 系统操作: 0/2 and 4/4 → 1/3.
    expect(topics.options).toEqual([
      { option: '投诉处理', supervisorShare: 1, individualShare: 0.25, weightedScore: 0.75 },
      { option: '系统操作', supervisorShare: 0, individualShare: 1, weightedScore: 0.333 },
      { option: '话术规范', supervisorShare: 0, individualShare: 0, weightedScore: 0 },
    ]);
    // Means 4.5 and 2.5 → (2×4.5 + 2.5)/3 = 3.833.
    expect(urgency.rating).toEqual({
      supervisorMean: 4.5,
      individualMean: 2.5,
      weightedMean: 3.833,
      supervisorCount: 2,
      individualCount: 4,
    });
    expect(wish.texts).toEqual(
      expect.arrayContaining([
        { respondentKind: 'supervisor', text: '加强投诉升级流程' },
        { respondentKind: 'individual', text: '多练习工单系统' },
      ]),
    );
    expect(wish.texts).toHaveLength(2);

    await putSetting(env.handle.db, 'training.needsWeightOrganization', 1, null);
    const equal = okData(await manager.get(`/api/training/surveys/${survey}/summary`));
    expect(equal.questions[0].options.map((o: any) => [o.option, o.weightedScore])).toEqual([
      ['投诉处理', 0.625],
      ['系统操作', 0.5],
      ['话术规范', 0],
    ]);
    await putSetting(env.handle.db, 'training.needsWeightOrganization', 2, null);
  });

  it('refuses answers from outside the audience, malformed answers, and answers after closing', async () => {
    const send = (who: string, answers: unknown) => c[who].post(`/api/training/surveys/${survey}/answers`, { answers });
    expectError(await send('trainee', { urgency: 3 }), 404, 'NOT_FOUND');
    expectError(await send('agent', { nope: 3 }), 422, 'UNKNOWN_QUESTION', 'answers.nope');
    expectError(await send('agent', { urgency: 7 }), 422, 'BAD_ANSWER', 'answers.urgency');
    expectError(await send('agent', { topics: ['培训太多'] }), 422, 'BAD_ANSWER', 'answers.topics');
    expectError(await send('agent', { wish: 5 }), 422, 'BAD_ANSWER');
    expectError(await send('agent', {}), 422, 'NO_ANSWERS');
    expectError(await send('agent', { topics: { a: 1 } }), 400, 'VALIDATION_FAILED');
    expectError(await c.agent.get(`/api/training/surveys/${survey}/summary`), 403, 'FORBIDDEN');
    okData(await manager.post(`/api/training/surveys/${survey}/close`));
    expectError(await send('agent', { urgency: 3 }), 409, 'SURVEY_CLOSED');
    expect(okData(await c.agent.get('/api/training/surveys/mine'))[0].status).toBe('closed');
  });

  it('checks the questions and the audience', async () => {
    const make = (body: Record<string, unknown>) =>
      manager.post('/api/training/surveys', {
        title: '调研',
        audience: { kind: 'role', ref: 'qa_evaluator' },
        questions: QUESTIONS,
        ...body,
      });
    expectError(await make({ questions: [QUESTIONS[1], QUESTIONS[1]] }), 422, 'DUPLICATE_QUESTION', 'questions.1.id');
    expectError(
      await make({ questions: [{ id: 'q', kind: 'choice', text: '选一个', options: ['只有一个'] }] }),
      422,
      'OPTIONS_REQUIRED',
    );
    expectError(
      await make({ questions: [{ id: 'q', kind: 'rating', text: '打分', options: ['a', 'b'] }] }),
      422,
      'OPTIONS_NOT_ALLOWED',
    );
    expectError(await make({ questions: [] }), 400, 'VALIDATION_FAILED');
    expectError(await make({ audience: { kind: 'role', ref: 'astronaut' } }), 422, 'UNKNOWN_ROLE');
    expectError(await make({ audience: { kind: 'team', ref: 'nope' } }), 422, 'UNKNOWN_TEAM');
    expectError(await make({ audience: { kind: 'cohort', ref: 'nope' } }), 422, 'UNKNOWN_COHORT');
    const qa = okData(await make({ includeSupervisors: false }));
    expect(okData(await manager.get(`/api/training/surveys/${qa.id}`)).recipients).toMatchObject({
      individuals: 1,
      supervisors: 0,
    });
  });

  it('surveys a cohort with its supervisor and attaches the result to the plan', async () => {
    const cohort = okData(
      await manager.post('/api/training/cohorts', {
        name: 'NEEDS',
        teamId: await teamIdOf(env.handle.db, 'TRN-NH'),
        startDate: day(-7),
      }),
    ).id;
    const id = okData(
      await manager.post('/api/training/surveys', {
        title: '新员工培训需求',
        audience: { kind: 'cohort', ref: cohort },
        questions: QUESTIONS.slice(1),
      }),
    ).id;
    expect(okData(await manager.get(`/api/training/surveys/${id}`)).recipients).toMatchObject({
      individuals: 30,
      supervisors: 1,
    });
    okData(await c.trainee.post(`/api/training/surveys/${id}/answers`, { answers: { urgency: 5 } }));
    expect(okData(await c.trainee.get('/api/training/surveys/mine'))[0]).toMatchObject({
      id,
      respondentKind: 'individual',
      answers: { urgency: 5 },
    });
    const plan = okData(
      await manager.post('/api/training/plans', {
        title: '新员工计划',
        audience: 'new_hire',
        cohortId: cohort,
        startDate: day(0),
        endDate: day(30),
        needsSurveyId: id,
      }),
    ).id;
    expect(okData(await manager.get(`/api/training/surveys/${id}`)).planIds).toEqual([plan]);
    expect(okData(await manager.get(`/api/training/plans/${plan}`))).toMatchObject({
      needsSurveyId: id,
      cohortName: 'NEEDS',
    });
  });
});
