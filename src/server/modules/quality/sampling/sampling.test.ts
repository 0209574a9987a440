import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { departmentIdOf, expectError, idsInTeams, userIdOf } from '../../../test/helpers.js';
import { okData } from '../forms/forms.testkit.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { addDays } from '../../../lib/clock.js';
import { addWeek, operatingAgents, volumes, WEEK, type TestAgent } from './sampling.testkit.js';

// The weekly draw through HTTP (SPEC §8 "How much to monitor", "Sampling"; issue 7 item 2):
// minimums and shares for every agent, new hires, a change event, why each sample was picked,
// reproducibility with a seed, and who may draw and see draws.

const VOLUMES = [0, 1, 2, 5, 20, 47, 80, 130];
const share = (percent: number, n: number) => Math.ceil((percent * n) / 100 - 1e-9);

describe.each(DIALECTS)('sampling draws on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let manager: Client;
  let admin: Client;
  let agents: TestAgent[];
  let trainees: string[];
  let cs2: string;
  let vol: Map<string, number>;
  let draw: any;

  beforeAll(async () => {
    [manager, admin] = [await env.as('manager'), await env.as('admin')];
    // Room for the whole week the rules ask for: the cut to capacity is sampling.capacity*.test.ts's.
    okData(
      await manager.put(`/api/quality/quotas/${await userIdOf(db(), 'qa')}`, {
        live: 5,
        recording: 200,
        sideBySide: 3,
        reason: '测试：质检力量充足',
      }),
    );
    agents = await operatingAgents(db());
    trainees = (await idsInTeams(db(), ['TRN-NH'])).slice(0, 2);
    const hr = await env.as('hr');
    const t2 = okData(await hr.get(`/api/employees/${trainees[1]}`));
    okData(
      await hr.post(`/api/employees/${trainees[1]}/status`, {
        status: 'probation',
        effectiveDate: '2026-11-18',
        reason: '转入跟听',
        version: t2.version,
      }),
    );
    await addWeek(db(), agents, (i) => VOLUMES[i % VOLUMES.length]);
    const newHires = await db()
      .selectFrom('employees as e')
      .innerJoin('teams as t', 't.id', 'e.team_id')
      .innerJoin('departments as d', 'd.id', 't.department_id')
      .select(['e.id', 'e.status', 'e.team_id', 't.code as team', 't.department_id', 'd.code as department'])
      .where('e.id', 'in', trainees)
      .execute();
    await addWeek(db(), newHires, () => 28);
    vol = await volumes(db());
    cs2 = await departmentIdOf(db(), 'CS2');
    okData(
      await manager.post('/api/quality/change-events', {
        kind: 'system',
        title: '系统升级',
        startsOn: '2026-11-19',
        days: 7,
        raisePercent: 10,
        businessType: '信用卡',
        departmentId: cs2,
      }),
    );
    draw = okData(await manager.post('/api/quality/draws', { weekStart: WEEK, seed: 777 }));
  });

  const samplesOf = async (drawId: string) =>
    db().selectFrom('qa_samples').selectAll().where('draw_id', '=', drawId).orderBy('interaction_id').execute();

  it('takes the larger of the minimum and the share for every agent, all of a small week, more for probation and the change event', async () => {
    expect(draw.seed).toBe(777);
    const rows = await samplesOf(draw.id);
    expect(draw.samples).toBe(rows.length);
    const perAgent = new Map<string, typeof rows>();
    for (const r of rows) perAgent.set(r.agent_id, [...(perAgent.get(r.agent_id) ?? []), r]);
    const interactions = await db()
      .selectFrom('interactions')
      .select(['agent_id', 'day', 'business_type'])
      .where('day', '>=', WEEK)
      .execute();
    for (const a of agents) {
      const v = vol.get(a.id) ?? 0;
      const percent = a.status === 'probation' ? 50 : 5;
      let expected = Math.min(v, Math.max(3, share(percent, v)));
      if (a.department === 'CS2') {
        const inScope = (x: { agent_id: string; day: string; business_type: string }) =>
          x.agent_id === a.id && x.day >= '2026-11-19' && x.business_type === '信用卡';
        const affected = interactions.filter(inScope).length;
        const alreadyPicked = rows.filter((r) => inScope(r) && JSON.parse(r.reason).kind !== 'change_event').length;
        expected += Math.min(share(10, affected), affected - alreadyPicked);
      }
      expect(perAgent.get(a.id)?.length ?? 0, `${a.team} ${a.status} volume ${v}`).toBe(expected);
    }
    const small = agents.find((a) => vol.get(a.id) === 2 && a.department !== 'CS2')!;
    expect(perAgent.get(small.id)!.map((r) => JSON.parse(r.reason).kind)).toEqual(['minimum', 'minimum']);
    const big = agents.find((a) => vol.get(a.id) === 130 && a.status === 'regular' && a.department === 'CS1')!;
    expect(perAgent.get(big.id)!).toHaveLength(7);
    expect(perAgent.get(big.id)![0].why).toMatch(
      /^5% of 130 this week, hour band \d+–\d+, business type (储蓄业务|电子银行)$/,
    );
    const event = rows.find((r) => JSON.parse(r.reason).kind === 'change_event')!;
    expect(event.why).toMatch(/^change event 2026-11-19 系统升级 \+10%, hour band/);
    expect(event.business_type).toBe('信用卡');
    expect(event.day >= '2026-11-19').toBe(true);
  });

  it('takes every interaction of a new hire’s first working days, with the day in why', async () => {
    const rows = await samplesOf(draw.id);
    const first = rows.filter((r) => r.agent_id === trainees[0]);
    expect(first).toHaveLength(28); // hired Monday 2026-11-16: the whole week is within 5 working days
    expect(first.find((r) => r.day === '2026-11-16')!.why).toBe('new hire, day 1: every interaction');
    expect(first.find((r) => r.day === '2026-11-20')!.why).toBe('new hire, day 5: every interaction');
    expect(first.find((r) => r.day === '2026-11-22')!.why).toBe('new hire, day 5: every interaction'); // Sunday counts as no working day
    const second = rows.filter((r) => r.agent_id === trainees[1]);
    const before = second.filter((r) => r.day < '2026-11-18');
    expect(second.filter((r) => r.day >= '2026-11-18')).toHaveLength(20); // probation from Wednesday: day 1 on
    expect(second.find((r) => r.day === '2026-11-18')!.why).toBe('new hire, day 1: every interaction');
    expect(before).toHaveLength(4); // Monday and Tuesday (8) at the first new-hire rate, 50 %
    expect(JSON.parse(before[0].reason)).toMatchObject({ kind: 'new_hire_stage', percent: 50, passes: 0 });
  });

  it('reports counts per agent and reason, only for the agents the lead may see', async () => {
    const all = okData(await admin.get(`/api/quality/draws/${draw.id}`));
    expect(all.perAgent.length).toBe(agents.filter((a) => (vol.get(a.id) ?? 0) > 0).length + 2);
    expect(all.byReason.new_hire_all).toBe(48);
    const mine = okData(await manager.get(`/api/quality/draws/${draw.id}`));
    const cs1 = new Set(agents.filter((a) => a.department === 'CS1').map((a) => a.id));
    expect(mine.perAgent.length).toBeGreaterThan(0);
    expect(mine.perAgent.every((p: any) => cs1.has(p.agentId))).toBe(true);
    const samples = await manager.get(`/api/quality/samples?drawId=${draw.id}&pageSize=200`);
    expect(samples.body.data.every((s: any) => cs1.has(s.agentId))).toBe(true);
  });

  it('repeats a draw exactly with the same seed and differs with another; a redraw cancels the open samples', async () => {
    expectError(await manager.post('/api/quality/draws', { weekStart: WEEK, seed: 777 }), 409, 'DRAW_EXISTS');
    const ids = async (d: any) =>
      (await samplesOf(d.id))
        .map((r) => r.interaction_id)
        .sort()
        .join(',');
    const firstIds = await ids(draw);
    const again = okData(await manager.post('/api/quality/draws', { weekStart: WEEK, seed: 777, replace: true }));
    expect(await ids(again)).toBe(firstIds);
    const statuses = await db()
      .selectFrom('qa_samples')
      .select('status')
      .distinct()
      .where('draw_id', '=', draw.id)
      .execute();
    expect(statuses.map((s) => s.status)).toEqual(['cancelled']);
    expect(
      (await db().selectFrom('qa_sampling_draws').select('status').where('id', '=', draw.id).executeTakeFirstOrThrow())
        .status,
    ).toBe('replaced');
    const other = okData(await manager.post('/api/quality/draws', { weekStart: WEEK, seed: 778, replace: true }));
    expect(await ids(other)).not.toBe(firstIds);
    // The counts are rules, not luck (a change event's extra may be capped by what is left unpicked).
    const ruled = async (d: any) =>
      (await samplesOf(d.id)).filter((r) => JSON.parse(r.reason).kind !== 'change_event').length;
    expect(await ruled(other)).toBe(await ruled(again));
    const audit = await db()
      .selectFrom('audit_log')
      .select(['new_value'])
      .where('entity', '=', 'qa_sampling_draw')
      .execute();
    expect(audit.map((a) => JSON.parse(a.new_value!).seed)).toEqual(expect.arrayContaining([777, 778]));
  });

  it('refuses a week that does not start on Monday or has not started', async () => {
    expectError(await manager.post('/api/quality/draws', { weekStart: '2026-11-17' }), 422, 'WEEK_START_NOT_MONDAY');
    const nextMonday = addDays(
      await todayInCenter(db()),
      7 - ((new Date(`${await todayInCenter(db())}T00:00:00Z`).getUTCDay() + 6) % 7),
    );
    expectError(await manager.post('/api/quality/draws', { weekStart: nextMonday }), 422, 'WEEK_IN_FUTURE');
  });

  it('lets only a QA lead draw, list samples and manage change events; an agent sees none of it', async () => {
    const [qa, agent, teamlead] = [await env.as('qa'), await env.as('agent'), await env.as('teamlead')];
    for (const c of [qa, agent, teamlead]) {
      expectError(await c.post('/api/quality/draws', { weekStart: WEEK, replace: true }), 403, 'FORBIDDEN');
      expectError(await c.get('/api/quality/samples'), 403, 'FORBIDDEN');
      expectError(await c.get(`/api/quality/draws/${draw.id}`), 403, 'FORBIDDEN');
      expectError(
        await c.post('/api/quality/change-events', { kind: 'process', title: '流程调整', startsOn: WEEK }),
        403,
        'FORBIDDEN',
      );
    }
    expectError(await agent.get('/api/quality/queue'), 403, 'FORBIDDEN');
  });

  it('keeps change events with defaults from the settings, audited, and deletes them', async () => {
    const { id } = okData(
      await manager.post('/api/quality/change-events', {
        kind: 'knowledge',
        title: '新产品上线',
        startsOn: '2026-11-23',
      }),
    );
    const list = okData(await manager.get('/api/quality/change-events?from=2026-11-23'));
    const e = list.find((x: any) => x.id === id);
    expect(e).toMatchObject({ days: 14, raisePercent: 10, endsOn: '2026-12-06', businessType: null });
    expect(list.find((x: any) => x.title === '系统升级')).toBeDefined(); // 19th + 7 days still runs on the 23rd
    okData(await manager.delete(`/api/quality/change-events/${id}`));
    const audit = await db()
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'qa_change_event')
      .where('entity_id', '=', id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete']);
    expectError(
      await manager.post('/api/quality/change-events', {
        kind: 'knowledge',
        title: 'x',
        startsOn: WEEK,
        departmentId: 'no-such',
      }),
      422,
      'UNKNOWN_DEPARTMENT',
    );
    const settings = okData(await agentSettings());
    expect(settings['quality.sampling.minimumPerWeek']).toBe(3);
    expect(settings['quality.quota.sideBySide']).toBe(3);
  });
  const agentSettings = async () => (await env.as('agent')).get('/api/quality/sampling/settings');
});
