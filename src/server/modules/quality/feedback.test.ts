import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetCalendar } from '../../lib/calendar.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { auditOf, employeeIdOf, expectError, idsInTeams, userIdOf } from '../../test/helpers.js';
import { clockAt, realClock, scoreSession } from './feedback.testkit.js';
import { okData, publishedForm } from './forms.testkit.js';

// Feedback deadlines (SPEC §8, issue 7 item 5): an individual error within 1 working day and a
// common problem within 5, counted on the statutory calendar (National Day 2026: 1–7 October
// off, Saturday 10 October a make-up workday); a year the calendar lacks shows
// CALENDAR_YEAR_MISSING on the row without breaking the list; overdue and late counted per
// evaluator; only the agent acknowledges.

describe.each(DIALECTS)('quality feedback on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let formId: string;
  let ids: { agent: string; other: string; qa: string; lead: string };
  const sign = (u: string) => env.as(u);
  const feedbackOf = async (c: Client, evaluationId: string) => okData(await c.get(`/api/quality/evaluations/${evaluationId}/feedback`)).feedback;

  beforeAll(async () => {
    formId = (await publishedForm(await sign('qa'))).id;
    const [other] = (await idsInTeams(db(), ['CS1-2']));
    ids = { agent: await employeeIdOf(db(), 'agent'), other, qa: await userIdOf(db(), 'qa'), lead: await userIdOf(db(), 'teamlead') };
  });
  afterAll(() => realClock());

  it('counts deadlines in working days across National Day, for an individual error and a common problem', async () => {
    clockAt('2026-09-30T03:00:00Z'); // Wednesday 11:00 in the center, the eve of the holiday
    const qa = await sign('qa');
    const first = await scoreSession(qa, formId, ids.agent, '2026-09-30', { greet: 0 });
    expect(await feedbackOf(qa, first)).toMatchObject({ kind: 'individual', dueDay: '2026-10-08', dueAt: '2026-10-08T16:00:00.000Z', dueProblem: null, status: 'pending', overdue: false });
    const second = await scoreSession(qa, formId, ids.agent, '2026-09-30', { need: 3 });
    // A common problem: 5 working days — 8, 9, 10 (the make-up Saturday), 12 and 13 October.
    okData(await qa.post(`/api/quality/evaluations/${second}/feedback`, { mode: 'one_to_many', kind: 'common', notes: '班组会讲评' }));
    expect(await feedbackOf(qa, second)).toMatchObject({ kind: 'common', dueDay: '2026-10-13', status: 'given', late: false, mode: 'one_to_many', givenOn: '2026-09-30' });
    const audit = await auditOf(db(), 'qa_feedback', (await feedbackOf(qa, second)).id);
    expect(audit.at(-1)!.new_value).toMatchObject({ kind: 'common', due_day: '2026-10-13', status: 'given' });
  });

  it('shows CALENDAR_YEAR_MISSING beside a deadline in a year without calendar data, and counts it once the year is entered', async () => {
    clockAt('2026-12-31T03:00:00Z');
    const qa = await sign('qa');
    const ev = await scoreSession(qa, formId, ids.agent, '2026-12-31', { greet: 0 });
    const list = await qa.get('/api/quality/feedback?view=mine&pageSize=200');
    expect(list.status).toBe(200);
    const row = list.body.data.find((r: any) => r.evaluationId === ev);
    expect(row).toMatchObject({ dueDay: null, dueAt: null, dueProblem: 'CALENDAR_YEAR_MISSING', dueProblemYear: 2027, overdue: false });
    // The dispute window cannot be counted either: the panel says so, a dispute is refused plainly.
    const agent = await sign('agent');
    expect(okData(await agent.get(`/api/quality/evaluations/${ev}/feedback`))).toMatchObject({ disputeWindowEndsOn: null, disputeWindowProblem: 'CALENDAR_YEAR_MISSING', mayDispute: false });
    expectError(await agent.post(`/api/quality/evaluations/${ev}/disputes`, { scope: 'whole', reason: '不认同' }), 422, 'CALENDAR_YEAR_MISSING');

    // An administrator enters 2027 (New Year's Day off): the deadline is counted on the next read.
    await db().insertInto('calendar_years').values({ year: 2027, source: 'admin', confirmed_by: null, confirmed_at: '2026-12-31T03:00:00.000Z' }).execute();
    await db().insertInto('calendar_days').values({ day: '2027-01-01', kind: 'holiday', name: '元旦', source: 'admin', updated_by: null, updated_at: '2026-12-31T03:00:00.000Z' }).execute();
    forgetCalendar(db());
    expect(await feedbackOf(qa, ev)).toMatchObject({ dueDay: '2027-01-04', dueProblem: null });
    await db().deleteFrom('calendar_days').where('day', '=', '2027-01-01').execute();
    await db().deleteFrom('calendar_years').where('year', '=', 2027).execute();
    forgetCalendar(db());
  });

  it('lists overdue feedback for the lead and counts overdue and late per evaluator', async () => {
    clockAt('2026-11-02T02:00:00Z'); // Monday
    const qa = await sign('qa');
    const lead = await sign('teamlead');
    const onTime = await scoreSession(qa, formId, ids.agent, '2026-11-02', { greet: 0 });
    const missed = await scoreSession(qa, formId, ids.agent, '2026-11-02', { need: 2 });
    const byLead = await scoreSession(lead, formId, ids.agent, '2026-11-02', { privacy: 0 });
    okData(await qa.post(`/api/quality/evaluations/${onTime}/feedback`, { mode: 'one_to_one', notes: '当面沟通开场白' }));
    const countsOf = async (c: Client) => new Map((okData(await c.get('/api/quality/feedback/by-evaluator')) as any[]).map((r) => [r.evaluatorUserId, r]));
    const before = await countsOf(await sign('manager'));
    expectError(await qa.post(`/api/quality/evaluations/${onTime}/feedback`, { mode: 'one_to_one', notes: '再次' }), 409, 'FEEDBACK_ALREADY_GIVEN');
    // Immediate feedback is only for side-by-side sessions — this one is; the other evaluator may not record it.
    expectError(await lead.post(`/api/quality/evaluations/${missed}/feedback`, { mode: 'immediate', notes: '代记' }), 403, 'NOT_THE_EVALUATOR');

    clockAt('2026-11-10T02:00:00Z'); // a week later: both open tasks are past their 3 November deadline
    const manager = await sign('manager');
    const overdue = okData(await manager.get('/api/quality/feedback?view=overdue&pageSize=200')) as any[];
    expect(overdue.map((r) => r.evaluationId).filter((e) => [onTime, missed, byLead].includes(e)).sort()).toEqual([missed, byLead].sort());
    expect(overdue.every((r) => r.overdue && r.status === 'pending')).toBe(true);
    const lead2 = await sign('teamlead');
    okData(await lead2.post(`/api/quality/evaluations/${byLead}/feedback`, { mode: 'one_to_one', notes: '补反馈', givenOn: '2026-11-03' }));
    // Recorded after the deadline: late for good, whatever date is claimed.
    expect(await feedbackOf(lead2, byLead)).toMatchObject({ status: 'given', late: true, overdue: false });

    // Against the counts before the week passed (earlier tests left tasks of their own).
    const after = await countsOf(manager);
    expect(after.get(ids.qa).overdue - before.get(ids.qa).overdue).toBe(1);
    expect(after.get(ids.qa).onTime).toBe(before.get(ids.qa).onTime);
    expect(before.get(ids.lead)).toMatchObject({ pending: 1, overdue: 0, late: 0 });
    expect(after.get(ids.lead)).toMatchObject({ pending: 0, overdue: 0, late: 1 });
    expectError(await (await sign('agent')).get('/api/quality/feedback/by-evaluator'), 403);
    expectError(await lead2.post(`/api/quality/evaluations/${missed}/feedback`, { mode: 'one_to_one', notes: '补', givenOn: '2026-11-11' }), 403, 'NOT_THE_EVALUATOR');
    const qa2 = await sign('qa');
    expectError(await qa2.post(`/api/quality/evaluations/${missed}/feedback`, { mode: 'one_to_one', notes: '补', givenOn: '2026-11-11' }), 422, 'DATE_IN_FUTURE', 'givenOn');
    expectError(await qa2.post(`/api/quality/evaluations/${missed}/feedback`, { mode: 'one_to_one', notes: '补', givenOn: '2026-11-01' }), 422, 'BEFORE_SCORING', 'givenOn');
  });

  it('lets only the agent acknowledge, once; the agent sees only their own feedback', async () => {
    clockAt('2026-11-12T02:00:00Z');
    const qa = await sign('qa');
    const own = await scoreSession(qa, formId, ids.agent, '2026-11-12', { greet: 0 });
    const others = await scoreSession(qa, formId, ids.other, '2026-11-12', { greet: 0 });
    const agent = await sign('agent');
    // The evaluation list and page read acknowledgement from the feedback task, its one record.
    const onEvaluation = async (c: Client) => ({
      listed: (okData(await c.get(`/api/quality/evaluations?mine=1&pageSize=200`)) as any[]).find((e) => e.id === own)?.acknowledgedAt,
      detail: okData(await c.get(`/api/quality/evaluations/${own}`)).acknowledgedAt,
    });
    expect(await onEvaluation(agent)).toEqual({ listed: null, detail: null });
    expectError(await qa.post(`/api/quality/evaluations/${own}/acknowledge`), 403, 'NOT_THE_AGENT');
    expectError(await (await sign('teamlead')).post(`/api/quality/evaluations/${own}/acknowledge`), 403, 'NOT_THE_AGENT');
    expectError(await agent.post(`/api/quality/evaluations/${others}/acknowledge`), 403);
    const ack = okData(await agent.post(`/api/quality/evaluations/${own}/acknowledge`));
    expect(ack.acknowledgedAt).toBe('2026-11-12T02:00:00.000Z');
    expectError(await agent.post(`/api/quality/evaluations/${own}/acknowledge`), 409, 'ALREADY_ACKNOWLEDGED');
    expect(await feedbackOf(agent, own)).toMatchObject({ acknowledgedAt: '2026-11-12T02:00:00.000Z' });
    expect(await onEvaluation(agent)).toEqual({ listed: '2026-11-12T02:00:00.000Z', detail: '2026-11-12T02:00:00.000Z' });
    expect(okData(await qa.get(`/api/quality/evaluations/${own}`)).acknowledgedAt).toBe('2026-11-12T02:00:00.000Z');

    const mine = okData(await agent.get('/api/quality/feedback?view=all&pageSize=200')) as any[];
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((r) => r.agentId))).toEqual(new Set([ids.agent]));
    expectError(await agent.get(`/api/quality/evaluations/${others}/feedback`), 403);
  });
});
