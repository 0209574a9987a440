import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetCalendar } from '../../../lib/calendar.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, employeeIdOf, expectError, idsInTeams, userIdOf } from '../../../test/helpers.js';
import { scoreSession } from './feedback.testkit.js';
import { setClock } from '../../../lib/clock.js';
import { okData, publishedForm } from '../forms/forms.testkit.js';

// Feedback deadlines (SPEC §8, issue 7 item 5): an individual error within 1 working day and a
// common problem within 5, counted on the statutory calendar (National Day 2026: 1–7 October
// off, Saturday 10 October a make-up workday); in a year the calendar lacks the deadline is
// provisional (CALENDAR_YEAR_MISSING beside it), never overdue, and counted again when an
// administrator changes the calendar; overdue and late counted per evaluator; only the agent
// acknowledges.

describe.each(DIALECTS)('quality feedback on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let formId: string;
  let ids: { agent: string; other: string; qa: string; lead: string };
  const sign = (u: string) => env.as(u);
  const feedbackOf = async (c: Client, evaluationId: string) =>
    okData(await c.get(`/api/quality/evaluations/${evaluationId}/feedback`)).feedback;

  beforeAll(async () => {
    formId = (await publishedForm(await sign('qa'))).id;
    const [other] = await idsInTeams(db(), ['CS1-2']);
    ids = {
      agent: await employeeIdOf(db(), 'agent'),
      other,
      qa: await userIdOf(db(), 'qa'),
      lead: await userIdOf(db(), 'teamlead'),
    };
  });
  afterAll(() => setClock());

  it('counts deadlines in working days across National Day, for an individual error and a common problem', async () => {
    setClock('2026-09-30T03:00:00Z'); // Wednesday 11:00 in the center, the eve of the holiday
    const qa = await sign('qa');
    const first = await scoreSession(qa, formId, ids.agent, '2026-09-30', { greet: 0 });
    expect(await feedbackOf(qa, first)).toMatchObject({
      kind: 'individual',
      dueDay: '2026-10-08',
      dueAt: '2026-10-08T16:00:00.000Z',
      dueProblem: null,
      status: 'pending',
      overdue: false,
    });
    const second = await scoreSession(qa, formId, ids.agent, '2026-09-30', { need: 3 });
    // A common problem: 5 working days — 8, 9, 10 (the make-up Saturday), 12 and 13 October.
    okData(
      await qa.post(`/api/quality/evaluations/${second}/feedback`, {
        mode: 'one_to_many',
        kind: 'common',
        notes: '班组会讲评',
      }),
    );
    expect(await feedbackOf(qa, second)).toMatchObject({
      kind: 'common',
      dueDay: '2026-10-13',
      status: 'given',
      late: false,
      mode: 'one_to_many',
      givenOn: '2026-09-30',
    });
    const audit = await auditOf(db(), 'qa_feedback', (await feedbackOf(qa, second)).id);
    expect(audit.at(-1)!.new_value).toMatchObject({ kind: 'common', due_day: '2026-10-13', status: 'given' });
  });

  it('gives a provisional deadline in a year without calendar data, never overdue, and moves it with an audited recount when the year is entered', async () => {
    await db().deleteFrom('calendar_days').where('day', '>=', '2027-01-01').execute();
    await db().deleteFrom('calendar_years').where('year', '>=', 2027).execute();
    forgetCalendar(db());
    setClock('2026-12-31T03:00:00Z'); // Thursday
    const qa = await sign('qa');
    const ev = await scoreSession(qa, formId, ids.agent, '2026-12-31', { greet: 0 });
    const row = (await qa.get('/api/quality/feedback?view=mine&pageSize=200')).body.data.find(
      (r: any) => r.evaluationId === ev,
    );
    // 1 working day after Thursday: Friday 2027-01-01, counted as an ordinary weekday, provisionally.
    expect(row).toMatchObject({
      dueDay: '2027-01-01',
      dueProblem: 'CALENDAR_YEAR_MISSING',
      dueProblemYear: 2027,
      overdue: false,
    });
    // The dispute window is provisional too: open, and a dispute is taken.
    const agent = await sign('agent');
    setClock('2027-01-08T03:00:00Z'); // past both provisional ends
    expect(
      (await qa.get('/api/quality/feedback?view=overdue&pageSize=200')).body.data.map((r: any) => r.evaluationId),
    ).not.toContain(ev);
    expect(okData(await agent.get(`/api/quality/evaluations/${ev}/feedback`))).toMatchObject({
      disputeWindowEndsOn: '2027-01-05',
      disputeWindowProblem: 'CALENDAR_YEAR_MISSING',
      disputeWindowProblemYear: 2027,
      mayDispute: true,
    });

    // The administrator enters New Year's Day and confirms 2027: the deadline moves to Monday and is final.
    const admin = await sign('admin');
    expect(
      (
        await admin.put('/api/calendar/days/2027-01-01', {
          kind: 'holiday',
          name: '元旦',
          reason: '2027年节假日安排通知',
        })
      ).status,
    ).toBe(200);
    expect((await admin.post('/api/calendar/years/2027/confirm', { reason: '2027年节假日已全部录入' })).status).toBe(
      200,
    );
    const after = await feedbackOf(qa, ev);
    expect(after).toMatchObject({ dueDay: '2027-01-04', dueProblem: null, dueProblemYear: null, overdue: true });
    const audit = await auditOf(db(), 'qa_feedback', after.id);
    expect(
      audit
        .filter((a) => a.reason?.startsWith('2027年'))
        .map((a) => [a.old_value.due_day, a.new_value.due_day, a.new_value.provisional_year]),
    ).toEqual([
      ['2027-01-01', '2027-01-04', 2027],
      ['2027-01-04', '2027-01-04', null],
    ]);
    const kinds = ((await agent.get('/api/notifications?pageSize=50')).body.data as { kind: string }[]).map(
      (n) => n.kind,
    );
    expect(kinds).toContain('quality_feedback_due_moved');
  });

  it('moves an open deadline when a day inside its count is corrected, and leaves given ones alone', async () => {
    setClock('2026-11-25T03:00:00Z'); // Wednesday
    const qa = await sign('qa');
    const open = await scoreSession(qa, formId, ids.agent, '2026-11-25', { greet: 0 });
    const given = await scoreSession(qa, formId, ids.agent, '2026-11-25', { greet: 0 });
    okData(await qa.post(`/api/quality/evaluations/${given}/feedback`, { mode: 'one_to_one', notes: '当面反馈' }));
    expect((await feedbackOf(qa, open)).dueDay).toBe('2026-11-26');
    const admin = await sign('admin');
    expect(
      (
        await admin.put('/api/calendar/days/2026-11-26', {
          kind: 'holiday',
          name: '临时停电',
          reason: '园区停电，全天停工',
        })
      ).status,
    ).toBe(200);
    expect((await feedbackOf(qa, open)).dueDay).toBe('2026-11-27');
    expect((await feedbackOf(qa, given)).dueDay).toBe('2026-11-26');
    expect(
      (await admin.put('/api/calendar/days/2026-11-26', { kind: 'ordinary', reason: '停电取消，恢复上班' })).status,
    ).toBe(200);
    expect((await feedbackOf(qa, open)).dueDay).toBe('2026-11-26');
  });

  it('lists overdue feedback for the lead and counts overdue and late per evaluator', async () => {
    setClock('2026-11-02T02:00:00Z'); // Monday
    const qa = await sign('qa');
    const lead = await sign('teamlead');
    const onTime = await scoreSession(qa, formId, ids.agent, '2026-11-02', { greet: 0 });
    const missed = await scoreSession(qa, formId, ids.agent, '2026-11-02', { need: 2 });
    const byLead = await scoreSession(lead, formId, ids.agent, '2026-11-02', { privacy: 0 });
    okData(
      await qa.post(`/api/quality/evaluations/${onTime}/feedback`, { mode: 'one_to_one', notes: '当面沟通开场白' }),
    );
    const countsOf = async (c: Client) =>
      new Map((okData(await c.get('/api/quality/feedback/by-evaluator')) as any[]).map((r) => [r.evaluatorUserId, r]));
    const before = await countsOf(await sign('manager'));
    expectError(
      await qa.post(`/api/quality/evaluations/${onTime}/feedback`, { mode: 'one_to_one', notes: '再次' }),
      409,
      'FEEDBACK_ALREADY_GIVEN',
    );
    // Immediate feedback is only for side-by-side sessions — this one is; the other evaluator may not record it.
    expectError(
      await lead.post(`/api/quality/evaluations/${missed}/feedback`, { mode: 'immediate', notes: '代记' }),
      403,
      'NOT_THE_EVALUATOR',
    );

    setClock('2026-11-10T02:00:00Z'); // a week later: both open tasks are past their 3 November deadline
    const manager = await sign('manager');
    const overdue = okData(await manager.get('/api/quality/feedback?view=overdue&pageSize=200')) as any[];
    expect(
      overdue
        .map((r) => r.evaluationId)
        .filter((e) => [onTime, missed, byLead].includes(e))
        .sort(),
    ).toEqual([missed, byLead].sort());
    expect(overdue.every((r) => r.overdue && r.status === 'pending')).toBe(true);
    const lead2 = await sign('teamlead');
    okData(
      await lead2.post(`/api/quality/evaluations/${byLead}/feedback`, {
        mode: 'one_to_one',
        notes: '补反馈',
        givenOn: '2026-11-03',
      }),
    );
    // Recorded after the deadline: late for good, whatever date is claimed.
    expect(await feedbackOf(lead2, byLead)).toMatchObject({ status: 'given', late: true, overdue: false });

    // Against the counts before the week passed (earlier tests left tasks of their own).
    const after = await countsOf(manager);
    expect(after.get(ids.qa).overdue - before.get(ids.qa).overdue).toBe(1);
    expect(after.get(ids.qa).onTime).toBe(before.get(ids.qa).onTime);
    expect(before.get(ids.lead)).toMatchObject({ pending: 1, overdue: 0, late: 0 });
    expect(after.get(ids.lead)).toMatchObject({ pending: 0, overdue: 0, late: 1 });
    expectError(await (await sign('agent')).get('/api/quality/feedback/by-evaluator'), 403);
    expectError(
      await lead2.post(`/api/quality/evaluations/${missed}/feedback`, {
        mode: 'one_to_one',
        notes: '补',
        givenOn: '2026-11-11',
      }),
      403,
      'NOT_THE_EVALUATOR',
    );
    const qa2 = await sign('qa');
    expectError(
      await qa2.post(`/api/quality/evaluations/${missed}/feedback`, {
        mode: 'one_to_one',
        notes: '补',
        givenOn: '2026-11-11',
      }),
      422,
      'DATE_IN_FUTURE',
      'givenOn',
    );
    expectError(
      await qa2.post(`/api/quality/evaluations/${missed}/feedback`, {
        mode: 'one_to_one',
        notes: '补',
        givenOn: '2026-11-01',
      }),
      422,
      'BEFORE_SCORING',
      'givenOn',
    );
  });

  it('lets only the agent acknowledge, once; the agent sees only their own feedback', async () => {
    setClock('2026-11-12T02:00:00Z');
    const qa = await sign('qa');
    const own = await scoreSession(qa, formId, ids.agent, '2026-11-12', { greet: 0 });
    const others = await scoreSession(qa, formId, ids.other, '2026-11-12', { greet: 0 });
    const agent = await sign('agent');
    // The evaluation list and page read acknowledgement from the feedback task, its one record.
    const onEvaluation = async (c: Client) => ({
      listed: (okData(await c.get(`/api/quality/evaluations?mine=1&pageSize=200`)) as any[]).find((e) => e.id === own)
        ?.acknowledgedAt,
      detail: okData(await c.get(`/api/quality/evaluations/${own}`)).acknowledgedAt,
    });
    expect(await onEvaluation(agent)).toEqual({ listed: null, detail: null });
    expectError(await qa.post(`/api/quality/evaluations/${own}/acknowledge`), 403, 'NOT_THE_AGENT');
    expectError(
      await (await sign('teamlead')).post(`/api/quality/evaluations/${own}/acknowledge`),
      403,
      'NOT_THE_AGENT',
    );
    expectError(await agent.post(`/api/quality/evaluations/${others}/acknowledge`), 404, 'NOT_FOUND');
    const ack = okData(await agent.post(`/api/quality/evaluations/${own}/acknowledge`));
    expect(ack.acknowledgedAt).toBe('2026-11-12T02:00:00.000Z');
    expectError(await agent.post(`/api/quality/evaluations/${own}/acknowledge`), 409, 'ALREADY_ACKNOWLEDGED');
    expect(await feedbackOf(agent, own)).toMatchObject({ acknowledgedAt: '2026-11-12T02:00:00.000Z' });
    expect(await onEvaluation(agent)).toEqual({
      listed: '2026-11-12T02:00:00.000Z',
      detail: '2026-11-12T02:00:00.000Z',
    });
    expect(okData(await qa.get(`/api/quality/evaluations/${own}`)).acknowledgedAt).toBe('2026-11-12T02:00:00.000Z');

    const mine = okData(await agent.get('/api/quality/feedback?view=all&pageSize=200')) as any[];
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((r) => r.agentId))).toEqual(new Set([ids.agent]));
    expectError(await agent.get(`/api/quality/evaluations/${others}/feedback`), 404, 'NOT_FOUND');
  });
});
