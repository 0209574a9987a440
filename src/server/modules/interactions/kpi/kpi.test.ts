import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { templateCsv, upload, useTempImportDir, waitForImport } from '../test-kit.js';

useTempImportDir();

// KPI formulas against values worked out by hand, traceability, and who may see what.
describe.each(DIALECTS)('KPIs on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let admin: Client;
  let a: string; // the demo 'agent' account's employee id (team CS1-1)
  let b: string; // another agent of CS1-1
  let cs11: string;
  let cs21: string;
  let cs1: string;
  let cs2: string;

  beforeAll(async () => {
    const db = env.handle.db;
    admin = await env.as('admin');
    a = (await db.selectFrom('users').select('employee_id').where('username', '=', 'agent').executeTakeFirstOrThrow())
      .employee_id!;
    const team = async (code: string) =>
      await db.selectFrom('teams').select(['id', 'department_id']).where('code', '=', code).executeTakeFirstOrThrow();
    ({ id: cs11, department_id: cs1 } = await team('CS1-1'));
    ({ id: cs21, department_id: cs2 } = await team('CS2-1'));
    const others = await db
      .selectFrom('employees')
      .select(['id', 'employee_no'])
      .where('team_id', '=', cs11)
      .where('position', '=', '坐席')
      .where('id', '!=', a)
      .orderBy('employee_no')
      .execute();
    b = others[0].id;
    const no = async (id: string) =>
      (await db.selectFrom('employees').select('employee_no').where('id', '=', id).executeTakeFirstOrThrow())
        .employee_no;
    const [na, nb] = [await no(a), await no(b)];
    const row = (id: string, agent: string, day: string, r: Record<string, string | number>) => ({
      interactionId: id,
      agent,
      startedAt: `${day} 10:00:00`,
      direction: '呼入',
      channel: '语音',
      businessType: '信用卡',
      answered: '是',
      ...r,
    });
    const csv = templateCsv([
      row('K1', na, '2026-11-05', {
        talkSeconds: 100,
        holdSeconds: 20,
        wrapSeconds: 30,
        queueWaitSeconds: 10,
        fcr: '是',
        csat: 5,
      }),
      row('K2', na, '2026-11-05', {
        talkSeconds: 200,
        holdSeconds: 0,
        wrapSeconds: 40,
        queueWaitSeconds: 30,
        fcr: '否',
        csat: 3,
      }),
      row('K3', na, '2026-11-05', { answered: '否', talkSeconds: 0, queueWaitSeconds: 50 }),
      row('K4', na, '2026-11-05', { direction: '呼出', businessType: '储蓄业务', talkSeconds: 60 }),
      row('K5', na, '2026-11-05', { channel: '在线', talkSeconds: 300, wrapSeconds: 60, fcr: '是', csat: 4 }),
      row('K6', na, '2026-11-06', { talkSeconds: 120, wrapSeconds: 30, queueWaitSeconds: 20, fcr: '是', csat: 1 }),
      row('K7', nb, '2026-11-05', {
        talkSeconds: 90,
        holdSeconds: 10,
        wrapSeconds: 20,
        queueWaitSeconds: 25,
        fcr: '是',
        csat: 5,
      }),
    ]);
    const done = await waitForImport(admin, (await upload(admin, csv, 'template')).body.data.id);
    expect(done).toMatchObject({ state: 'done', accepted: 7, rejected: 0 });
  });

  const q = 'from=2026-11-05&to=2026-11-06';

  it('computes an agent’s daily handled, AHT, FCR, CSAT and service level as worked out by hand', async () => {
    const res = await admin.get(`/api/kpis/agents/${a}/daily?${q}`);
    expect(res.status).toBe(200);
    const [d5, d6] = res.body.data.days;
    // 5 Nov: 5 offered, 4 answered; (660 talk + 20 hold + 130 wrap) / 4; FCR 2 of 3 known; CSAT (5+3+4)/3;
    // SL: inbound with a wait = K1 (10 s), K2 (30 s), K3 (50 s, unanswered); within 20 s: K1.
    expect(d5).toMatchObject({
      day: '2026-11-05',
      offered: 5,
      handled: 4,
      talkSeconds: 660,
      holdSeconds: 20,
      wrapSeconds: 130,
      ahtSeconds: 202.5,
      fcrYes: 2,
      fcrKnown: 3,
      fcrRate: 0.6667,
      csatCount: 3,
      csatAverage: 4,
      slWithin: 1,
      slOffered: 3,
      serviceLevel: 0.3333,
    });
    expect(d6).toMatchObject({
      day: '2026-11-06',
      handled: 1,
      ahtSeconds: 150,
      fcrRate: 1,
      csatAverage: 1,
      serviceLevel: 1,
    });
    expect(res.body.data.total).toMatchObject({
      offered: 6,
      handled: 5,
      ahtSeconds: 192,
      fcrRate: 0.75,
      csatAverage: 3.25,
      csatCount: 4,
      serviceLevel: 0.5,
    });
    expect(res.body.data.businessTypes).toEqual(['信用卡', '储蓄业务'].sort());
    expect(res.body.data.serviceLevelSeconds).toBe(20);
    const card = await admin.get(
      `/api/kpis/agents/${a}/daily?from=2026-11-05&to=2026-11-05&businessType=${encodeURIComponent('信用卡')}`,
    );
    expect(card.body.data.total).toMatchObject({ offered: 4, handled: 3, ahtSeconds: 250 });
    const empty = await admin.get(`/api/kpis/agents/${a}/daily?from=2026-10-01&to=2026-10-03`);
    expect(empty.body.data.days).toHaveLength(3);
    expect(empty.body.data.total).toMatchObject({
      handled: 0,
      ahtSeconds: null,
      fcrRate: null,
      csatAverage: null,
      serviceLevel: null,
    });
  });

  it('adds agents up for a team and a department, and lists each team member for the team page', async () => {
    const team = await admin.get(`/api/kpis/teams/${cs11}/daily?from=2026-11-05&to=2026-11-05`);
    // A and B on 5 Nov: (750 + 30 + 150) / 5; FCR 3 of 4; CSAT 17 / 4; SL 1 of 4 (B waited 25 s).
    expect(team.body.data.total).toMatchObject({
      offered: 6,
      handled: 5,
      ahtSeconds: 186,
      fcrRate: 0.75,
      csatAverage: 4.25,
      serviceLevel: 0.25,
    });
    const dept = await admin.get(`/api/kpis/departments/${cs1}/daily?${q}`);
    expect(dept.body.data.total).toMatchObject({ offered: 7, handled: 6 });
    const agents = await admin.get(`/api/kpis/teams/${cs11}/agents?${q}`);
    expect(agents.status).toBe(200);
    const byId = new Map(agents.body.data.agents.map((x: any) => [x.employeeId, x]));
    expect(byId.get(a)).toMatchObject({ handled: 5, ahtSeconds: 192 });
    expect(byId.get(b)).toMatchObject({ handled: 1, ahtSeconds: 120, csatAverage: 5 });
    expect(agents.body.data.agents.length).toBeGreaterThan(2); // members without interactions too
    expect(agents.body.data.total).toMatchObject({ handled: 6 });
  });

  it('traces a figure to the interactions behind it', async () => {
    const list = await admin.get(`/api/interactions?agentId=${a}&date=2026-11-05`);
    expect(list.body.total).toBe(5);
    expect(list.body.data.map((i: any) => i.id).sort()).toEqual(['K1', 'K2', 'K3', 'K4', 'K5']);
    const k1 = list.body.data.find((i: any) => i.id === 'K1');
    expect(k1).toMatchObject({
      answered: true,
      handleSeconds: 150,
      fcr: true,
      csat: 5,
      queueWaitSeconds: 10,
      direction: 'in',
      channel: 'voice',
    });
    const card = await admin.get(
      `/api/interactions?agentId=${a}&date=2026-11-05&businessType=${encodeURIComponent('信用卡')}`,
    );
    expect(card.body.total).toBe(4);
    const team = await admin.get(`/api/interactions?teamId=${cs11}&from=2026-11-05&to=2026-11-06&pageSize=3`);
    expect(team.body.total).toBe(7);
    expect(team.body.data).toHaveLength(3);
    expect((await admin.get('/api/interactions?date=2026-11-05')).body.errorCode).toBe('TARGET_REQUIRED');
    expect((await admin.get('/api/interactions/K7')).body.data).toMatchObject({ agentId: b, talkSeconds: 90 });
  });

  it('lets an agent see only their own KPIs and interactions', async () => {
    const agent = await env.as('agent');
    expect((await agent.get(`/api/kpis/agents/${a}/daily?${q}`)).status).toBe(200);
    // Someone else's records answer as if they did not exist (404); team and department KPIs are
    // not for an agent's role at all (403).
    for (const url of [
      `/api/kpis/agents/${b}/daily?${q}`,
      `/api/interactions?agentId=${b}&date=2026-11-05`,
      '/api/interactions/K7',
      `/api/interactions?teamId=${cs11}`,
    ]) {
      const res = await agent.get(url);
      expect([url, res.status, res.body.errorCode]).toEqual([url, 404, 'NOT_FOUND']);
    }
    for (const url of [
      `/api/kpis/teams/${cs11}/daily`,
      `/api/kpis/teams/${cs11}/agents`,
      `/api/kpis/departments/${cs1}/daily`,
    ]) {
      const res = await agent.get(url);
      expect([url, res.status, res.body.errorCode]).toEqual([url, 403, 'FORBIDDEN']);
    }
    expect((await agent.get(`/api/interactions?agentId=${a}&date=2026-11-05`)).body.total).toBe(5);
    expect((await agent.get('/api/interactions/imports')).status).toBe(403);
  });

  it('lets a team lead see their team but not another; a manager their department only', async () => {
    const lead = await env.as('teamlead');
    expect((await lead.get(`/api/kpis/teams/${cs11}/agents?${q}`)).status).toBe(200);
    expect((await lead.get(`/api/kpis/agents/${b}/daily?${q}`)).status).toBe(200);
    expect((await lead.get(`/api/kpis/teams/${cs21}/daily`)).status).toBe(404);
    expect((await lead.get(`/api/kpis/departments/${cs1}/daily`)).status).toBe(404);
    const manager = await env.as('manager');
    expect((await manager.get(`/api/kpis/departments/${cs1}/daily?${q}`)).status).toBe(200);
    expect((await manager.get(`/api/kpis/teams/${cs11}/daily?${q}`)).status).toBe(200);
    expect((await manager.get(`/api/kpis/departments/${cs2}/daily`)).status).toBe(404);
    expect((await admin.get('/api/kpis/teams/no-such-team/daily')).status).toBe(404);
    expect((await admin.get(`/api/kpis/agents/${a}/daily?from=2026-11-06&to=2026-11-01`)).body.errorCode).toBe(
      'BAD_DATE_RANGE',
    );
    expect((await admin.get(`/api/kpis/agents/${a}/daily?from=2024-01-01&to=2026-01-01`)).body.errorCode).toBe(
      'RANGE_TOO_LONG',
    );
    expect((await admin.get(`/api/kpis/agents/${a}/daily?from=2026-02-30`)).status).toBe(400);
  });
});
