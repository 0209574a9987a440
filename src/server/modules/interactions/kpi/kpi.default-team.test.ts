import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../lib/clock.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { templateCsv, upload, useTempImportDir, waitForImport } from '../test-kit.js';

useTempImportDir();

// The team the team KPI page opens on (GET /api/kpis/teams/default): the caller's own team if it
// had interactions in the range, else the first team (departments, then teams, by code) the
// caller may see that had, else the own team, else the first team; null when none is visible.
// In the demo, admin, hr and training work in 培训组 (TRN-1), which takes no calls.
describe.each(DIALECTS)('default team of the team KPI page on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let admin: Client;
  let today = '';
  const team: Record<string, string> = {};
  const defaultOf = async (c: Client, query = '') => {
    const res = await c.get(`/api/kpis/teams/default${query}`);
    expect(res.status, res.raw).toBe(200);
    return res.body.data as {
      from: string;
      to: string;
      teamId: string | null;
      name: string | null;
      hasInteractions: boolean;
    };
  };
  /** One answered call yesterday (inside the default 30 days) for the first member of each team. */
  const callsIn = async (...codes: string[]) => {
    const db = env.handle.db;
    const rows = [];
    for (const code of codes) {
      const who = await db
        .selectFrom('employees')
        .select('employee_no')
        .where('team_id', '=', team[code])
        .orderBy('employee_no')
        .executeTakeFirstOrThrow();
      rows.push({
        interactionId: `DT-${code}`,
        agent: who.employee_no,
        startedAt: `${addDays(today, -1)} 10:00:00`,
        direction: '呼入',
        channel: '语音',
        businessType: '信用卡',
        answered: '是',
        talkSeconds: 100,
        queueWaitSeconds: 5,
      });
    }
    const done = await waitForImport(admin, (await upload(admin, templateCsv(rows), 'template')).body.data.id);
    expect(done).toMatchObject({ state: 'done', accepted: codes.length, rejected: 0 });
  };

  beforeAll(async () => {
    const db = env.handle.db;
    admin = await env.as('admin');
    today = await todayInCenter(db);
    for (const t of await db.selectFrom('teams').select(['id', 'code']).execute()) team[t.code] = t.id;
  });

  it('without any calls: the own team, else the first team in the list; nothing for someone who may see no team', async () => {
    expect(await defaultOf(admin)).toMatchObject({
      teamId: team['TRN-1'],
      name: '培训组',
      hasInteractions: false,
      from: addDays(today, -29),
      to: today,
    });
    expect((await defaultOf(await env.as('teamlead'))).teamId).toBe(team['CS1-1']);
    expect((await defaultOf(await env.as('manager'))).teamId).toBe(team['CS1-0']);
    // An administrator's account linked to no person: the first team of the first department (CMP < CS1 < …).
    const made = await admin.post('/api/users', {
      username: 'kpi.viewer',
      displayName: '看板',
      roles: ['hr'],
      password: 'Temp2026pass',
    });
    expect(made.status, made.raw).toBe(200);
    const viewer = await env.as('kpi.viewer', 'Temp2026pass');
    expect(
      (await viewer.post('/api/auth/password', { currentPassword: 'Temp2026pass', newPassword: 'Viewer2026pass' }))
        .status,
    ).toBe(200);
    expect((await defaultOf(viewer)).teamId).toBe(team['CMP-1']);
    // A plain agent (or an evaluator, a trainer) sees no team's KPIs: the page is not theirs.
    expect((await (await env.as('agent')).get('/api/kpis/teams/default')).status).toBe(403);
    expect((await (await env.as('qa')).get('/api/kpis/teams/default')).status).toBe(403);
    expect((await env.anonymous.get('/api/kpis/teams/default')).status).toBe(401);
  });

  it('with calls: the first visible team that had some, unless the own team had; a team lead keeps their own team', async () => {
    await callsIn('CS2-1', 'CS1-2');
    // admin's own team (TRN-1) took no calls: the first team with calls in list order (CS1 before CS2).
    expect(await defaultOf(admin)).toMatchObject({
      teamId: team['CS1-2'],
      name: '零售业务二组',
      hasInteractions: true,
    });
    expect((await defaultOf(await env.as('hr'))).teamId).toBe(team['CS1-2']);
    expect((await defaultOf(await env.as('training'))).teamId).toBe(team['CS1-2']);
    // The center manager sits in 一处综合组 (no calls) and sees only 客户服务一处: its team with calls.
    expect((await defaultOf(await env.as('manager'))).teamId).toBe(team['CS1-2']);
    // A team lead sees only their team (CS1-1, no calls yet): still that team, never one they may not open.
    const lead = await env.as('teamlead');
    expect(await defaultOf(lead)).toMatchObject({ teamId: team['CS1-1'], hasInteractions: false });
    expect((await lead.get(`/api/kpis/teams/${team['CS1-1']}/daily`)).status).toBe(200);
    // Outside the range nothing had calls: back to the own team.
    expect((await defaultOf(admin, `?from=${addDays(today, -400)}&to=${addDays(today, -380)}`)).teamId).toBe(
      team['TRN-1'],
    );
    expect((await admin.get('/api/kpis/teams/default?from=2026-13-01')).status).toBe(400);

    await callsIn('TRN-1');
    // Now the administrator's own team had calls: it comes first.
    expect((await defaultOf(admin)).teamId).toBe(team['TRN-1']);
    expect((await defaultOf(await env.as('manager'))).teamId).toBe(team['CS1-2']);
  });
});
