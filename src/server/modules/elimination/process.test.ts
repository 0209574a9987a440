import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { auditOf, employeeRow, expectError } from '../../test/helpers.js';
import { EXIT_TALK, INTERVIEW, newTrainee, noticeKinds, okData } from './elimination.testkit.js';
import { setClock } from '../../lib/clock.js';

// The process of SPEC §6 end to end on the case clock: a notice published Friday 2026-02-13 for
// 3 working days runs over the Spring Festival (Sat 02-14 is a make-up workday; 02-15…02-23 are
// off) and ends at the end of Wed 2026-02-25; appeals only inside it; HR decides only after it
// ended and every appeal is answered; elimination sets the status with its dated history; the
// checklist comes before the exit talk. Also: an upheld appeal closes the case. A notice counted
// into a year without calendar data: notice.provisional.test.ts.

describe.each(DIALECTS)('elimination process on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let training: Client, hr: Client, teamlead: Client, manager: Client, agent: Client;

  beforeAll(async () => {
    [training, hr, teamlead, manager, agent] = await Promise.all(
      ['training', 'hr', 'teamlead', 'manager', 'agent'].map((u) => env.as(u)),
    );
  });
  afterAll(() => setClock());

  it('walks a case through the Spring Festival notice, appeals, HR decision, checklist and exit talk', async () => {
    setClock('2026-02-12T02:00:00Z'); // before the trainee is added, so the history reads in time order
    const x = await newTrainee(env, hr, 'CS1-1', '2026-01-05');
    const id = okData(
      await training.post('/api/elimination/cases', {
        employeeId: x,
        criterion: 'service_attitude',
        summary: '服务态度差导致严重客诉',
        evidenceText: '2026-02-10 客户投诉录音及质检记录，客户要求赔偿',
      }),
    ).id;
    okData(
      await training.post(`/api/elimination/cases/${id}/interview`, { ...INTERVIEW, heldAt: '2026-02-12T01:00:00Z' }),
    );

    setClock('2026-02-13T02:00:00Z'); // Friday 10:00 in Beijing
    expectError(
      await training.post(`/api/elimination/cases/${id}/notice`, { publishedOn: '2026-02-12' }),
      422,
      'BACKDATE_REASON_REQUIRED',
      'backdateReason',
    );
    expectError(
      await training.post(`/api/elimination/cases/${id}/notice`, { publishedOn: '2026-02-11', backdateReason: '补录' }),
      422,
      'NOTICE_BEFORE_INTERVIEW',
      'publishedOn',
    );
    const notice = okData(await training.post(`/api/elimination/cases/${id}/notice`, {}));
    expect(notice).toEqual({
      publishedOn: '2026-02-13',
      endsOn: '2026-02-25',
      endsAt: '2026-02-25T16:00:00.000Z',
      provisionalYear: null,
    });
    expectError(await training.post(`/api/elimination/cases/${id}/notice`, {}), 409, 'STEP_ALREADY_DONE');

    // During the notice: the team lead appeals; an agent who cannot see the case cannot.
    setClock('2026-02-24T02:00:00Z');
    const appeal = okData(
      await teamlead.post(`/api/elimination/cases/${id}/appeals`, { reason: '该学员春节后表现明显改善，请复核' }),
    ).id;
    expectError(
      await agent.post(`/api/elimination/cases/${id}/appeals`, { reason: '我也想申诉一下' }),
      404,
      'NOT_FOUND',
    );
    expectError(
      await hr.post(`/api/elimination/cases/${id}/decision`, { decision: 'eliminate', reason: '公示期满，决定淘汰' }),
      422,
      'NOTICE_NOT_ENDED',
    );
    setClock('2026-02-25T15:59:59Z'); // 23:59:59 on the last day: still open
    expect(okData(await training.get(`/api/elimination/cases/${id}`)).notice.state).toBe('open');

    setClock('2026-02-25T16:00:00Z'); // midnight: the notice has ended
    expectError(
      await teamlead.post(`/api/elimination/cases/${id}/appeals`, { reason: '再次申诉，补充材料' }),
      422,
      'NOTICE_ENDED',
    );
    const pending = await hr.post(`/api/elimination/cases/${id}/decision`, {
      decision: 'eliminate',
      reason: '公示期满，决定淘汰',
    });
    expectError(pending, 422, 'APPEALS_PENDING');
    expect(pending.body.errorMessage).toContain(teamlead.me.name);
    expectError(
      await agent.post(`/api/elimination/appeals/${appeal}/answer`, { outcome: 'rejected', answer: '无权答复此申诉' }),
      403,
      'FORBIDDEN',
    );
    okData(
      await training.post(`/api/elimination/appeals/${appeal}/answer`, {
        outcome: 'rejected',
        answer: '经调查，客诉事实清楚，申诉不成立',
      }),
    );
    expectError(
      await training.post(`/api/elimination/appeals/${appeal}/answer`, {
        outcome: 'upheld',
        answer: '改变主意了可以吗',
      }),
      409,
      'APPEAL_ANSWERED',
    );

    // Only HR decides; the checklist before the exit talk.
    expectError(
      await training.post(`/api/elimination/cases/${id}/decision`, {
        decision: 'eliminate',
        reason: '公示期满，决定淘汰',
      }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await hr.post(`/api/elimination/cases/${id}/exit-talk`, { ...EXIT_TALK, heldAt: '2026-02-25T17:00:00Z' }),
      422,
      'STEP_OUT_OF_ORDER',
    );
    okData(
      await hr.post(`/api/elimination/cases/${id}/decision`, {
        decision: 'eliminate',
        reason: '公示期满，申诉已答复，决定淘汰',
      }),
    );
    const person = await employeeRow(db(), x);
    expect([person.status, person.status_since]).toEqual(['eliminated', '2026-02-26']);
    const history = await db()
      .selectFrom('employee_status_history')
      .selectAll()
      .where('employee_id', '=', x)
      .orderBy('created_at')
      .execute();
    expect(history.at(-1)).toMatchObject({
      from_status: 'trainee',
      to_status: 'eliminated',
      effective_date: '2026-02-26',
      reason: '公示期满，申诉已答复，决定淘汰',
    });

    expectError(
      await hr.post(`/api/elimination/cases/${id}/exit-talk`, { ...EXIT_TALK, heldAt: '2026-02-25T17:00:00Z' }),
      422,
      'OFFBOARDING_INCOMPLETE',
    );
    setClock('2026-02-26T03:00:00Z');
    okData(await hr.post(`/api/elimination/cases/${id}/offboarding`, { item: 'wages_settled' }));
    expectError(await hr.post(`/api/elimination/cases/${id}/offboarding`, { item: 'wages_settled' }), 409, 'ITEM_DONE');
    okData(await hr.post(`/api/elimination/cases/${id}/offboarding`, { item: 'badge_returned', note: '工牌、工作证' }));
    expect(okData(await hr.get(`/api/elimination/cases/${id}`)).nextStep).toBe('offboarding');
    okData(await hr.post(`/api/elimination/cases/${id}/offboarding`, { item: 'equipment_returned' }));
    expect(okData(await hr.get(`/api/elimination/cases/${id}`)).nextStep).toBe('exit_talk');
    expectError(
      await hr.post(`/api/elimination/cases/${id}/exit-talk`, { ...EXIT_TALK, heldAt: '2026-02-27T00:00:00Z' }),
      422,
      'DATE_IN_FUTURE',
    );
    okData(await hr.post(`/api/elimination/cases/${id}/exit-talk`, { ...EXIT_TALK, heldAt: '2026-02-26T02:00:00Z' }));

    const c = okData(await training.get(`/api/elimination/cases/${id}`));
    expect(c).toMatchObject({
      status: 'eliminated',
      nextStep: null,
      decision: 'eliminate',
      closedAt: '2026-02-26T03:00:00.000Z',
    });
    expect(c.steps.map((s: any) => s.kind)).toEqual([
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
    expect(c.steps.map((s: any) => s.actor.name)).toEqual([
      training.me.name,
      training.me.name,
      training.me.name,
      teamlead.me.name,
      training.me.name,
      hr.me.name,
      hr.me.name,
      hr.me.name,
      hr.me.name,
      hr.me.name,
    ]);
    expect(c.offboarding.every((o: any) => o.done && o.by.name === hr.me.name)).toBe(true);
    expect((await auditOf(db(), 'elimination_case', id)).map((a) => a.action)).toEqual([
      'create',
      'status_change',
      'status_change',
      'create',
      'update',
      'status_change',
      'update',
      'update',
      'update',
      'status_change',
    ]);

    // The team lead (no account for the trainee) and HR were told at each step; the training manager about the appeal.
    expect(await noticeKinds(teamlead)).toEqual([
      'elimination_case_opened',
      'elimination_interview_recorded',
      'elimination_notice_published',
      'elimination_appeal_answered',
      'elimination_decided',
      'elimination_offboarding_item',
      'elimination_offboarding_item',
      'elimination_offboarding_done',
      'elimination_case_closed',
    ]);
    expect(await noticeKinds(training)).toEqual([
      'elimination_appeal_filed',
      'elimination_decided',
      'elimination_case_closed',
    ]);
    expect((await noticeKinds(hr)).slice(0, 5)).toEqual([
      'elimination_case_opened',
      'elimination_interview_recorded',
      'elimination_notice_published',
      'elimination_appeal_filed',
      'elimination_appeal_answered',
    ]);

    // The trainee's record shows the case history.
    const record = okData(await training.get(`/api/training/records/${x}`));
    // As codes with params (the web words them in the reader's language), never as display text.
    const lines = record.scores.filter((s: any) => s.kind === 'elimination');
    expect(lines[2].label).toEqual({ code: 'elimination.notice', params: { from: '2026-02-13', to: '2026-02-25' } });
    expect(lines.at(-1).label.code).toBe('elimination.exitTalk');
    expect(JSON.stringify(lines)).not.toMatch(/[\u4e00-\u9fff]/);
    expectError(
      await hr.post(`/api/elimination/cases/${id}/offboarding`, { item: 'wages_settled' }),
      409,
      'CASE_CLOSED',
    );
  });

  it('sends an appeal upheld by the center manager to HR, closes the case when HR upholds one, and lets HR retain', async () => {
    setClock();
    const y = await newTrainee(env, hr, 'CS1-1', '2026-01-05');
    const id = okData(
      await training.post('/api/elimination/cases', {
        employeeId: y,
        criterion: 'teamwork',
        summary: '团队协作差',
        evidenceText: '班组长三次书面记录：拒绝配合排班',
      }),
    ).id;
    okData(
      await training.post(`/api/elimination/cases/${id}/interview`, {
        ...INTERVIEW,
        heldAt: new Date(Date.now() - 60_000).toISOString(),
      }),
    );
    okData(await training.post(`/api/elimination/cases/${id}/notice`, {}));
    const appeal = okData(
      await teamlead.post(`/api/elimination/cases/${id}/appeals`, { reason: '排班冲突系沟通误会，已调解' }),
    ).id;
    okData(
      await manager.post(`/api/elimination/appeals/${appeal}/answer`, {
        outcome: 'upheld',
        answer: '经调查属实，建议撤销淘汰',
      }),
    );
    // The superior's finding does not end the case: HR has the final say (SPEC §1).
    expect(okData(await hr.get(`/api/elimination/cases/${id}`))).toMatchObject({
      status: 'notice',
      nextStep: 'decision',
      appeals: [{ outcome: 'upheld', answeredBy: { name: manager.me.name } }],
    });
    const second = okData(
      await teamlead.post(`/api/elimination/cases/${id}/appeals`, { reason: '补充：调解协议已签署' }),
    ).id;
    okData(
      await hr.post(`/api/elimination/appeals/${second}/answer`, {
        outcome: 'upheld',
        answer: '人力资源核实，申诉成立，撤销淘汰',
      }),
    );
    const c = okData(await hr.get(`/api/elimination/cases/${id}`));
    expect(c).toMatchObject({ status: 'withdrawn', nextStep: null });
    expect((await employeeRow(db(), y)).status).toBe('trainee');
    expectError(
      await hr.post(`/api/elimination/cases/${id}/decision`, { decision: 'eliminate', reason: '无论如何淘汰' }),
      409,
      'CASE_CLOSED',
    );
    expect(await noticeKinds(teamlead)).toContain('elimination_appeal_answered');

    // A closed case no longer blocks a new one; HR may retain after the notice.
    setClock('2026-03-02T02:00:00Z');
    const again = okData(
      await training.post('/api/elimination/cases', {
        employeeId: y,
        criterion: 'teamwork',
        summary: '再次出现协作问题',
        evidenceText: '新的书面记录：拒绝交接工作',
      }),
    ).id;
    okData(
      await training.post(`/api/elimination/cases/${again}/interview`, {
        ...INTERVIEW,
        heldAt: '2026-03-02T01:00:00Z',
      }),
    );
    expect(okData(await training.post(`/api/elimination/cases/${again}/notice`, {})).endsOn).toBe('2026-03-05');
    setClock('2026-03-06T01:00:00Z');
    // Two decisions at once: exactly one is taken, the other is refused 409 and leaves no step behind.
    const admin = await env.as('admin');
    const both = await Promise.all([
      hr.post(`/api/elimination/cases/${again}/decision`, { decision: 'retain', reason: '面谈后改进明显，留用观察' }),
      admin.post(`/api/elimination/cases/${again}/decision`, { decision: 'retain', reason: '同时提交的另一份决定' }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const decided = okData(await hr.get(`/api/elimination/cases/${again}`)).steps.filter(
      (s: any) => s.kind === 'decision',
    );
    expect(decided).toHaveLength(1);
    expect(okData(await hr.get(`/api/elimination/cases/${again}`))).toMatchObject({
      status: 'retained',
      decision: 'retain',
    });
    expect((await employeeRow(db(), y)).status).toBe('trainee');
    expectError(
      await hr.post(`/api/elimination/cases/${again}/offboarding`, { item: 'wages_settled' }),
      409,
      'CASE_CLOSED',
    );
  });
});
