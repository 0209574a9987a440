import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, countRows, departmentIdOf, expectError } from '../../../test/helpers.js';
import { contentFor, newTeam, okData } from './plans.testkit.js';

// Appraisal plans through HTTP (SPEC §9, issue 18 item 1): prefilled from the settings, versioned
// (a published version never changes), checked before anything is written, one published plan per
// team, and set up only by HR, administrators and a center manager for their own department.

describe.each(DIALECTS)('appraisal plans on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let admin: Client;
  let hr: Client;
  let manager: Client;
  let lead: Client;
  let agent: Client;
  let cs1: string;
  let out: string;
  let t1: string;
  let t2: string;
  let tOut: string;

  beforeAll(async () => {
    [admin, hr, manager, lead, agent] = await Promise.all(
      ['admin', 'hr', 'manager', 'teamlead', 'agent'].map((u) => env.as(u)),
    );
    cs1 = await departmentIdOf(db(), 'CS1'); // the demo center manager's department
    out = await departmentIdOf(db(), 'OUT');
    t1 = await newTeam(admin, cs1, 'AP-1');
    t2 = await newTeam(admin, cs1, 'AP-2');
    tOut = await newTeam(admin, out, 'AP-O');
  });

  const planRows = async () => [
    await countRows(db(), 'appraisal_plans'),
    await countRows(db(), 'appraisal_plan_versions'),
  ];

  it('prefills a new plan from the settings (SPEC §9 defaults) and audits it', async () => {
    const plan = okData(await hr.post('/api/appraisal/plans', { name: '默认方案' }));
    expect(plan).toMatchObject({ name: '默认方案', draftVersion: 1, publishedVersion: null, revision: 1 });
    const content = plan.versions[0].content;
    expect(content.kpiSets.inbound.map((k: any) => [k.code, k.weight])).toEqual([
      ['qa', 30],
      ['fcr', 20],
      ['csat', 20],
      ['aht', 10],
      ['attendance', 10],
      ['lead_assessment', 10],
    ]);
    expect(content.kpiSets.outbound.map((k: any) => k.weight).reduce((a: number, b: number) => a + b)).toBe(100);
    expect(content.kpiSets.inbound.find((k: any) => k.code === 'aht').rule).toEqual({
      kind: 'linear',
      floor: 600,
      target: 300,
    });
    expect(content.grades.map((g: any) => g.min)).toEqual([90, 80, 70, 60, 0]);
    expect(content.bonus).toEqual({ mode: 'base', coefficients: { S: 1.5, A: 1.2, B: 1, C: 0.8, D: 0 } });
    expect(content).toMatchObject({ cycleKind: 'monthly', forcedDistribution: null, appealWorkingDays: 3 });
    expect((await auditOf(db(), 'appraisal_plan', plan.id)).map((a: any) => a.action)).toEqual(['create']);

    // A changed setting changes new plans, not existing ones.
    okData(await admin.put('/api/settings/appraisal.grades.S', { value: 92, reason: '提高 S 门槛' }));
    const later = okData(await hr.post('/api/appraisal/plans', { name: '新门槛' }));
    expect(later.versions[0].content.grades[0]).toEqual({ grade: 'S', min: 92 });
    expect(okData(await hr.get(`/api/appraisal/plans/${plan.id}`)).versions[0].content.grades[0].min).toBe(90);
    okData(await admin.put('/api/settings/appraisal.grades.S', { value: 90, reason: '恢复' }));

    const defaults = okData(await hr.get('/api/appraisal/plans/defaults'));
    expect(defaults.forcedDistribution).toEqual({ minTeamSize: 10, maxShare: { S: 0.1, A: 0.25 }, minLowShare: 0.1 });
  });

  it('versions a plan: publishing freezes it, editing starts a new draft, the next publication supersedes', async () => {
    const content = contentFor('呼入方案', [{ teamId: t1 }]);
    let plan = okData(await hr.post('/api/appraisal/plans', { name: '呼入方案', content }));
    expectError(
      await hr.post(`/api/appraisal/plans/${plan.id}/publish`, { revision: 2 }),
      409,
      'STALE_VERSION',
      'revision',
    );
    plan = okData(await hr.post(`/api/appraisal/plans/${plan.id}/publish`, { revision: 1 }));
    expect(plan).toMatchObject({ publishedVersion: 1, draftVersion: null, revision: 2, teamCount: 1 });
    // Team names travel with the plan: an agent cannot look other teams up.
    expect(okData(await agent.get(`/api/appraisal/plans/${plan.id}`)).teamNames[t1]).toEqual({
      name: '考核测试AP-1',
      departmentName: '客户服务一处',
    });
    const v1 = plan.versions[0];
    expect(v1).toMatchObject({ number: 1, status: 'published', publishedAt: expect.any(String) });
    expectError(await hr.post(`/api/appraisal/plans/${plan.id}/publish`, { revision: 2 }), 422, 'NO_DRAFT');

    // Editing the published plan: a new draft version 2; version 1 keeps its content.
    const edited = structuredClone(content);
    edited.kpiSets.inbound![0].weight = 40; // qa 40
    edited.kpiSets.inbound![1].weight = 10; // fcr 10
    plan = okData(await hr.put(`/api/appraisal/plans/${plan.id}/draft`, { content: edited, revision: 2 }));
    expect(plan).toMatchObject({ publishedVersion: 1, draftVersion: 2, revision: 3 });
    expect(plan.versions.map((v: any) => [v.number, v.status])).toEqual([
      [2, 'draft'],
      [1, 'published'],
    ]);
    expect(plan.versions[1].content).toEqual(v1.content);
    // Saving again edits the same draft (no version 3).
    edited.appealWorkingDays = 5;
    plan = okData(await hr.put(`/api/appraisal/plans/${plan.id}/draft`, { content: edited, revision: 3 }));
    expect(plan.versions.map((v: any) => v.number)).toEqual([2, 1]);
    expect(plan.versions[0].content.appealWorkingDays).toBe(5);

    plan = okData(await hr.post(`/api/appraisal/plans/${plan.id}/publish`, { revision: 4 }));
    expect(plan.versions.map((v: any) => [v.number, v.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
    const teams = await db().selectFrom('appraisal_plan_teams').selectAll().where('plan_id', '=', plan.id).execute();
    expect(teams).toEqual([
      { team_id: t1, plan_id: plan.id, version_id: plan.versions[0].id, position_type: 'inbound' },
    ]);
    expect((await auditOf(db(), 'appraisal_plan', plan.id)).map((a: any) => a.action)).toEqual([
      'create',
      'status_change',
      'update',
      'update',
      'status_change',
    ]);
  });

  it('keeps a team in one published plan', async () => {
    const a = okData(
      await hr.post('/api/appraisal/plans', { name: '甲方案', content: contentFor('甲方案', [{ teamId: t2 }]) }),
    );
    okData(await hr.post(`/api/appraisal/plans/${a.id}/publish`, { revision: 1 }));
    const bContent = contentFor('乙方案', [{ teamId: tOut, positionType: 'outbound' }, { teamId: t2 }]);
    const b = okData(await hr.post('/api/appraisal/plans', { name: '乙方案', content: bContent }));
    const res = await hr.post(`/api/appraisal/plans/${b.id}/publish`, { revision: 1 });
    expectError(res, 409, 'TEAM_IN_OTHER_PLAN', 'content.teams.1.teamId');
    expect(res.body.params).toEqual({ plan: '甲方案' });
    expect(okData(await hr.get(`/api/appraisal/plans/${b.id}`))).toMatchObject({ publishedVersion: null, revision: 1 });
    expect(
      await db().selectFrom('appraisal_plan_teams').select('team_id').where('plan_id', '=', b.id).execute(),
    ).toEqual([]);

    // Plan A lets the team go (a new version over another team): now B may take it.
    const t3 = await newTeam(admin, cs1, 'AP-3');
    const aNow = okData(await hr.get(`/api/appraisal/plans/${a.id}`));
    okData(
      await hr.put(`/api/appraisal/plans/${a.id}/draft`, {
        content: contentFor('甲方案', [{ teamId: t3 }]),
        revision: aNow.revision,
      }),
    );
    okData(await hr.post(`/api/appraisal/plans/${a.id}/publish`, { revision: aNow.revision + 1 }));
    expect(okData(await hr.post(`/api/appraisal/plans/${b.id}/publish`, { revision: 1 }))).toMatchObject({
      publishedVersion: 1,
      teamCount: 2,
    });
    const owners = await db()
      .selectFrom('appraisal_plan_teams')
      .select(['team_id', 'plan_id'])
      .where('team_id', 'in', [t2, t3, tOut])
      .execute();
    expect(Object.fromEntries(owners.map((o) => [o.team_id, o.plan_id]))).toEqual({
      [t2]: b.id,
      [tOut]: b.id,
      [t3]: a.id,
    });

    // A plan without teams is not published.
    const empty = okData(await hr.post('/api/appraisal/plans', { name: '空方案', content: contentFor('空方案', []) }));
    expectError(
      await hr.post(`/api/appraisal/plans/${empty.id}/publish`, { revision: 1 }),
      422,
      'PLAN_HAS_NO_TEAMS',
      'content.teams',
    );
  });

  it('lets only one of two plans published at the same moment take a team, and one of two saves win', async () => {
    const team = await newTeam(admin, cs1, 'AP-R');
    const [x, y] = await Promise.all(
      ['竞争甲', '竞争乙'].map(async (name) =>
        okData(await hr.post('/api/appraisal/plans', { name, content: contentFor(name, [{ teamId: team }]) })),
      ),
    );
    const answers = await Promise.all(
      [x, y].map((p) => hr.post(`/api/appraisal/plans/${p.id}/publish`, { revision: 1 })),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expectError(
      answers.find((r) => r.status === 409)!,
      409,
      'TEAM_IN_OTHER_PLAN',
    );
    const owners = await db()
      .selectFrom('appraisal_plan_teams')
      .select('plan_id')
      .where('team_id', '=', team)
      .execute();
    expect(owners).toHaveLength(1);

    const saves = await Promise.all(
      [40, 50].map((days) => {
        const content = contentFor('竞争乙', [{ teamId: team }]);
        content.appealWorkingDays = days;
        return hr.put(`/api/appraisal/plans/${answers[0].status === 200 ? y.id : x.id}/draft`, {
          content,
          revision: 1,
        });
      }),
    );
    expect(saves.map((r) => r.status).sort()).toEqual([200, 409]);
    expectError(
      saves.find((r) => r.status === 409)!,
      409,
      'STALE_VERSION',
      'revision',
    );
  });

  it('refuses bad content with the rule and the field, and writes nothing', async () => {
    const before = await planRows();
    const bad = async (
      patch: (c: ReturnType<typeof contentFor>) => void,
      status: number,
      code: string,
      field: string,
    ) => {
      const content = contentFor('坏方案', [{ teamId: t1 }]);
      patch(content);
      expectError(await hr.post('/api/appraisal/plans', { name: '坏方案', content }), status, code, field);
    };
    await bad((c) => (c.kpiSets.inbound![0].weight = 29), 400, 'WEIGHTS_NOT_100', 'content.kpiSets.inbound');
    await bad(
      (c) =>
        (c.kpiSets.outbound![0].rule = {
          kind: 'banded',
          bands: [
            { min: 0, max: 60000, points: 0 },
            { min: 50000, max: null, points: 100 },
          ],
        }),
      400,
      'BANDS_OVERLAP',
      'content.kpiSets.outbound.0.rule.bands.1',
    );
    await bad((c) => (c.grades[2].min = 85), 400, 'GRADES_NOT_DESCENDING', 'content.grades.2.min');
    await bad((c) => (c.bonus.coefficients.D = -1), 400, 'VALIDATION_FAILED', 'content.bonus.coefficients.D');
    await bad(
      (c) => (c.forcedDistribution = { minTeamSize: 10, maxShare: { S: 1.5 }, minLowShare: 0.1 }),
      400,
      'VALIDATION_FAILED',
      'content.forcedDistribution.maxShare.S',
    );
    await bad((c) => (c.teams[0].teamId = 'no-such-team'), 422, 'UNKNOWN_TEAM', 'content.teams.0.teamId');
    await bad((c) => (c.teams[0].positionType = 'non_voice'), 400, 'KPI_SET_MISSING', 'content.teams.0.positionType');
    expectError(
      await hr.post('/api/appraisal/plans', { name: '坏方案', departmentId: 'nope' }),
      422,
      'UNKNOWN_DEPARTMENT',
      'departmentId',
    );
    expect(await planRows()).toEqual(before);

    // A bad draft save leaves the draft as it was.
    const plan = okData(await hr.post('/api/appraisal/plans', { name: '草稿', content: contentFor('草稿', []) }));
    const broken = contentFor('草稿', []);
    broken.kpiSets.inbound![5].weight = 11;
    expectError(
      await hr.put(`/api/appraisal/plans/${plan.id}/draft`, { content: broken, revision: 1 }),
      400,
      'WEIGHTS_NOT_100',
    );
    const after = okData(await hr.get(`/api/appraisal/plans/${plan.id}`));
    expect(after.revision).toBe(1);
    expect(after.versions[0].content).toEqual(plan.versions[0].content);
    expect((await auditOf(db(), 'appraisal_plan', plan.id)).length).toBe(1);
  });

  it('lets everyone read plans, and only HR, administrators and center managers set them up', async () => {
    const plan = okData(
      await hr.post('/api/appraisal/plans', { name: '只读方案', content: contentFor('只读方案', []) }),
    );
    for (const c of [agent, lead]) {
      const listed = await c.get('/api/appraisal/plans?pageSize=200');
      expect(listed.body.total).toBeGreaterThan(0);
      expect(okData(listed).some((p: any) => p.id === plan.id)).toBe(true);
      okData(await c.get(`/api/appraisal/plans/${plan.id}`));
      expectError(await c.post('/api/appraisal/plans', { name: '越权' }), 403, 'FORBIDDEN');
      expectError(
        await c.put(`/api/appraisal/plans/${plan.id}/draft`, { content: contentFor('越权', []), revision: 1 }),
        403,
      );
      expectError(await c.post(`/api/appraisal/plans/${plan.id}/publish`, { revision: 1 }), 403);
      expectError(await c.get('/api/appraisal/plans/defaults'), 403);
    }
    expect(okData(await hr.get(`/api/appraisal/plans/${plan.id}`)).revision).toBe(1);
  });

  it("keeps a center manager to their own department's plans and teams", async () => {
    const own = okData(
      await manager.post('/api/appraisal/plans', { name: '一处方案', content: contentFor('一处方案', []) }),
    );
    expect(own.departmentId).toBe(cs1);
    expectError(
      await manager.post('/api/appraisal/plans', { name: '外呼', departmentId: out }),
      403,
      'PLAN_OUT_OF_SCOPE',
      'departmentId',
    );
    expectError(
      await manager.post('/api/appraisal/plans', { name: '跨处', content: contentFor('跨处', [{ teamId: tOut }]) }),
      422,
      'TEAM_NOT_IN_DEPARTMENT',
      'content.teams.0.teamId',
    );
    // HR's company-wide plan is not the manager's to change.
    const companyWide = okData(
      await hr.post('/api/appraisal/plans', { name: '全中心', content: contentFor('全中心', []) }),
    );
    expect(companyWide.departmentId).toBeNull();
    expectError(
      await manager.put(`/api/appraisal/plans/${companyWide.id}/draft`, { content: contentFor('改', []), revision: 1 }),
      403,
      'PLAN_OUT_OF_SCOPE',
    );
    expectError(
      await manager.post(`/api/appraisal/plans/${companyWide.id}/publish`, { revision: 1 }),
      403,
      'PLAN_OUT_OF_SCOPE',
    );
    expect(okData(await hr.get(`/api/appraisal/plans/${companyWide.id}`)).revision).toBe(1);
    expectError(await hr.get('/api/appraisal/plans/no-such-plan'), 404, 'NOT_FOUND');
  });
});
