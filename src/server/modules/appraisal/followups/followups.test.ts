import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, expectError } from '../../../test/helpers.js';
import {
  accountFor,
  advanceTo,
  enterSales,
  ok,
  openCycle,
  teamSheets,
  type SheetInfo,
} from '../appeals/results.testkit.js';

// Results are used (SPEC §9, issue 18 item 7) through the API: publishing a cycle opens a follow-up
// (training need + improvement plan, owner, due day) for a D and for a C after a C in the previous
// cycle of the plan, tells the training managers and the lead, and the follow-up is kept by them.

const noticeKinds = async (c: Client) =>
  ((await c.get('/api/notifications?pageSize=200')).body.data as { kind: string }[]).map((n) => n.kind);

describe.each(DIALECTS)('appraisal follow-ups on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let hr: Client, training: Client, otherLead: Client, lead: Client, twiceC: Client, graded: Client;
  let people: SheetInfo[], october: string, november: string;

  beforeAll(async () => {
    setClock('2026-12-02T02:00:00Z');
    [hr, training, otherLead] = await Promise.all(['hr', 'training', 'teamlead'].map((u) => env.as(u)));
    const oct = await openCycleFor('2026-10-01');
    october = oct.cycleId;
    people = teamSheets(oct.sheets, oct.teamIds[0]);
    const status = new Map(
      (await db().selectFrom('employees').select(['id', 'status']).execute()).map((e) => [e.id, e.status]),
    );
    // Agents only (the lead keeps the follow-ups): person 1 gets C twice, person 2 D then A, person 3 D in November.
    const agents = people.filter((p) => status.get(p.employeeId) !== 'team_lead');
    lead = await accountFor(env, 'cs21lead', people.find((p) => status.get(p.employeeId) === 'team_lead')!.employeeId, [
      'team_lead',
    ]);
    twiceC = await accountFor(env, 'cs21c', agents[0].employeeId, ['agent']);
    graded = await accountFor(env, 'cs21d', agents[2].employeeId, ['agent']);
    const sales = (values: [SheetInfo, number][]) =>
      new Map(people.map((p) => [p.employeeId, values.find(([s]) => s === p)?.[1] ?? 90]));
    await enterSales(
      hr,
      october,
      oct.sheets,
      sales([
        [agents[0], 65],
        [agents[1], 50],
      ]),
    );
    await published(october);
    const nov = await openCycleFor('2026-11-01', oct.planVersionId);
    november = nov.cycleId;
    await enterSales(
      hr,
      november,
      nov.sheets,
      sales([
        [agents[0], 62],
        [agents[1], 85],
        [agents[2], 40],
      ]),
    );
    await published(november);
  }, 60_000);
  afterAll(() => setClock());

  // Publication itself opens the follow-ups: no direct call here, so the wiring is what is tested.
  const published = (cycleId: string) => advanceTo(hr, cycleId, 'published');

  async function openCycleFor(periodStart: string, planVersionId?: string) {
    if (!planVersionId) {
      const c = await openCycle(env, hr, '信用卡一组月度考核', ['CS2-1'], { mode: 'base' }, periodStart);
      return c;
    }
    const cycle = ok(await hr.post('/api/appraisal/cycles', { planVersionId, periodStart }));
    const rows = ok<SheetInfo[]>(await hr.get(`/api/appraisal/sheets?cycleId=${cycle.id}&pageSize=500`));
    return {
      cycleId: cycle.id as string,
      planVersionId,
      teamIds: [],
      sheets: new Map(rows.map((s) => [s.employeeId, s])),
    };
  }

  const list = async (c: Client, cycleId: string) =>
    ok<{ employeeId: string; trigger: string; id: string; dueOn: string }[]>(
      await c.get(`/api/appraisal/followups?cycleId=${cycleId}`),
    );

  it('opens one for a D, and for a C after a C; tells the training manager and the lead', async () => {
    const oct = await list(hr, october);
    expect(oct.map((f) => f.trigger)).toEqual(['grade_d']);
    const nov = await list(hr, november);
    const byTrigger = Object.fromEntries(nov.map((f) => [f.trigger, f]));
    expect(Object.keys(byTrigger).sort()).toEqual(['grade_d', 'repeated_c']);
    expect(byTrigger.repeated_c).toMatchObject({
      employeeId: twiceC.me.employeeId,
      grade: 'C',
      previousCycleId: october,
      weakestKpi: 'sales',
      status: 'open',
      owner: { userId: lead.me.id },
    });
    expect(byTrigger.grade_d).toMatchObject({ employeeId: graded.me.employeeId, grade: 'D', previousCycleId: null });
    expect(byTrigger.grade_d.dueOn > '2026-12-02').toBe(true);
    expect(await noticeKinds(training)).toContain('appraisal_followup_opened');
    expect(await noticeKinds(lead)).toContain('appraisal_followup_opened');
  });

  it('shows a follow-up to the person, their lead, training and HR only', async () => {
    const [mine] = (await list(hr, november)).filter((f) => f.employeeId === twiceC.me.employeeId);
    for (const c of [twiceC, lead, training, hr])
      expect(ok(await c.get(`/api/appraisal/followups/${mine.id}`)).id).toBe(mine.id);
    for (const c of [graded, otherLead])
      expectError(await c.get(`/api/appraisal/followups/${mine.id}`), 404, 'NOT_FOUND');
    expect((await list(graded, november)).map((f) => f.employeeId)).toEqual([graded.me.employeeId]);
    expect(await list(otherLead, november)).toEqual([]);
    const grades = ok(await twiceC.get(`/api/appraisal/people/${twiceC.me.employeeId}/grades`));
    expect(grades.map((g: { grade: string }) => g.grade)).toEqual(['C', 'C']);
  });

  it('is kept by its owner: the plan written, closed with its outcome, then fixed', async () => {
    const [f] = (await list(hr, november)).filter((x) => x.employeeId === twiceC.me.employeeId);
    const url = `/api/appraisal/followups/${f.id}`;
    const plan = { trainingNeed: '外呼话术与异议处理', improvementPlan: '每周两次跟听，月底复评', version: 1 };
    expectError(await twiceC.patch(url, plan), 403, 'FORBIDDEN');
    const saved = ok(await lead.patch(url, plan));
    expect(saved).toMatchObject({ ...plan, version: 2, can: { edit: true } });
    expectError(await lead.patch(url, { ...plan, version: 1 }), 409, 'VERSION_CONFLICT');
    expectError(await lead.patch(url, { status: 'done', version: 2 }), 422, 'FOLLOWUP_OUTCOME_REQUIRED', 'outcome');
    expect(ok(await lead.patch(url, { status: 'done', outcome: '12 月销售达标', version: 2 }))).toMatchObject({
      status: 'done',
      can: { edit: false },
    });
    expectError(await training.patch(url, { trainingNeed: '再改一次', version: 3 }), 409, 'FOLLOWUP_CLOSED');
    const audit = await auditOf(db(), 'appraisal_followup', f.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'status_change']);
  });
});
