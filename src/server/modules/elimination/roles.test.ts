import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client, type Res } from '../../test/harness.js';
import { employeeIdOf } from '../../test/helpers.js';
import { INTERVIEW, newTrainee, okData } from './elimination.testkit.js';

// Who may do what on an elimination case, role by role and step by step (issue 17: "a role ×
// action test for the elimination case"). SPEC §1: the training manager proposes, interviews,
// publishes the notice and may answer appeals; HR has the final say on eliminations and appeals
// and does the offboarding; an administrator may do everything; a center manager (the trainee's
// superior) answers appeals and sees their department; a team lead sees and may appeal for their
// team's trainees; the trainee sees and may appeal their own case. Trainers, QA and other agents
// have no say over a person's job and do not even learn the case exists (404, not 403).
// Each refused attempt is made on the same case before the allowed ones, so a refusal that wrote
// something would show up in the allowed steps after it.

const ROLES = ['admin', 'hr', 'training', 'manager', 'teamlead', 'trainer', 'qa', 'agent', 'trainee'] as const;
type Role = (typeof ROLES)[number];
type Outcome = 'ok' | 'forbidden' | 'hidden';
const ACTIONS = [
  'list',
  'view',
  'propose',
  'interview',
  'notice',
  'appeal',
  'answer',
  'decide',
  'offboarding',
] as const;
type Action = (typeof ACTIONS)[number];

const row = (ok: Role[], hidden: Role[] = []): Record<Role, Outcome> =>
  Object.fromEntries(
    ROLES.map((r) => [r, ok.includes(r) ? 'ok' : hidden.includes(r) ? 'hidden' : 'forbidden']),
  ) as Record<Role, Outcome>;
const OUT_OF_SIGHT: Role[] = ['trainer', 'qa', 'agent', 'trainee'];

// The case is about a trainee of the team lead's team (in the center manager's department).
const EXPECTED: Record<Action, Record<Role, Outcome>> = {
  list: row(['admin', 'hr', 'training', 'manager', 'teamlead'], OUT_OF_SIGHT), // "hidden": not in their list
  view: row(['admin', 'hr', 'training', 'manager', 'teamlead'], OUT_OF_SIGHT),
  propose: row(['admin', 'training']),
  interview: row(['admin', 'training']),
  notice: row(['admin', 'training']),
  appeal: row(['admin', 'hr', 'training', 'manager', 'teamlead'], OUT_OF_SIGHT),
  answer: row(['admin', 'hr', 'training', 'manager']),
  decide: row(['admin', 'hr']),
  offboarding: row(['admin', 'hr']),
};

const outcome = (res: Res): Outcome | string =>
  res.status === 200
    ? 'ok'
    : res.status === 403
      ? 'forbidden'
      : res.status === 404
        ? 'hidden'
        : `${res.status} ${res.raw.slice(0, 120)}`;

describe.each(DIALECTS)('elimination case: role × action on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const c = {} as Record<Role, Client>;

  beforeAll(async () => {
    setClock('2026-12-07T02:00:00Z'); // Monday 10:00 in Beijing: a 3-working-day notice ends Thursday 12-10
    for (const r of ROLES) c[r] = await env.as(r);
  }, 60_000);
  afterAll(() => setClock());

  it('allows and refuses each step as SPEC §1 says, with HR holding the final say', async () => {
    const got = Object.fromEntries(ACTIONS.map((a) => [a, {}])) as Record<
      Action,
      Partial<Record<Role, Outcome | string>>
    >;
    const allowed = (a: Action) => ROLES.filter((r) => EXPECTED[a][r] === 'ok');
    const refused = (a: Action) => ROLES.filter((r) => EXPECTED[a][r] !== 'ok');
    const open = (who: Role, employeeId: string) =>
      c[who].post('/api/elimination/cases', {
        employeeId,
        criterion: 'teamwork',
        summary: '团队协作差，影响班组',
        evidenceText: '班组长三次书面记录：拒绝配合排班',
      });

    // Propose: the refused try first on one trainee; then each allowed role opens a case of its own.
    const subjects = await Promise.all(allowed('propose').map(() => newTrainee(env, c.hr, 'CS1-1', '2026-11-02')));
    for (const r of refused('propose')) got.propose[r] = outcome(await open(r, subjects[0]));
    const cases: string[] = [];
    for (const [i, r] of allowed('propose').entries()) {
      const res = await open(r, subjects[i]);
      got.propose[r] = outcome(res);
      cases.push(res.body.data?.id);
    }
    const [main] = cases;

    // Interview and notice: refused on the main case; each allowed role takes the step on a case.
    for (const [step, body] of [
      ['interview', { ...INTERVIEW, heldAt: '2026-12-07T01:00:00Z' }],
      ['notice', {}],
    ] as const) {
      for (const r of refused(step))
        got[step][r] = outcome(await c[r].post(`/api/elimination/cases/${main}/${step}`, body));
      for (const [i, r] of allowed(step).entries())
        got[step][r] = outcome(await c[r].post(`/api/elimination/cases/${cases[i]}/${step}`, body));
    }

    for (const r of ROLES) {
      got.view[r] = outcome(await c[r].get(`/api/elimination/cases/${main}`));
      const list = await c[r].get('/api/elimination/cases?pageSize=200');
      got.list[r] =
        list.status !== 200
          ? outcome(list)
          : list.body.data.some((x: { id: string }) => x.id === main)
            ? 'ok'
            : 'hidden';
    }

    // Appeals during the notice: everyone who sees the case may appeal; the others cannot find it.
    const appeals: string[] = [];
    for (const r of ROLES) {
      const res = await c[r].post(`/api/elimination/cases/${main}/appeals`, { reason: `${r}：请复核该学员近期表现` });
      got.appeal[r] = outcome(res);
      if (res.status === 200) appeals.push(res.body.data.id);
    }
    // Answers: refused on the first appeal; each allowed role rejects one (an appeal HR upheld would end the case).
    for (const r of refused('answer'))
      got.answer[r] = outcome(
        await c[r].post(`/api/elimination/appeals/${appeals[0]}/answer`, {
          outcome: 'upheld',
          answer: '我认为申诉成立',
        }),
      );
    for (const [i, r] of allowed('answer').entries()) {
      got.answer[r] = outcome(
        await c[r].post(`/api/elimination/appeals/${appeals[i]}/answer`, {
          outcome: 'rejected',
          answer: '经调查，事实清楚，申诉不成立',
        }),
      );
    }
    for (const a of appeals.slice(allowed('answer').length))
      okData(
        await c.training.post(`/api/elimination/appeals/${a}/answer`, {
          outcome: 'rejected',
          answer: '经调查，事实清楚',
        }),
      );

    // After the notice: the decision and the offboarding are HR's (and an administrator's).
    setClock('2026-12-11T02:00:00Z');
    const decide = (r: Role, id: string) =>
      c[r].post(`/api/elimination/cases/${id}/decision`, {
        decision: 'eliminate',
        reason: '公示期满，申诉均已答复，决定淘汰',
      });
    for (const r of refused('decide')) got.decide[r] = outcome(await decide(r, main));
    for (const [i, r] of allowed('decide').entries()) got.decide[r] = outcome(await decide(r, cases[i]));
    const items = ['wages_settled', 'badge_returned', 'equipment_returned'];
    for (const r of refused('offboarding'))
      got.offboarding[r] = outcome(await c[r].post(`/api/elimination/cases/${main}/offboarding`, { item: items[0] }));
    for (const [i, r] of allowed('offboarding').entries())
      got.offboarding[r] = outcome(await c[r].post(`/api/elimination/cases/${main}/offboarding`, { item: items[i] }));

    expect(got).toEqual(EXPECTED);
    // The steps on the main case were taken by exactly the roles allowed to, in order.
    const detail = okData(await c.hr.get(`/api/elimination/cases/${main}`));
    expect(detail.steps.map((s: { kind: string; actor: { name: string } }) => `${s.kind}:${s.actor.name}`)).toEqual([
      `listed:${c.admin.me.name}`,
      `interview:${c.admin.me.name}`,
      `notice:${c.admin.me.name}`,
      ...['admin', 'hr', 'training', 'manager', 'teamlead'].map((r) => `appeal:${c[r as Role].me.name}`),
      ...['admin', 'hr', 'training', 'manager', 'training'].map((r) => `appeal_answer:${c[r as Role].me.name}`),
      `decision:${c.admin.me.name}`,
      `offboarding_item:${c.admin.me.name}`,
      `offboarding_item:${c.hr.me.name}`,
    ]);
  });

  it('lets the trainee see and appeal only their own case', async () => {
    setClock('2026-12-14T02:00:00Z');
    const self = await employeeIdOf(env.handle.db, 'trainee');
    const other = await newTrainee(env, c.hr, 'CS1-1', '2026-11-02');
    const ids: string[] = [];
    for (const who of [self, other]) {
      const id = okData(
        await c.training.post('/api/elimination/cases', {
          employeeId: who,
          criterion: 'service_attitude',
          summary: '服务态度差导致客诉',
          evidenceText: '客户投诉录音与质检记录',
        }),
      ).id;
      okData(
        await c.training.post(`/api/elimination/cases/${id}/interview`, {
          ...INTERVIEW,
          heldAt: '2026-12-14T01:00:00Z',
        }),
      );
      okData(await c.training.post(`/api/elimination/cases/${id}/notice`, {}));
      ids.push(id);
    }
    const [own, theirs] = ids;
    expect(okData(await c.trainee.get(`/api/elimination/cases/${own}`)).employee.id).toBe(self);
    expect((await c.trainee.get('/api/elimination/cases')).body.data.map((x: { id: string }) => x.id)).toEqual([own]);
    expect(outcome(await c.trainee.get(`/api/elimination/cases/${theirs}`))).toBe('hidden');
    expect(
      outcome(await c.trainee.post(`/api/elimination/cases/${own}/appeals`, { reason: '我已改正，请给我一次机会' })),
    ).toBe('ok');
    expect(outcome(await c.trainee.post(`/api/elimination/cases/${theirs}/appeals`, { reason: '替同学申诉' }))).toBe(
      'hidden',
    );
    // The trainee's own appeal is answered by others, never by the trainee.
    const appeal = okData(await c.hr.get(`/api/elimination/cases/${own}`)).appeals[0].id;
    expect(
      outcome(
        await c.trainee.post(`/api/elimination/appeals/${appeal}/answer`, { outcome: 'upheld', answer: '我觉得成立' }),
      ),
    ).toBe('forbidden');
    expect(
      outcome(
        await c.trainee.post(`/api/elimination/cases/${own}/decision`, { decision: 'retain', reason: '我要求留用' }),
      ),
    ).toBe('forbidden');
  });
});
