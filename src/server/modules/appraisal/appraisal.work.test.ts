import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { workOf } from '../../test/work-list.js';
import { employeeIdOf } from '../../test/helpers.js';
import {
  accountFor,
  advanceTo,
  enterSales,
  ok,
  openCycle,
  teamSheets,
  type SheetInfo,
} from './appeals/results.testkit.js';

// Appraisal's work on the home page (issue 26) through GET /api/home/work, along one cycle: the
// lead's sheets to review (their team's only) until commented, the person's sheet to confirm
// (linking to it, as its notice does) until confirmed, an appeal to review (the lead) and to
// decide (HR, the department's center manager — not another's), the cycle to publish (HR) and
// the follow-up a D opens for the lead. Each leaves the list, and its notice is read, once done.

const work = (c: Client, kind: string) => workOf(c, kind);
const keys = async (c: Client, kind: string) => (await work(c, kind)).items.map((i) => i.key);

describe.each(DIALECTS)('appraisal work on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let hr: Client, lead: Client, agent: Client, mentor: Client, manager: Client;
  let otherLead: Client, otherManager: Client;
  let cycleId: string, sheets: Map<string, SheetInfo>, agentId: string, mentorId: string, leadId: string;
  let cs11: string, cs12: string;

  const unread = async (link: string) =>
    (
      await db()
        .selectFrom('notifications')
        .select('id')
        .where('link', '=', link)
        .where('read_at', 'is', null)
        .execute()
    ).length;

  beforeAll(async () => {
    setClock('2026-12-02T02:00:00Z'); // Wednesday 10:00 in Beijing
    [hr, lead, agent, mentor, manager] = await Promise.all(
      ['hr', 'teamlead', 'agent', 'mentor', 'manager'].map((u) => env.as(u)),
    );
    agentId = await employeeIdOf(db(), 'agent');
    mentorId = await employeeIdOf(db(), 'mentor');
    leadId = await employeeIdOf(db(), 'teamlead');
    const c = await openCycle(env, hr, '首页考核', ['CS1-1', 'CS1-2'], { mode: 'base' });
    cycleId = c.cycleId;
    sheets = c.sheets;
    cs11 = c.teamIds[0];
    const values = new Map<string, number>();
    for (const s of sheets.values()) values.set(s.employeeId, 80);
    values.set(mentorId, 50); // a D: opens a follow-up at publication
    await enterSales(hr, cycleId, sheets, values);
    cs12 = c.teamIds[1];
    const people = await db().selectFrom('employees').select(['id', 'status']).where('team_id', '=', cs12).execute();
    otherLead = await accountFor(env, 'hw12lead', people.find((p) => p.status === 'team_lead')!.id, ['team_lead']);
    const cs2 = await db()
      .selectFrom('employees as e')
      .innerJoin('teams as t', 't.id', 'e.team_id')
      .select('e.id')
      .where('t.code', '=', 'CS2-2')
      .where('e.status', '=', 'key_staff')
      .executeTakeFirstOrThrow();
    otherManager = await accountFor(env, 'hwcs2manager', cs2.id, ['center_manager']);
  }, 60_000);
  afterAll(() => setClock());

  it('lists the team’s sheets to review until the lead has commented on each', async () => {
    await advanceTo(hr, cycleId, 'review');
    const mine = teamSheets(sheets, cs11).filter((s) => s.employeeId !== leadId);
    const listed = await work(lead, 'appraisalReview');
    expect(listed.items.map((i) => [i.key, i.link, i.menu, i.params.count])).toEqual([
      [`appraisalReview:${cycleId}`, `/appraisal/cycles/${cycleId}`, 'appraisal-cycles', mine.length],
    ]);
    const cycle = ok(await hr.get(`/api/appraisal/cycles/${cycleId}`));
    expect(listed.items[0].due).toBe(cycle.timetable.find((t: { step: string }) => t.step === 'review').dueOn);
    // The other lead's count is their own team's.
    const theirs = (await work(otherLead, 'appraisalReview')).items;
    expect(theirs.map((i) => i.params.count)).toEqual([teamSheets(sheets, cs12).length - 1]);
    for (const s of mine) {
      const sheet = ok(await lead.get(`/api/appraisal/sheets/${s.id}`));
      ok(await lead.put(`/api/appraisal/sheets/${s.id}/comment`, { comment: '本月表现稳定', version: sheet.version }));
    }
    expect(await keys(lead, 'appraisalReview')).toEqual([]);
    expect((await work(otherLead, 'appraisalReview')).items).toHaveLength(1);
  });

  it('asks the person to confirm their sheet, linking to it as the notice does, until confirmed', async () => {
    await advanceTo(hr, cycleId, 'confirmation');
    const sheetId = sheets.get(agentId)!.id;
    const listed = await work(agent, 'appraisalConfirm');
    expect(listed.items.map((i) => [i.key, i.link, i.menu])).toEqual([
      [`appraisalConfirm:${sheetId}`, `/appraisal/sheets/${sheetId}`, 'appraisal-my'],
    ]);
    expect(listed.counts['appraisal-my']).toBe(1);
    expect(await unread(`/appraisal/sheets/${sheetId}`)).toBe(1);
    expect(await unread(`/appraisal/cycles/${cycleId}`)).toBe(0); // the review step's notices are done
    const sheet = ok(await agent.get(`/api/appraisal/sheets/${sheetId}`));
    ok(await agent.post(`/api/appraisal/sheets/${sheetId}/confirm`, { version: sheet.version }));
    expect(await keys(agent, 'appraisalConfirm')).toEqual([]);
    expect(await unread(`/appraisal/sheets/${sheetId}`)).toBe(0);
  });

  it('passes an appeal from the lead’s review to the deciders of its department, then off every list', async () => {
    const appeal = ok(
      await mentor.post('/api/appraisal/appeals', {
        sheetId: sheets.get(mentorId)!.id,
        kpiCode: 'sales',
        reason: '11月有两笔销售未计入',
      }),
    );
    const link = `/appraisal/appeals?appeal=${appeal.id}`;
    const toReview = await work(lead, 'appraisalAppealToReview');
    expect(toReview.items.map((i) => [i.key, i.link, i.menu])).toEqual([
      [`appraisalAppealToReview:${appeal.id}`, link, 'appraisal-appeals'],
    ]);
    expect(await keys(otherLead, 'appraisalAppealToReview')).toEqual([]);
    expect(await keys(hr, 'appraisalAppealToDecide')).toEqual([]);
    ok(
      await lead.post(`/api/appraisal/appeals/${appeal.id}/review`, { recommendation: 'reject', comment: '数据无误' }),
    );
    expect(await keys(lead, 'appraisalAppealToReview')).toEqual([]);
    expect(await keys(hr, 'appraisalAppealToDecide')).toEqual([`appraisalAppealToDecide:${appeal.id}`]);
    expect(await keys(manager, 'appraisalAppealToDecide')).toEqual([`appraisalAppealToDecide:${appeal.id}`]);
    expect(await keys(otherManager, 'appraisalAppealToDecide')).toEqual([]);
    ok(
      await hr.post(`/api/appraisal/appeals/${appeal.id}/decision`, {
        decision: 'rejected',
        reason: '核对系统记录无误',
      }),
    );
    expect(await keys(hr, 'appraisalAppealToDecide')).toEqual([]);
    expect(await keys(manager, 'appraisalAppealToDecide')).toEqual([]);
    const hrUser = await db().selectFrom('users').select('id').where('username', '=', 'hr').executeTakeFirstOrThrow();
    const hrUnread = await db()
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', hrUser.id)
      .where('link', '=', link)
      .where('read_at', 'is', null)
      .execute();
    expect(hrUnread).toEqual([]);
  });

  it('has HR publish the cycle in its final step, and the lead keep the follow-up a D opens', async () => {
    await advanceTo(hr, cycleId, 'final');
    expect(await keys(hr, 'appraisalPublish')).toEqual([`appraisalPublish:${cycleId}`]);
    expect(await keys(lead, 'appraisalPublish')).toEqual([]);
    await advanceTo(hr, cycleId, 'published');
    expect(await keys(hr, 'appraisalPublish')).toEqual([]);
    const follow = (await work(lead, 'appraisalFollowUp')).items;
    expect(follow.map((i) => i.menu)).toEqual(['appraisal-followups']);
    const id = follow[0].key.split(':')[1];
    expect(follow[0].link).toBe(`/appraisal/followups?followup=${id}`);
    expect(await unread(follow[0].link)).toBeGreaterThan(0);
    const f = ok(await lead.get(`/api/appraisal/followups/${id}`));
    ok(
      await lead.patch(`/api/appraisal/followups/${id}`, { status: 'done', outcome: '已完成辅导', version: f.version }),
    );
    expect(await keys(lead, 'appraisalFollowUp')).toEqual([]);
    expect(await unread(follow[0].link)).toBe(0);
  });
});
