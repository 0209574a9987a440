import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetCalendar } from '../../lib/calendar.js';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { auditOf, expectError } from '../../test/helpers.js';
import { INTERVIEW, newTrainee, noticeKinds, okData } from './elimination.testkit.js';

// A notice counted into a year the working-day calendar lacks (SPEC §6, CONVENTIONS "Time"):
// published Tuesday 2026-12-29 for 3 working days with 2027 missing, it ends provisionally on
// Friday 2027-01-01 (counted as an ordinary weekday). Appeals stay open past that provisional
// end and HR's decision is refused (CALENDAR_PROVISIONAL). When the administrator marks
// 2027-01-01 a holiday the end moves to Monday 01-04, still provisional; confirming 2027 makes it
// final. Each recount is a step on the timeline, audited with the administrator's reason and
// announced; after the final end HR decides.

describe.each(DIALECTS)('provisional notice on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let training: Client, hr: Client, teamlead: Client, admin: Client;

  beforeAll(async () => {
    const db = env.handle.db;
    // Whatever the installed chinese-days covers, this test is about a year without data.
    await db.deleteFrom('calendar_days').where('day', '>=', '2027-01-01').execute();
    await db.deleteFrom('calendar_years').where('year', '>=', 2027).execute();
    forgetCalendar(db);
    [training, hr, teamlead, admin] = await Promise.all(['training', 'hr', 'teamlead', 'admin'].map((u) => env.as(u)));
  });
  afterAll(() => setClock());

  it('is provisional with 2027 missing, blocks the decision, and becomes final when 2027 is entered', async () => {
    const x = await newTrainee(env, hr, 'CS1-1', '2026-11-02');
    setClock('2026-12-29T02:00:00Z');
    const id = okData(
      await training.post('/api/elimination/cases', {
        employeeId: x,
        criterion: 'cannot_handle',
        summary: '经反复培训仍无法独立处理基本咨询',
        evidenceText: '三次辅导记录与模拟通话评分',
      }),
    ).id;
    okData(
      await training.post(`/api/elimination/cases/${id}/interview`, { ...INTERVIEW, heldAt: '2026-12-29T01:00:00Z' }),
    );
    const notice = okData(await training.post(`/api/elimination/cases/${id}/notice`, {}));
    expect(notice).toEqual({
      publishedOn: '2026-12-29',
      endsOn: '2027-01-01',
      endsAt: '2027-01-01T16:00:00.000Z',
      provisionalYear: 2027,
    });
    expect(okData(await hr.get(`/api/elimination/cases/${id}`)).notice).toMatchObject({
      endsOn: '2027-01-01',
      provisionalYear: 2027,
    });

    // Past the provisional end: the appeal is still taken, and the decision waits for the calendar.
    setClock('2027-01-02T02:00:00Z');
    const waiting = okData(await hr.get(`/api/elimination/cases/${id}`));
    expect([waiting.notice.state, waiting.can.decide]).toEqual(['open', false]);
    const appeal = okData(
      await teamlead.post(`/api/elimination/cases/${id}/appeals`, { reason: '元旦假期期间公示，学员未能及时看到' }),
    ).id;
    okData(
      await training.post(`/api/elimination/appeals/${appeal}/answer`, {
        outcome: 'rejected',
        answer: '公示期将按正式日历重新计算',
      }),
    );
    const blocked = await hr.post(`/api/elimination/cases/${id}/decision`, {
      decision: 'eliminate',
      reason: '公示期满，决定淘汰',
    });
    expectError(blocked, 422, 'CALENDAR_PROVISIONAL');
    expect(blocked.body.errorMessage).toContain('2027');
    expect(okData(await hr.get(`/api/elimination/cases/${id}`)).steps.map((s: any) => s.kind)).not.toContain(
      'decision',
    );

    // The administrator enters New Year's Day: the end moves past it, still provisional.
    const holiday = await admin.put('/api/calendar/days/2027-01-01', {
      kind: 'holiday',
      name: '元旦',
      reason: '国务院办公厅2027年部分节假日安排的通知',
    });
    expect(holiday.status).toBe(200);
    let c = okData(await hr.get(`/api/elimination/cases/${id}`));
    expect(c.notice).toMatchObject({ endsOn: '2027-01-04', endsAt: '2027-01-04T16:00:00.000Z', provisionalYear: 2027 });

    // Confirming the year makes it final; HR still waits for the (moved) end.
    expect((await admin.post('/api/calendar/years/2027/confirm', { reason: '2027年节假日已全部录入' })).status).toBe(
      200,
    );
    c = okData(await hr.get(`/api/elimination/cases/${id}`));
    expect(c.notice).toMatchObject({ endsOn: '2027-01-04', provisionalYear: null, state: 'open' });
    const recounts = c.steps.filter((s: any) => s.kind === 'notice_recounted');
    expect(recounts.map((s: any) => [s.data.before.endsOn, s.data.after.endsOn, s.data.after.provisionalYear])).toEqual(
      [
        ['2027-01-01', '2027-01-04', 2027],
        ['2027-01-04', '2027-01-04', null],
      ],
    );
    expect(recounts[0].actor.name).toBe(admin.me.name);
    const audits = (await auditOf(env.handle.db, 'elimination_case', id)).filter(
      (a) => a.reason?.startsWith('国务院') || a.reason?.startsWith('2027年'),
    );
    expect(audits.map((a) => [a.old_value.endsOn, a.new_value.endsOn])).toEqual([
      ['2027-01-01', '2027-01-04'],
      ['2027-01-04', '2027-01-04'],
    ]);
    expect(await noticeKinds(hr)).toContain('elimination_notice_recounted');
    expectError(
      await hr.post(`/api/elimination/cases/${id}/decision`, { decision: 'eliminate', reason: '公示期满，决定淘汰' }),
      422,
      'NOTICE_NOT_ENDED',
    );

    setClock('2027-01-04T16:00:00Z'); // midnight after Monday 01-04 in Beijing
    expect(
      (await hr.post(`/api/elimination/cases/${id}/decision`, { decision: 'eliminate', reason: '公示期满，决定淘汰' }))
        .status,
    ).toBe(200);
    expect(okData(await hr.get(`/api/elimination/cases/${id}`)).status).toBe('offboarding');
  });

  it('leaves a notice alone when a day outside its count changes', async () => {
    const x = await newTrainee(env, hr, 'CS1-1', '2026-11-02');
    setClock('2026-12-01T02:00:00Z');
    const id = okData(
      await training.post('/api/elimination/cases', {
        employeeId: x,
        criterion: 'cannot_handle',
        summary: '无法独立处理咨询',
        evidenceText: '三次辅导记录与模拟通话评分',
      }),
    ).id;
    okData(
      await training.post(`/api/elimination/cases/${id}/interview`, { ...INTERVIEW, heldAt: '2026-12-01T01:00:00Z' }),
    );
    expect(okData(await training.post(`/api/elimination/cases/${id}/notice`, {})).endsOn).toBe('2026-12-04');
    expect(
      (
        await admin.put('/api/calendar/days/2026-12-10', {
          kind: 'holiday',
          name: '演练',
          reason: '测试：公示期之外的日子',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await admin.put('/api/calendar/days/2026-12-03', {
          kind: 'holiday',
          name: '临时停工',
          reason: '测试：公示期之内的日子',
        })
      ).status,
    ).toBe(200);
    const c = okData(await hr.get(`/api/elimination/cases/${id}`));
    expect(c.notice).toMatchObject({ endsOn: '2026-12-07', provisionalYear: null });
    expect(c.steps.filter((s: any) => s.kind === 'notice_recounted')).toHaveLength(1);
  });
});
