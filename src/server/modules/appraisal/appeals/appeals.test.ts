import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, countRows, employeeIdOf, expectError } from '../../../test/helpers.js';
import {
  accountFor,
  advanceTo,
  downloadRows,
  enterSales,
  ok,
  openCycle,
  teamSheets,
  type SheetInfo,
} from './results.testkit.js';

// Appeals through the API (SPEC §9 "appeal of the result", issue 18 item 6) and the chain the issue
// asks to prove: after the freeze an appeal upheld raises the grade, and the payroll export reflects
// it. Also: the window, one appeal per item, only the person of the sheet appeals, the order
// review → decision, and who sees which appeal (an agent their own, a lead their team).

const noticeKinds = async (c: Client) =>
  ((await c.get('/api/notifications?pageSize=200')).body.data as { kind: string }[]).map((n) => n.kind);

describe.each(DIALECTS)('appraisal appeals on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let hr: Client, lead: Client, agent: Client, mentor: Client, manager: Client, admin: Client;
  let otherAgent: Client, otherLead: Client, otherManager: Client;
  let cycleId: string, sheets: Map<string, SheetInfo>, agentId: string, mentorId: string;
  let appealId: string, mentorAppealId: string, onTimeAppeal: string, onTimeId: string;

  beforeAll(async () => {
    setClock('2026-12-02T02:00:00Z'); // Wednesday 10:00 in Beijing; November's cycle is due for review
    [hr, lead, agent, mentor, manager, admin] = await Promise.all(
      ['hr', 'teamlead', 'agent', 'mentor', 'manager', 'admin'].map((u) => env.as(u)),
    );
    agentId = await employeeIdOf(db(), 'agent');
    mentorId = await employeeIdOf(db(), 'mentor');
    const c = await openCycle(env, hr, '一处月度考核', ['CS1-1', 'CS1-2'], { mode: 'base' });
    cycleId = c.cycleId;
    sheets = c.sheets;
    const [cs11, cs12] = c.teamIds;
    // Everyone's total is their sales: the agent 65 (C), the mentor 50 (D), the others spread out.
    const values = new Map<string, number>();
    teamSheets(sheets, cs11).forEach((s, i) => values.set(s.employeeId, [92, 85, 75, 72, 70][i % 5]));
    teamSheets(sheets, cs12).forEach((s, i) => values.set(s.employeeId, [88, 78, 68, 66, 64, 62][i % 6]));
    values.set(agentId, 65);
    values.set(mentorId, 50);
    await enterSales(hr, cycleId, sheets, values);
    // A lead and an agent of the other team, to cross the lines of sight.
    const other = teamSheets(sheets, cs12);
    const leads = await db().selectFrom('employees').select(['id', 'status']).where('team_id', '=', cs12).execute();
    const otherLeadId = leads.find((p) => p.status === 'team_lead')!.id;
    otherLead = await accountFor(env, 'cs12lead', otherLeadId, ['team_lead']);
    otherAgent = await accountFor(env, 'cs12agent', other.find((s) => s.employeeId !== otherLeadId)!.employeeId, [
      'agent',
    ]);
    // A center manager of another department (CS2).
    const cs2 = await db()
      .selectFrom('employees as e')
      .innerJoin('teams as t', 't.id', 'e.team_id')
      .select('e.id')
      .where('t.code', '=', 'CS2-2')
      .where('e.status', '=', 'key_staff')
      .executeTakeFirstOrThrow();
    otherManager = await accountFor(env, 'cs2manager', cs2.id, ['center_manager']);
  }, 60_000);
  afterAll(() => setClock());

  const appeal = (c: Client, body: Record<string, unknown>) =>
    c.post('/api/appraisal/appeals', { kpiCode: 'sales', reason: '11月有两笔销售未计入', ...body });

  it('refuses appeals before confirmation and the payroll before final, writing nothing', async () => {
    await advanceTo(hr, cycleId, 'review');
    expectError(await appeal(agent, { sheetId: sheets.get(agentId)!.id }), 422, 'APPEAL_WINDOW_CLOSED');
    expectError(await hr.get(`/api/appraisal/cycles/${cycleId}/payroll.xlsx`), 422, 'PAYROLL_NOT_FINAL');
    expect(await countRows(db(), 'appraisal_appeals')).toBe(0);
  });

  it('lets only the person appeal one item of their own sheet, once', async () => {
    await advanceTo(hr, cycleId, 'confirmation');
    const sheetId = sheets.get(agentId)!.id;
    expectError(await appeal(mentor, { sheetId }), 404, 'NOT_FOUND'); // a teammate does not see the sheet
    expectError(await appeal(lead, { sheetId }), 403, 'FORBIDDEN'); // the lead sees it, but it is not theirs
    expectError(await appeal(otherAgent, { sheetId }), 404, 'NOT_FOUND');
    expectError(await appeal(agent, { sheetId, kpiCode: 'qa' }), 422, 'APPEAL_ITEM_UNKNOWN', 'kpiCode');
    // Someone who confirmed their sheet has accepted it.
    const theirs = [...sheets.values()].find((s) => s.employeeId === otherAgent.me.employeeId)!;
    const { version } = ok(await otherAgent.get(`/api/appraisal/sheets/${theirs.id}`));
    ok(await otherAgent.post(`/api/appraisal/sheets/${theirs.id}/confirm`, { version }));
    expectError(await appeal(otherAgent, { sheetId: theirs.id }), 422, 'APPEAL_SHEET_CONFIRMED');
    expect(await countRows(db(), 'appraisal_appeals')).toBe(0);

    const filed = ok(await appeal(agent, { sheetId, claimedValue: 85 }));
    appealId = filed.id;
    expect(filed).toMatchObject({ status: 'open', kpiCode: 'sales', originalValue: 65, claimedValue: 85 });
    expect(filed.windowEndsOn >= '2026-12-07').toBe(true);
    expect(filed.can).toEqual({ review: false, decide: false });
    expectError(await appeal(agent, { sheetId, reason: '再次申诉同一指标' }), 409, 'APPEAL_EXISTS', 'kpiCode');
    expect(await countRows(db(), 'appraisal_appeals')).toBe(1);
    // Confirming would accept the sheet the appeal disputes: refused until the decision, nothing written.
    const mine = ok(await agent.get(`/api/appraisal/sheets/${sheetId}`));
    expectError(
      await agent.post(`/api/appraisal/sheets/${sheetId}/confirm`, { version: mine.version }),
      409,
      'SHEET_APPEAL_UNDECIDED',
    );
    expect(ok(await agent.get(`/api/appraisal/sheets/${sheetId}`))).toMatchObject({
      confirmedAt: null,
      version: mine.version,
    });
    expect(await noticeKinds(lead)).toContain('appraisal_appeal_filed');

    // Two filed at the same moment: one lands, the other is told it exists.
    const both = await Promise.all(
      [1, 2].map(() => appeal(mentor, { sheetId: sheets.get(mentorId)!.id, reason: '外呼名单分配不均' })),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    mentorAppealId = both.find((r) => r.status === 200)!.body.data.id;
    expect(await countRows(db(), 'appraisal_appeals')).toBe(2);
  });

  it('shows an appeal to the appellant, their lead, their center manager and HR only', async () => {
    for (const c of [agent, lead, manager, hr, admin])
      expect(ok(await c.get(`/api/appraisal/appeals/${appealId}`)).id).toBe(appealId);
    for (const c of [mentor, otherAgent, otherLead, otherManager])
      expectError(await c.get(`/api/appraisal/appeals/${appealId}`), 404, 'NOT_FOUND');
    const ids = async (c: Client) =>
      (ok<{ id: string }[]>(await c.get(`/api/appraisal/appeals?cycleId=${cycleId}`)) ?? []).map((a) => a.id).sort();
    expect(await ids(agent)).toEqual([appealId]);
    expect(await ids(mentor)).toEqual([mentorAppealId]);
    expect(await ids(otherLead)).toEqual([]);
    expect(await ids(lead)).toEqual([appealId, mentorAppealId].sort());
    expect(await ids(hr)).toEqual([appealId, mentorAppealId].sort());
  });

  it('goes review → written decision; upheld, the sheet is recomputed and its grade rises', async () => {
    const before = ok(await hr.get(`/api/appraisal/appeals/${appealId}`));
    expectError(
      await hr.post(`/api/appraisal/appeals/${appealId}/decision`, {
        decision: 'upheld',
        reason: '核实后更正销售额',
        correctedValue: 85,
      }),
      409,
      'APPEAL_NOT_REVIEWED',
    );
    expectError(
      await agent.post(`/api/appraisal/appeals/${appealId}/review`, { recommendation: 'uphold', comment: '同意' }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await otherLead.post(`/api/appraisal/appeals/${appealId}/review`, { recommendation: 'uphold', comment: '同意' }),
      404,
      'NOT_FOUND',
    );
    expect(ok(await hr.get(`/api/appraisal/appeals/${appealId}`))).toEqual(before);

    const reviewed = ok(
      await lead.post(`/api/appraisal/appeals/${appealId}/review`, {
        recommendation: 'uphold',
        comment: '两笔订单系统漏记，建议更正',
      }),
    );
    expect(reviewed).toMatchObject({ status: 'reviewed', review: { recommendation: 'uphold' } });
    expectError(
      await lead.post(`/api/appraisal/appeals/${appealId}/review`, { recommendation: 'reject', comment: '改主意' }),
      409,
      'APPEAL_ALREADY_REVIEWED',
    );
    expect(await noticeKinds(hr)).toContain('appraisal_appeal_to_decide');
    expect(await noticeKinds(agent)).toContain('appraisal_appeal_reviewed');

    expectError(
      await hr.post(`/api/appraisal/appeals/${appealId}/decision`, { decision: 'upheld', reason: '核实后更正销售额' }),
      422,
      'APPEAL_VALUE_REQUIRED',
      'correctedValue',
    );
    expectError(
      await otherManager.post(`/api/appraisal/appeals/${appealId}/decision`, {
        decision: 'upheld',
        reason: '别处的经理来决定',
        correctedValue: 99,
      }),
      404,
      'NOT_FOUND',
    );
    expectError(
      await agent.post(`/api/appraisal/appeals/${appealId}/decision`, {
        decision: 'upheld',
        reason: '我自己决定',
        correctedValue: 99,
      }),
      403,
      'FORBIDDEN',
    );
    const decided = ok(
      await hr.post(`/api/appraisal/appeals/${appealId}/decision`, {
        decision: 'upheld',
        reason: '核实订单后更正为 85',
        correctedValue: 85,
      }),
    );
    expect(decided.status).toBe('upheld');
    expect(decided.decision).toMatchObject({
      correctedValue: 85,
      oldTotal: 65,
      newTotal: 85,
      oldGrade: 'C',
      newGrade: 'A',
    });
    expect(decided.events.map((e: { kind: string }) => e.kind)).toEqual(['filed', 'reviewed', 'upheld']);
    expectError(
      await hr.post(`/api/appraisal/appeals/${appealId}/decision`, { decision: 'rejected', reason: '再决定一次' }),
      409,
      'APPEAL_ALREADY_DECIDED',
    );

    const sheet = ok(await agent.get(`/api/appraisal/sheets/${sheets.get(agentId)!.id}`));
    expect(sheet).toMatchObject({ total: 85, grade: 'A' });
    expect(sheet.items[0]).toMatchObject({
      code: 'sales',
      value: 85,
      source: 'appeal',
      evidence: { kind: 'appeal', appealId },
    });
    const audit = await auditOf(db(), 'appraisal_appeal', appealId);
    expect(audit.at(-1)).toMatchObject({
      old_value: { value: 65, total: 65, grade: 'C' },
      new_value: { value: 85, total: 85, grade: 'A' },
    });
    expect(await noticeKinds(agent)).toContain('appraisal_appeal_upheld');

    // The mentor's appeal is reviewed but left undecided until the results are published.
    ok(
      await lead.post(`/api/appraisal/appeals/${mentorAppealId}/review`, {
        recommendation: 'reject',
        comment: '名单按规则分配',
      }),
    );
  });

  it('closes the window after the last working day', async () => {
    await advanceTo(hr, cycleId, 'appeal');
    const linked = new Set((await db().selectFrom('users').select('employee_id').execute()).map((u) => u.employee_id));
    const [onTime, tooLate] = teamSheets(sheets, sheets.get(agentId)!.teamId).filter((s) => !linked.has(s.employeeId));
    const { windowEndsOn } = ok(await hr.get(`/api/appraisal/appeals/${appealId}`));
    setClock(`${windowEndsOn}T09:00:00Z`); // 17:00 on the last day in Beijing: still open
    const first = await accountFor(env, 'cs11first', onTime.employeeId, ['agent']);
    onTimeAppeal = ok(await appeal(first, { sheetId: onTime.id })).id;
    onTimeId = onTime.employeeId;
    setClock(`${windowEndsOn}T17:00:00Z`); // 01:00 the next day in Beijing
    const late = await accountFor(env, 'cs11late', tooLate.employeeId, ['agent']);
    const lateSheet = tooLate;
    const before = await countRows(db(), 'appraisal_appeals');
    expectError(await appeal(late, { sheetId: lateSheet.id }), 422, 'APPEAL_WINDOW_CLOSED');
    expect(await countRows(db(), 'appraisal_appeals')).toBe(before);
    setClock('2026-12-02T02:00:00Z');
  });

  it('pays the corrected grade: the payroll export shows A, 85, 1.2 and 1200.00, with team totals', async () => {
    await advanceTo(hr, cycleId, 'final');
    // Grades are fixed at final; an appeal decided now fixes them again.
    const fixed = ok(await hr.get(`/api/appraisal/cycles/${cycleId}/grades`));
    expect(fixed.fixed).toBe(true);
    const gradeOf = (g: typeof fixed, id: string) => g.rows.find((r: { employeeId: string }) => r.employeeId === id);
    expect(gradeOf(fixed, agentId)).toMatchObject({ total: 85, grade: 'A' });
    const wasGrade = gradeOf(fixed, onTimeId).grade;
    ok(await lead.post(`/api/appraisal/appeals/${onTimeAppeal}/review`, { recommendation: 'uphold', comment: '属实' }));
    ok(
      // The center manager of the department decides this one.
      await manager.post(`/api/appraisal/appeals/${onTimeAppeal}/decision`, {
        decision: 'upheld',
        reason: '终审时更正',
        correctedValue: 96,
      }),
    );
    const refixed = ok(await hr.get(`/api/appraisal/cycles/${cycleId}/grades`));
    expect(gradeOf(refixed, onTimeId)).toMatchObject({ total: 96, grade: 'S' });
    expect(wasGrade).not.toBe('S');
    const { status, rows, headers } = await downloadRows(
      env,
      'hr',
      `/api/appraisal/cycles/${cycleId}/payroll.xlsx?locale=en-US`,
    );
    expect(status).toBe(200);
    expect(String(headers['content-disposition'])).toMatch(/^attachment/);
    expect(rows[0]).toEqual(['Employee no.', 'Name', 'Team', 'Grade', 'Score', 'Coefficient', 'Amount (CNY)']);
    const mine = rows.find((r) => r[0] === sheets.get(agentId)!.employeeNo)!;
    expect(mine.slice(3)).toEqual(['A', 85, 1.2, 1200]);
    const teamTotals = rows.filter((r) => r[5] === 'Team total');
    expect(teamTotals).toHaveLength(2);
    const people = rows.slice(1).filter((r) => r[0]);
    const sum = people.reduce((s, r) => s + Math.round(Number(r[6]) * 100), 0);
    expect(teamTotals.reduce((s, r) => s + Math.round(Number(r[6]) * 100), 0)).toBe(sum);
    const exported = await db().selectFrom('audit_log').select('entity_id').where('action', '=', 'export').execute();
    expect(exported.map((e) => e.entity_id)).toContain(cycleId);
    const zh = await downloadRows(env, 'hr', `/api/appraisal/cycles/${cycleId}/payroll.xlsx`);
    expect(zh.rows[0]).toEqual(['工号', '姓名', '班组', '等级', '得分', '奖金系数', '奖金(元)']);
  });

  it('publishes only when every appeal is decided; the grades are there for other modules', async () => {
    const before = ok(await hr.get(`/api/appraisal/cycles/${cycleId}`));
    expectError(
      await hr.post(`/api/appraisal/cycles/${cycleId}/advance`, { to: 'published', version: before.version }),
      409,
      'APPEALS_UNDECIDED',
      'to',
    );
    expect(ok(await hr.get(`/api/appraisal/cycles/${cycleId}`))).toMatchObject({
      status: 'final',
      version: before.version,
    });
    ok(
      await hr.post(`/api/appraisal/appeals/${mentorAppealId}/decision`, {
        decision: 'rejected',
        reason: '名单分配符合规则',
      }),
    );
    await advanceTo(hr, cycleId, 'published');
    expectError(
      await hr.post(`/api/appraisal/appeals/${mentorAppealId}/decision`, {
        decision: 'upheld',
        reason: '发布后再改',
        correctedValue: 99,
      }),
      409,
      'APPEAL_ALREADY_DECIDED',
    );
    expect(ok(await hr.get(`/api/appraisal/appeals/${mentorAppealId}`)).status).toBe('rejected');
    const grades = ok(await agent.get(`/api/appraisal/people/${agentId}/grades`));
    expect(grades).toMatchObject([{ cycleId, grade: 'A', total: 85 }]);
    expectError(await mentor.get(`/api/appraisal/people/${agentId}/grades`), 404, 'NOT_FOUND');
  });
});
