import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, employeeIdOf, employeeRow, expectError, teamIdOf } from '../../../test/helpers.js';
import { day } from '../../training/shared/training.testkit.js';
import { addToPool } from '../../mentorship/pool/pool.testkit.js';
import { scoreSession } from '../feedback/feedback.testkit.js';
import { okData, publishedForm } from '../forms/forms.testkit.js';
import { agentsUnderFollowUp } from './summary.followups.js';

// The daily summary and follow-up (SPEC §7–8, issue 7 item 7): problems grouped by item with
// the action planned; follow-ups that close automatically when a later evaluation passes the
// item; trainee errors handled with the trainee and left out of the mentor's figures; red-line
// breaches flagged for regular agents only; the review board's ruling.

describe.each(DIALECTS)('quality summary and follow-up on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let formId: string;
  let qa: Client;
  let lead: Client;
  let manager: Client;
  let ids: { agent: string; probation: string; trainee: string; mentor: string; team: string; otherTeam: string };
  const today = day(0);
  const panel = async (c: Client, ev: string) => okData(await c.get(`/api/quality/evaluations/${ev}/feedback`));
  const e: Record<string, string> = {};

  beforeAll(async () => {
    qa = await env.as('qa');
    lead = await env.as('teamlead');
    manager = await env.as('manager');
    formId = (await publishedForm(qa)).id;
    const probation = await db()
      .selectFrom('employees as x')
      .innerJoin('teams as t', 't.id', 'x.team_id')
      .select('x.id')
      .where('t.code', '=', 'CS1-1')
      .where('x.status', '=', 'probation')
      .executeTakeFirstOrThrow();
    ids = {
      agent: await employeeIdOf(db(), 'agent'),
      probation: probation.id,
      trainee: await employeeIdOf(db(), 'trainee'),
      mentor: await employeeIdOf(db(), 'mentor'),
      team: await teamIdOf(db(), 'CS1-1'),
      otherTeam: await teamIdOf(db(), 'CS1-2'),
    };
    const training = await env.as('training');
    await addToPool(db(), [ids.mentor]); // issue 20: a mentor comes from the pool
    for (const traineeId of [ids.probation, ids.trainee]) {
      okData(
        await training.post('/api/training/mentoring/assignments', {
          traineeId,
          mentorId: ids.mentor,
          mode: 'one_to_five',
          startDate: day(-3),
        }),
      );
    }
  });

  it('keeps a red-line list of known item keys, editable by a QA lead only', async () => {
    expectError(
      await manager.post('/api/quality/red-lines', { title: '无此项', category: 'basic', itemKeys: ['nope'] }),
      422,
      'UNKNOWN_ITEM',
      'itemKeys.0',
    );
    expectError(
      await lead.post('/api/quality/red-lines', { title: '合规用语', category: 'basic', itemKeys: ['compliant'] }),
      403,
    );
    e.redLine = okData(
      await manager.post('/api/quality/red-lines', {
        title: '违规用语',
        description: '已公告',
        category: 'announced',
        itemKeys: ['compliant'],
        announcedOn: day(-30),
      }),
    ).id;
    e.spare = okData(
      await manager.post('/api/quality/red-lines', {
        title: '临时',
        category: 'common',
        itemKeys: ['greet'],
        active: false,
      }),
    ).id;
    okData(
      await manager.put(`/api/quality/red-lines/${e.spare}`, {
        title: '临时（停用）',
        category: 'common',
        itemKeys: ['greet'],
        active: false,
        version: 1,
      }),
    );
    expectError(
      await manager.put(`/api/quality/red-lines/${e.spare}`, {
        title: '再改',
        category: 'common',
        itemKeys: ['greet'],
        active: false,
        version: 1,
      }),
      409,
      'VERSION_CONFLICT',
      'version',
    );
    expect((await auditOf(db(), 'qa_red_line', e.spare)).map((a) => a.action)).toEqual(['create', 'update']);
    const list = okData(await (await env.as('agent')).get('/api/quality/red-lines')) as any[];
    expect(list.find((l) => l.id === e.redLine)).toMatchObject({
      title: '违规用语',
      itemKeys: ['compliant'],
      active: true,
      breaches: 0,
    });
  });

  it('flags a failed red-line item as a breach for a regular agent only, shows it in the summary with planned actions', async () => {
    e.agent = await scoreSession(qa, formId, ids.agent, today, { compliant: 0, greet: 0 });
    e.probation = await scoreSession(qa, formId, ids.probation, today, { compliant: 0 });
    e.trainee = await scoreSession(qa, formId, ids.trainee, today, { greet: 0 });
    expect((await panel(lead, e.agent)).redLineBreaches).toEqual([
      { redLineId: e.redLine, title: '违规用语', itemKey: 'compliant' },
    ]);
    expect((await panel(lead, e.probation)).redLineBreaches).toEqual([]);

    okData(
      await lead.post('/api/quality/summary/actions', {
        day: today,
        itemKey: 'greet',
        teamId: ids.team,
        action: 'team_meeting',
        note: '班前会播放录音',
      }),
    );
    expectError(
      await lead.post('/api/quality/summary/actions', {
        day: today,
        itemKey: 'greet',
        teamId: ids.otherTeam,
        action: 'team_meeting',
      }),
      403,
    );
    expectError(
      await lead.post('/api/quality/summary/actions', { day: today, itemKey: 'greet', action: 'team_meeting' }),
      403,
    );
    okData(
      await manager.post('/api/quality/summary/actions', {
        day: today,
        itemKey: 'compliant',
        action: 'retraining_course',
        note: '合规复训',
      }),
    );

    const summary = okData(await lead.get(`/api/quality/summary/daily?day=${today}&teamId=${ids.team}`));
    expect(summary).toMatchObject({ evaluations: 2, agents: 2, failed: 2, redLineBreaches: 1 });
    const problem = (key: string) => summary.problems.find((p: any) => p.itemKey === key);
    expect(problem('compliant')).toMatchObject({
      label: '合规用语',
      evaluations: 2,
      traineeEvaluations: 1,
      redLine: true,
      redLineBreaches: 1,
      action: { action: 'retraining_course', teamId: null },
    });
    expect(
      problem('compliant')
        .agents.map((a: any) => [a.id, a.trainee])
        .sort(),
    ).toEqual(
      [
        [ids.agent, false],
        [ids.probation, true],
      ].sort(),
    );
    expect(problem('greet')).toMatchObject({
      evaluations: 1,
      redLine: false,
      action: { action: 'team_meeting', note: '班前会播放录音', teamId: ids.team },
    });
    // The trainee sits in another team: the team lead's summary leaves them out; the whole center's has them.
    const center = okData(await (await env.as('admin')).get(`/api/quality/summary/daily?day=${today}`));
    expect(center.problems.find((p: any) => p.itemKey === 'greet')).toMatchObject({ evaluations: 2 });

    expectError(
      await lead.post(`/api/quality/evaluations/${e.agent}/red-line-ruling`, {
        ruling: 'unusual_error',
        reason: '系统故障',
      }),
      403,
    );
    okData(
      await manager.post(`/api/quality/evaluations/${e.agent}/red-line-ruling`, {
        ruling: 'unusual_error',
        reason: '系统故障导致，评审组认定为异常',
      }),
    );
    expect((await panel(lead, e.agent)).ruling).toMatchObject({
      ruling: 'unusual_error',
      reason: '系统故障导致，评审组认定为异常',
    });
    expect(await auditOf(db(), 'qa_red_line_ruling', e.agent)).toHaveLength(1);
    expectError(await manager.delete(`/api/quality/red-lines/${e.redLine}`), 409, 'RED_LINE_IN_USE');
    okData(await manager.delete(`/api/quality/red-lines/${e.spare}`));
  });

  it('leaves errors made before regular status out of the mentor’s figures', async () => {
    const training = await env.as('training');
    const figures = async () =>
      (okData(await training.get(`/api/quality/summary/mentors?from=${day(-3)}&to=${today}`)) as any[]).find(
        (m) => m.mentorId === ids.mentor,
      );
    expect(await figures()).toMatchObject({
      menteeEvaluations: 0,
      menteeErrors: 0,
      menteeAverage: null,
      excludedTraineeEvaluations: 2,
      excludedTraineeErrors: 2,
    });

    // Once the probation mentee is a regular agent, their errors count for the mentor.
    const hr = await env.as('hr');
    const row = await employeeRow(db(), ids.probation);
    okData(
      await hr.post(`/api/employees/${ids.probation}/status`, {
        status: 'regular',
        effectiveDate: today,
        reason: '转正',
        version: row.version,
      }),
    );
    e.regularMentee = await scoreSession(qa, formId, ids.probation, today, { accurate: 5 });
    expect(await figures()).toMatchObject({
      menteeEvaluations: 1,
      menteeErrors: 1,
      excludedTraineeEvaluations: 2,
      excludedTraineeErrors: 2,
    });
    expectError(
      await training.get(`/api/quality/summary/mentors?from=${today}&to=${day(-3)}`),
      422,
      'BAD_DATE_RANGE',
      'to',
    );
  });

  it('follows an agent’s problem until a later evaluation passes the item, and handles trainee errors with the trainee', async () => {
    const open = okData(await lead.get(`/api/quality/followups?agentId=${ids.agent}&status=open`)) as any[];
    expect(open.map((f) => f.itemKey).sort()).toEqual(['compliant', 'greet']);
    expect(await agentsUnderFollowUp(db(), today)).toContain(ids.agent);

    const probationFollowup = (okData(await lead.get(`/api/quality/followups?agentId=${ids.probation}`)) as any[]).find(
      (f) => f.itemKey === 'compliant',
    );
    expect(probationFollowup).toMatchObject({ trainee: true, status: 'closed', closedEvaluationId: e.regularMentee });
    okData(
      await lead.post(`/api/quality/followups/${probationFollowup.id}/handling`, {
        handling: 'recitation',
        note: '背诵合规用语',
      }),
    );
    expectError(
      await lead.post(`/api/quality/followups/${open[0].id}/handling`, { handling: 'retest' }),
      409,
      'NOT_A_TRAINEE_ERROR',
    );
    expectError(
      await (await env.as('agent')).post(`/api/quality/followups/${open[0].id}/handling`, { handling: 'retest' }),
      403,
    );

    const passing = await scoreSession(qa, formId, ids.agent, today, { privacy: 0 });
    const after = okData(await lead.get(`/api/quality/followups?agentId=${ids.agent}`)) as any[];
    for (const key of ['compliant', 'greet'])
      expect(after.find((f) => f.itemKey === key)).toMatchObject({
        status: 'closed',
        closedEvaluationId: passing,
        closedDay: today,
      });
    expect(after.find((f) => f.itemKey === 'privacy')).toMatchObject({ status: 'open', openedEvaluationId: passing });
    // The agent's own view shows only their own follow-ups.
    const mine = okData(await (await env.as('agent')).get('/api/quality/followups')) as any[];
    expect(new Set(mine.map((f) => f.agentId))).toEqual(new Set([ids.agent]));
    // Closed this week: still under follow-up this week (privacy is open), and only for what is open next week.
    const nextWeek = day(7);
    expect(await agentsUnderFollowUp(db(), nextWeek)).toContain(ids.agent);
    await db()
      .updateTable('qa_followups')
      .set({ status: 'closed', closed_day: today })
      .where('agent_id', '=', ids.agent)
      .where('status', '=', 'open')
      .execute();
    expect(await agentsUnderFollowUp(db(), nextWeek)).not.toContain(ids.agent);
  });

  it('drops a red-line breach when the dispute decision passes the item, and shows the latest day by default', async () => {
    const agent = await env.as('agent');
    okData(
      await agent.post(`/api/quality/evaluations/${e.agent}/disputes`, {
        scope: 'items',
        reason: '合规用语无误',
        items: [{ itemKey: 'compliant', proposedValue: 1, reason: '录音中无承诺性用语' }],
      }),
    );
    const open = (okData(await lead.get('/api/quality/disputes?toReview=true')) as any[]).find(
      (d) => d.evaluationId === e.agent,
    );
    const decided = okData(
      await lead.post(`/api/quality/disputes/${open.id}/decision`, {
        items: [{ itemKey: 'compliant', outcome: 'change', value: 1, reason: '复听无违规' }],
        note: '改判',
      }),
    );
    expect(decided).toMatchObject({ scoreBefore: 0, finalScore: 90 });
    expect((await panel(lead, e.agent)).redLineBreaches).toEqual([]);
    expect(
      (okData(await manager.get('/api/quality/red-lines')) as any[]).find((l) => l.id === e.redLine),
    ).toMatchObject({ breaches: 0 });
    const latest = okData(await lead.get('/api/quality/summary/daily'));
    expect(latest).toMatchObject({ day: today, redLineBreaches: 0 });
    expect(latest.problems.find((p: any) => p.itemKey === 'compliant')).toMatchObject({
      evaluations: 1,
      redLineBreaches: 0,
    });
  });
  it('pages the follow-ups with their total instead of stopping at 500 rows', async () => {
    // 505 closed follow-ups more for the agent: past the old silent cap of 500.
    const [first] = await db()
      .selectFrom('qa_followups')
      .selectAll()
      .where('agent_id', '=', ids.agent)
      .limit(1)
      .execute();
    const rows = Array.from({ length: 505 }, (_, i) => ({
      ...first,
      id: `bulk-followup-${String(i).padStart(3, '0')}`,
      item_key: `bulk-${i}`,
      status: 'closed',
    }));
    for (let i = 0; i < rows.length; i += 100)
      await db()
        .insertInto('qa_followups')
        .values(rows.slice(i, i + 100))
        .execute();
    const total = Number(
      (
        await db()
          .selectFrom('qa_followups')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('agent_id', '=', ids.agent)
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(total).toBeGreaterThan(505);

    const get = (q: string) => lead.get(`/api/quality/followups?agentId=${ids.agent}&${q}`);
    const first20 = await get('');
    expect(first20.body).toMatchObject({ success: true, total });
    expect(first20.body.data).toHaveLength(20);
    const seen = new Set<string>();
    for (let page = 1; page <= Math.ceil(total / 200); page++) {
      const res = await get(`pageSize=200&page=${page}`);
      expect(res.body.total).toBe(total);
      for (const f of res.body.data as { id: string }[]) seen.add(f.id);
    }
    expect(seen.size).toBe(total);
    expect((await get(`pageSize=200&page=${Math.ceil(total / 200) + 1}`)).body).toMatchObject({ data: [], total });
    expect((await get('status=closed&pageSize=1')).body.total).toBe(total - (await get('status=open')).body.total);
    expectError(await get('pageSize=500'), 400, undefined, 'pageSize');
    // The agent's own view counts their own rows: all of them here.
    expect((await (await env.as('agent')).get('/api/quality/followups?pageSize=1')).body.total).toBe(total);
  });
});
