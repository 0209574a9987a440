import { beforeAll, describe, expect, it } from 'vitest';
import { up as dailyFollowupTitles } from '../../../db/migrations/20261214-daily-followup-titles.js';
import { putSetting } from '../../../lib/settings.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { cohortAccounts, hourFromNow } from '../shared/exams.testkit.js';

// Practical exams on the rubric, daily performance per period, and follow-ups after a fail.
describe.each(DIALECTS)('practical, daily performance and follow-ups on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let training: Client;
  let trainer: Client;
  let trainee: Client;
  let traineeId: string;
  let other: { username: string; employeeId: string };

  beforeAll(async () => {
    training = await env.as('training');
    trainer = await env.as('trainer');
    trainee = await env.as('trainee');
    traineeId = trainee.me.employeeId;
    [other] = await cohortAccounts(env, 1, 'pd');
  });

  it('scores a practical exam on the weighted rubric (default 25 each, configurable per exam)', async () => {
    const make = async (weights?: Record<string, number>) => {
      const id = (
        await trainer.post('/api/exams', {
          title: '模拟来电',
          kind: 'practical',
          opensAt: hourFromNow(-1),
          closesAt: hourFromNow(5),
          weights,
        })
      ).body.data.id;
      await trainer.put(`/api/exams/${id}/examinees`, { employeeIds: [traineeId, other.employeeId] });
      await trainer.post(`/api/exams/${id}/open`);
      return id;
    };
    const plain = await make();
    expect((await trainer.get(`/api/exams/${plain}`)).body.data.weights).toEqual({
      communication: 25,
      problemSolving: 25,
      serviceAttitude: 25,
      emergencyHandling: 25,
    });
    const scores = { communication: 80, problemSolving: 60, serviceAttitude: 90, emergencyHandling: 50 };
    const r = await trainer.post(`/api/exams/${plain}/practical-scores`, {
      employeeId: traineeId,
      scenario: 'role_play',
      scores,
      comments: '语速偏快',
    });
    expect(r.body.data).toMatchObject({ total: 70, passed: true });
    const weighted = await make({ communication: 40, problemSolving: 30, serviceAttitude: 20, emergencyHandling: 10 });
    const w = await trainer.post(`/api/exams/${weighted}/practical-scores`, {
      employeeId: other.employeeId,
      scenario: 'complaint',
      scores,
    });
    expect(w.body.data).toMatchObject({ total: 73, passed: true });
    const low = await trainer.post(`/api/exams/${weighted}/practical-scores`, {
      employeeId: traineeId,
      scenario: 'real_call',
      scores: { communication: 50, problemSolving: 50, serviceAttitude: 50, emergencyHandling: 50 },
    });
    expect(low.body.data.passed).toBe(false);
    expect(
      (
        await trainer.post('/api/exams', {
          title: 'x',
          kind: 'practical',
          opensAt: hourFromNow(0),
          closesAt: hourFromNow(1),
          weights: { communication: 50, problemSolving: 30, serviceAttitude: 30, emergencyHandling: 10 },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await trainer.post(`/api/exams/${plain}/practical-scores`, {
          employeeId: traineeId,
          scenario: 'role_play',
          scores: { ...scores, communication: 101 },
        })
      ).status,
    ).toBe(400);
    const lead = await env.as('teamlead');
    expect(
      (
        await lead.post(`/api/exams/${plain}/practical-scores`, {
          employeeId: traineeId,
          scenario: 'role_play',
          scores,
        })
      ).status,
    ).toBe(403);
    const changed = await trainer.put(`/api/exams/practical-scores/${r.body.data.id}`, {
      scores: { ...scores, communication: 100 },
      reason: '复评',
      version: 1,
    });
    expect(changed.body.data.total).toBe(75);
    const audit = await env.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', r.body.data.id)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect([JSON.parse(audit.old_value!).total, JSON.parse(audit.new_value!).total, audit.reason]).toEqual([
      70,
      75,
      '复评',
    ]);
    const mine = (await trainee.get('/api/exams/my/practical')).body.data;
    expect(mine.map((m: any) => m.comments)).toContain('语速偏快');
  });

  it('scores daily performance per weekly period; a team lead only for their own team', async () => {
    const period = (await training.get('/api/exams/daily/period?date=2026-11-19')).body.data;
    expect(period).toEqual({ periodStart: '2026-11-16', periodEnd: '2026-11-22', weeks: 1 });
    const ok = await training.post('/api/exams/daily', {
      employeeId: traineeId,
      periodStart: '2026-11-16',
      attendance: 28,
      attitude: 25,
      teamwork: 35,
      comments: '积极',
    });
    expect(ok.body.data).toMatchObject({ total: 88, passed: true });
    expect(
      (
        await training.post('/api/exams/daily', {
          employeeId: traineeId,
          periodStart: '2026-11-16',
          attendance: 28,
          attitude: 25,
          teamwork: 35,
        })
      ).body.errorCode,
    ).toBe('DUPLICATE_EVALUATION');
    expect(
      (
        await training.post('/api/exams/daily', {
          employeeId: traineeId,
          periodStart: '2026-11-17',
          attendance: 1,
          attitude: 1,
          teamwork: 1,
        })
      ).body.errorCode,
    ).toBe('NOT_PERIOD_START');
    expect(
      (
        await training.post('/api/exams/daily', {
          employeeId: traineeId,
          periodStart: '2026-11-23',
          attitude: 1,
          teamwork: 1,
        })
      ).body.errorCode,
    ).toBe('ATTENDANCE_REQUIRED');
    expect(
      (
        await training.post('/api/exams/daily', {
          employeeId: traineeId,
          periodStart: '2026-11-23',
          attendance: 31,
          attitude: 1,
          teamwork: 1,
        })
      ).status,
    ).toBe(400);
    const adhoc = await training.post('/api/exams/daily', {
      employeeId: traineeId,
      periodStart: '2026-11-18',
      kind: 'adhoc',
      topic: '投诉模拟',
      attendance: 20,
      attitude: 20,
      teamwork: 20,
    });
    expect(adhoc.body.data).toMatchObject({ total: 60, passed: true });
    const lead = await env.as('teamlead');
    expect(
      (
        await lead.post('/api/exams/daily', {
          employeeId: traineeId,
          periodStart: '2026-11-23',
          attendance: 30,
          attitude: 30,
          teamwork: 40,
        })
      ).status,
    ).toBe(403);
    const leadMember = await env.handle.db
      .selectFrom('employees')
      .select('id')
      .where('team_id', '=', lead.me.teamId ?? (await teamOf(lead.me.employeeId)))
      .where('id', '!=', lead.me.employeeId)
      .executeTakeFirstOrThrow();
    expect(
      (
        await lead.post('/api/exams/daily', {
          employeeId: leadMember.id,
          periodStart: '2026-11-16',
          attendance: 30,
          attitude: 30,
          teamwork: 40,
        })
      ).status,
    ).toBe(200);
    const seen = (await lead.get('/api/exams/daily')).body.data;
    expect(seen.map((d: any) => d.employeeId)).toEqual([leadMember.id]);
    await putSetting(env.handle.db, 'exams.dailyPeriodWeeks', 2, null);
    expect((await training.get('/api/exams/daily/period?date=2026-11-19')).body.data.weeks).toBe(2);
    await putSetting(env.handle.db, 'exams.dailyPeriodWeeks', 1, null);
    expect((await trainee.get('/api/exams/my/daily')).body.data.map((d: any) => d.total).sort()).toEqual([60, 88]);
  });

  it('opens a follow-up on a fail, which closes only with a talk and a plan; the trainee sees the feedback', async () => {
    const fail = await training.post('/api/exams/daily', {
      employeeId: other.employeeId,
      periodStart: '2026-11-16',
      attendance: 10,
      attitude: 20,
      teamwork: 20,
    });
    expect(fail.body.data.passed).toBe(false);
    const list = (await training.get(`/api/exams/followups?employeeId=${other.employeeId}&status=open`)).body.data;
    expect(list).toHaveLength(1);
    const f = list[0];
    // The title is data (the period); the web names the kind in the reader's language.
    expect(f).toMatchObject({ sourceKind: 'daily', sourceTitle: '2026-11-16', score: 50, passMark: 60 });
    // A follow-up written before, with the server's Chinese prefix, loses it in the migration.
    await env.handle.db
      .updateTable('exam_followups')
      .set({ source_title: '日常表现 2026-11-16 模拟' })
      .where('id', '=', f.id)
      .execute();
    await dailyFollowupTitles(env.handle.db, dialect.name);
    expect(
      (await training.get(`/api/exams/followups?employeeId=${other.employeeId}&status=open`)).body.data[0].sourceTitle,
    ).toBe('2026-11-16 模拟');
    expect((await training.post(`/api/exams/followups/${f.id}/close`, { version: f.version })).body.errorCode).toBe(
      'FOLLOWUP_INCOMPLETE',
    );
    const talk = await training.post(`/api/exams/followups/${f.id}/talk`, {
      at: new Date().toISOString(),
      notes: '内部记录：家庭原因',
      feedback: '出勤需改进，按时参加晨会',
      version: f.version,
    });
    expect(talk.status).toBe(200);
    expect(
      (await training.post(`/api/exams/followups/${f.id}/close`, { version: talk.body.data.version })).body.errorCode,
    ).toBe('FOLLOWUP_INCOMPLETE');
    const plan = await training.post(`/api/exams/followups/${f.id}/plan`, {
      plan: '两周内全勤，每日复盘',
      dueDate: '2026-12-07',
      version: talk.body.data.version,
    });
    const closed = await training.post(`/api/exams/followups/${f.id}/close`, { version: plan.body.data.version });
    expect(closed.body.data.status).toBe('closed');
    const c = await env.as(other.username);
    const mine = await c.get('/api/exams/my/followups');
    expect(mine.body.data[0]).toMatchObject({
      feedback: '出勤需改进，按时参加晨会',
      plan: '两周内全勤，每日复盘',
      status: 'closed',
    });
    expect(mine.raw).not.toContain('内部记录');
    const lead = await env.as('teamlead');
    expect((await lead.get(`/api/exams/followups/${f.id}`)).status).toBe(404);
    expect((await trainee.get('/api/exams/followups')).status).toBe(403);
  });

  async function teamOf(employeeId: string) {
    return (
      await env.handle.db
        .selectFrom('employees')
        .select('team_id')
        .where('id', '=', employeeId)
        .executeTakeFirstOrThrow()
    ).team_id;
  }
});
