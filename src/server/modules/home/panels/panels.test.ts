import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { addPerson, employeeIdOf, userIdOf } from '../../../test/helpers.js';
import { insertAgentDay, insertQa, insertQaForm } from '../../analytics/records-quality.testkit.js';
import { addInteractions } from '../../quality/forms/forms.testkit.js';

// GET /api/home/panels (issue 26 item 2): a lead's figures count only their team, an agent sees
// their own next to their team's, and the QA margin is mean ± t·sd/√n. The clock sits in a week
// of 2031 no demo data reaches, so every figure comes from the rows written here.

const TODAY = '2031-06-11'; // a Wednesday; its week starts on Monday 06-09
const LAST_WEEK = '2031-06-03';

describe.each(DIALECTS)('home panels on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let lead: Client, agent: Client, hr: Client, qa: Client;
  let agentId: string, mateId: string, outsiderId: string;

  beforeAll(async () => {
    setClock(`${TODAY}T04:00:00Z`); // noon in the center
    [lead, agent, hr, qa] = await Promise.all(['teamlead', 'agent', 'hr', 'qa'].map((u) => env.as(u)));
    agentId = await employeeIdOf(db(), 'agent');
    const teamId =
      lead.me.teamId ??
      (await db().selectFrom('employees').select('team_id').where('id', '=', agentId).executeTakeFirstOrThrow())
        .team_id;
    mateId = await addPerson(hr, db(), { teamId });
    const dept = (await hr.post('/api/departments', { code: 'PANEL', name: '面板测试处' })).body.data.id;
    const other = (await hr.post('/api/teams', { departmentId: dept, code: 'PANEL-1', name: '面板测试组' })).body.data
      .id;
    outsiderId = await addPerson(hr, db(), { teamId: other });

    const form = await insertQaForm(db(), { passScore: 80 });
    const evaluator = await userIdOf(db(), 'qa');
    const score = (agentId: string, day: string, s: number) =>
      insertQa(db(), { ...form, agentId, evaluatorId: evaluator, day, score: s });
    // This week: the team scores 80, 90 and 70 (the agent 80 and 90); the outsider 10.
    await score(agentId, '2031-06-09', 80);
    await score(agentId, '2031-06-10', 90);
    await score(mateId, '2031-06-11', 70);
    await score(outsiderId, '2031-06-10', 10);
    // Last week one score of the agent's; before the trend's weeks one more that must not count.
    await score(agentId, LAST_WEEK, 60);
    await score(agentId, '2031-01-06', 0);

    const day = { handled: 10, talk_sum: 2000, hold_sum: 500, wrap_sum: 500, fcr_yes: 8, fcr_known: 10 };
    await insertAgentDay(db(), agentId, '2031-06-02', day);
    await insertAgentDay(db(), mateId, '2031-06-02', { ...day, fcr_yes: 4, talk_sum: 5000 });
    await insertAgentDay(db(), outsiderId, '2031-06-02', { ...day, fcr_yes: 0 });
    await insertAgentDay(db(), agentId, '2031-05-30', { ...day, fcr_yes: 0 }); // last month
    await addInteractions(db(), agentId, '2031-06-02', 2); // CSAT 5 each: satisfied
    // The same two responses in the agent's rollup, which the panel reads (csat_satisfied).
    await sql`UPDATE interaction_agent_daily SET csat_sum = 10, csat_count = 2, csat_satisfied = 2
      WHERE agent_id = ${agentId} AND day = '2031-06-02'`.execute(db());

    const absence = (employee_id: string, day: string, outcome: string, resolution: string | null = 'open') =>
      db()
        .insertInto('attendance_days')
        .values({
          employee_id,
          day,
          shift_id: null,
          scheduled_start: null,
          scheduled_end: null,
          first_in: null,
          last_out: null,
          late_minutes: outcome.startsWith('late') ? 12 : 0,
          early_minutes: 0,
          outcome,
          resolution,
          resolution_reason: null,
          resolved_by: null,
          resolved_at: null,
          leave_request_id: null,
          computed_at: `${TODAY}T04:00:00.000Z`,
          version: 1,
        })
        .execute();
    await absence(agentId, '2031-06-09', 'late');
    await absence(agentId, '2031-06-10', 'late_and_early', 'confirmed');
    await absence(mateId, '2031-06-10', 'absent');
    await absence(mateId, '2031-06-11', 'late', 'excused'); // excused: does not count
    await absence(outsiderId, '2031-06-10', 'absent');
    await absence(agentId, LAST_WEEK, 'absent'); // last week
  }, 60_000);
  afterAll(() => setClock());

  const panels = async (c: Client) => {
    const res = await c.get('/api/home/panels');
    expect(res.status, res.raw).toBe(200);
    return res.body.data;
  };

  it("gives a team lead their team's figures only, each panel with its page", async () => {
    const p = await panels(lead);
    expect(p.today).toBe(TODAY);
    expect(p.audience).toBe('people');
    expect(p.qa.path).toBe('/quality/agent-scores');
    expect(p.qa.mine).toHaveLength(8);
    expect(p.qa.team).toBeNull();
    const week = p.qa.mine.at(-1);
    // 80, 90, 70: mean 80, sd 10, t(0.975, 2) = 4.3027 → 80 ± 24.84
    expect(week).toEqual({ week: '2031-06-09', n: 3, mean: 80, low: 55.16, high: 104.84 });
    expect(p.qa.mine.at(-2)).toEqual({ week: '2031-06-02', n: 1, mean: 60, low: null, high: null });
    expect(p.qa.mine[0]).toEqual({ week: '2031-04-21', n: 0, mean: null, low: null, high: null });

    expect(p.kpi).toMatchObject({
      path: '/interactions/teams',
      from: '2031-06-01',
      to: TODAY,
      targets: { fcrPercent: 85, ahtSeconds: 300, csatPercent: 95 },
      mine: { handled: 20, fcrPercent: 60, ahtSeconds: 450, csatPercent: 100 },
      team: null,
    });
    expect(p.attendance).toEqual({
      path: '/attendance/exceptions',
      from: '2031-06-09',
      to: TODAY,
      mine: { late: 2, earlyLeave: 1, absent: 1 },
      team: null,
    });
    expect(p.atRisk).toMatchObject({ path: '/evaluation/at-risk' });
    expect(Number.isInteger(p.atRisk.count)).toBe(true);
  });

  it('counts everyone for HR, the outsider included', async () => {
    const p = await panels(hr);
    expect(p.qa.mine.at(-1)).toMatchObject({ n: 4, mean: 62.5 });
    expect(p.kpi.mine).toMatchObject({ handled: 30, fcrPercent: 40 });
    expect(p.attendance.mine).toEqual({ late: 2, earlyLeave: 1, absent: 2 });
  });

  it("shows an agent their own figures next to their team's, without the at-risk count", async () => {
    const p = await panels(agent);
    expect(p.audience).toBe('self');
    expect(p.qa.path).toBe('/quality/my-evaluations');
    // 80 and 90: mean 85, sd 7.071, t(0.975, 1) = 12.706 → 85 ± 63.53
    expect(p.qa.mine.at(-1)).toEqual({ week: '2031-06-09', n: 2, mean: 85, low: 21.47, high: 148.53 });
    expect(p.qa.team.at(-1)).toMatchObject({ n: 3, mean: 80 });
    expect(p.kpi.path).toBe('/interactions/agents');
    expect(p.kpi.mine).toEqual({ handled: 10, fcrPercent: 80, ahtSeconds: 300, csatPercent: 100 });
    expect(p.kpi.team).toEqual({ handled: 20, fcrPercent: 60, ahtSeconds: 450, csatPercent: 100 });
    expect(p.attendance.path).toBe('/attendance/my-attendance');
    expect(p.attendance.mine).toEqual({ late: 2, earlyLeave: 1, absent: 0 });
    expect(p.attendance.team).toEqual({ late: 2, earlyLeave: 1, absent: 1 });
    expect(p.atRisk).toBeNull();
  });

  it('has no panels for a QA evaluator with no people of their own', async () => {
    const p = await panels(qa);
    expect(p).toMatchObject({ audience: 'none', qa: null, kpi: null, attendance: null, atRisk: null });
  });
});
