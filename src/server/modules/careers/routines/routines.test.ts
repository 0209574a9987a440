import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { expectError } from '../../../test/helpers.js';
import { scoreSession } from '../../quality/feedback/feedback.testkit.js';
import { publishedForm } from '../../quality/forms/forms.testkit.js';
import { okData } from '../../training/shared/training.testkit.js';
import { routinesKit } from './routines.testkit.js';

// The lead's five time-spans (issue 21 item 2): the default checklist, ticks with their rules
// (count, note or link, one per period instance, untick only while the period lasts), the lead's
// own meetings, links to QA records of their own team only, and who may do what.

const PRESHIFT = 'routine-item-01'; // daily, links a meeting
const SUMMARY = 'routine-item-02'; // daily, no link
const LISTEN = 'routine-item-07'; // weekly, count 10, links feedback
const QA_WEEK = 'routine-item-08'; // weekly, links an evaluation

describe.each(DIALECTS)('lead routines on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let k: Awaited<ReturnType<typeof routinesKit>>;
  let formId: string;

  beforeAll(async () => {
    setClock('2026-12-09T02:00:00Z'); // Wednesday 10:00 in the center (UTC+8)
    k = await routinesKit(env);
    formId = (await publishedForm(k.qa)).id;
  });
  afterAll(() => setClock());

  const tick = (body: Record<string, unknown>, c = k.lead) => c.post('/api/careers/routines/ticks', body);

  it('keeps roles apart: only leads tick, only the center edits, agents see nothing', async () => {
    expectError(await k.agent.get('/api/careers/routines/mine'), 403);
    expectError(await tick({ itemId: SUMMARY }, k.agent), 403);
    expectError(await tick({ itemId: SUMMARY }, k.manager), 403);
    expectError(await k.lead.get('/api/careers/routines/items'), 403);
    expectError(await k.agent.get('/api/careers/routines/report?from=2026-12&to=2026-12'), 403);
    expectError(await k.lead.post('/api/careers/routines/items', { period: 'daily', title: '自定' }), 403);
  });

  it('starts with the five time-spans and shows the current instance of each period', async () => {
    const mine = okData(await k.lead.get('/api/careers/routines/mine'));
    expect(mine.today).toBe('2026-12-09');
    expect(mine.periods.map((p: any) => [p.period, p.key, p.start, p.end, p.total])).toEqual([
      ['daily', '2026-12-09', '2026-12-09', '2026-12-09', 5],
      ['weekly', '2026-W50', '2026-12-07', '2026-12-13', 5],
      ['monthly', '2026-12', '2026-12-01', '2026-12-31', 6],
      ['half_year', '2026-H2', '2026-07-01', '2026-12-31', 4],
      ['year', '2026', '2026-01-01', '2026-12-31', 5],
    ]);
    expect(mine.periods[0].lines[0].item).toMatchObject({ title: '班前会', expectedMinutes: 15, linkKind: 'meeting' });
  });

  it('takes the period instances from the center’s day, not UTC’s', async () => {
    const keys = async () => okData(await k.lead.get('/api/careers/routines/mine')).periods.map((p: any) => p.key);
    setClock('2026-12-31T15:30:00Z'); // 23:30 on New Year's Eve in the center
    expect(await keys()).toEqual(['2026-12-31', '2026-W53', '2026-12', '2026-H2', '2026']);
    setClock('2026-12-31T16:30:00Z'); // 00:30 on 1 January in the center, still 31 December in UTC
    expect(await keys()).toEqual(['2027-01-01', '2026-W53', '2027-01', '2027-H1', '2027']);
    setClock('2026-06-30T16:00:00Z'); // midnight into 1 July: the second half begins
    expect(await keys()).toEqual(['2026-07-01', '2026-W27', '2026-07', '2026-H2', '2026']);
    setClock('2026-12-09T02:00:00Z');
  });

  it('ticks once per instance, with the count reached and a note or a link where a record is expected', async () => {
    const t = okData(await tick({ itemId: SUMMARY }));
    expect(t).toMatchObject({ periodKey: '2026-12-09', day: '2026-12-09', employeeId: k.leadId, link: null });
    expectError(await tick({ itemId: SUMMARY, note: '再来一次' }), 409, 'ROUTINE_ALREADY_TICKED');
    expectError(
      await tick({ itemId: SUMMARY, note: 'x', link: { kind: 'meeting', id: 'm' } }),
      422,
      'ROUTINE_LINK_NOT_ALLOWED',
    );
    expectError(await tick({ itemId: LISTEN, count: 5, note: '只听了5通' }), 422, 'ROUTINE_COUNT_SHORT', 'count');
    expectError(await tick({ itemId: LISTEN, count: 10 }), 422, 'ROUTINE_NOTE_OR_LINK', 'note');
    expectError(
      await tick({ itemId: LISTEN, count: 10, link: { kind: 'evaluation', id: 'x' } }),
      422,
      'ROUTINE_LINK_KIND',
    );
    expectError(await tick({ itemId: 'no-such-item' }), 422, 'ROUTINE_ITEM_NOT_FOUND', 'itemId');
    const mine = okData(await k.lead.get('/api/careers/routines/mine'));
    expect(mine.periods[0].done).toBe(1);
  });

  it('records a meeting of the lead’s own team and links it on the day only', async () => {
    expectError(
      await k.lead.post('/api/careers/routines/meetings', {
        minutes: 15,
        attendeeIds: [k.team[0], k.team2[0]],
        topics: '昨日业绩',
      }),
      422,
      'ROUTINE_ATTENDEE_NOT_IN_TEAM',
    );
    const m = okData(
      await k.lead.post('/api/careers/routines/meetings', {
        minutes: 15,
        attendeeIds: k.team.slice(0, 3),
        topics: '昨日业绩与两通投诉录音分析',
        recordingsAnalysed: 2,
      }),
    );
    expect(m).toMatchObject({ day: '2026-12-09', minutes: 15, recordingsAnalysed: 2 });
    expect(m.attendees).toHaveLength(3);
    // Another lead may not link it.
    expectError(
      await tick({ itemId: PRESHIFT, link: { kind: 'meeting', id: m.id } }, k.lead2),
      422,
      'ROUTINE_LINK_NOT_FOUND',
    );
    const linkable = okData<any[]>(await k.lead.get('/api/careers/routines/linkable?kind=meeting'));
    expect(linkable.map((l) => l.id)).toEqual([m.id]);
    const t = okData(await tick({ itemId: PRESHIFT, link: { kind: 'meeting', id: m.id } }));
    expect(t.link).toMatchObject({ kind: 'meeting', id: m.id });
    expect(t.link.label).toContain('2026-12-09');

    // Tomorrow, yesterday's meeting is outside the day's instance.
    setClock('2026-12-10T02:00:00Z');
    expectError(
      await tick({ itemId: PRESHIFT, link: { kind: 'meeting', id: m.id } }),
      422,
      'ROUTINE_LINK_OUTSIDE_PERIOD',
    );
    setClock('2026-12-09T02:00:00Z');
  });

  it('links a QA evaluation or given feedback of the lead’s team, never another team’s', async () => {
    const own = await scoreSession(k.qa, formId, k.team[0], '2026-12-08');
    const other = await scoreSession(k.qa, formId, k.team2[0], '2026-12-08');
    const refused = await tick({ itemId: QA_WEEK, link: { kind: 'evaluation', id: other } });
    expect(refused.status, refused.raw).toBe(422);
    expect(refused.body.errorCode).toMatch(/^ROUTINE_LINK_(NOT_FOUND|OTHER_TEAM)$/);
    const linkable = okData<any[]>(await k.lead.get('/api/careers/routines/linkable?kind=evaluation'));
    expect(linkable.map((l) => l.id)).toContain(own);
    expect(linkable.map((l) => l.id)).not.toContain(other);
    const t = okData(await tick({ itemId: QA_WEEK, link: { kind: 'evaluation', id: own } }));
    expect(t).toMatchObject({ periodKey: '2026-W50', link: { kind: 'evaluation', id: own } });
    // The same evaluation is the other lead's to link: it is about their team.
    expect(okData(await tick({ itemId: QA_WEEK, link: { kind: 'evaluation', id: other } }, k.lead2)).periodKey).toBe(
      '2026-W50',
    );

    expectError(
      await tick({ itemId: LISTEN, count: 10, link: { kind: 'feedback', id: own } }),
      422,
      'ROUTINE_FEEDBACK_NOT_GIVEN',
    );
    okData(await k.qa.post(`/api/quality/evaluations/${own}/feedback`, { mode: 'one_to_one', notes: '逐项讲解' }));
    const f = okData(await tick({ itemId: LISTEN, count: 12, link: { kind: 'feedback', id: own } }));
    expect(f).toMatchObject({ count: 12, link: { kind: 'feedback', id: own } });
    expectError(
      await tick({ itemId: LISTEN, count: 10, link: { kind: 'feedback', id: own } }, k.lead2),
      422,
      'ROUTINE_LINK_NOT_FOUND',
    );
  });

  it('unticks only one’s own tick, and only while its period lasts', async () => {
    const mine = okData(await k.lead.get('/api/careers/routines/mine'));
    const summary = mine.periods[0].lines.find((l: any) => l.item.id === SUMMARY).tick;
    const weekly = mine.periods[1].lines.find((l: any) => l.item.id === QA_WEEK).tick;
    expectError(await k.lead2.delete(`/api/careers/routines/ticks/${summary.id}`), 404);
    okData(await k.lead.delete(`/api/careers/routines/ticks/${summary.id}`));
    okData(await tick({ itemId: SUMMARY, note: '补记' }));

    setClock('2026-12-10T02:00:00Z'); // the next day, same week
    const again = okData(await k.lead.get('/api/careers/routines/mine'));
    expect(again.periods[0].done).toBe(0);
    const yesterday = (
      await env.handle.db
        .selectFrom('career_routine_ticks')
        .select('id')
        .where('item_id', '=', SUMMARY)
        .where('employee_id', '=', k.leadId)
        .executeTakeFirstOrThrow()
    ).id;
    expectError(await k.lead.delete(`/api/careers/routines/ticks/${yesterday}`), 409, 'ROUTINE_PERIOD_CLOSED');
    okData(await k.lead.delete(`/api/careers/routines/ticks/${weekly.id}`));
    setClock('2026-12-09T02:00:00Z');
  });

  it('lets the center edit its checklist, with versions', async () => {
    const created = okData(
      await k.manager.post('/api/careers/routines/items', {
        period: 'weekly',
        title: '抽查工单',
        targetCount: 5,
        expectedMinutes: 20,
      }),
    );
    expect(created).toMatchObject({ active: true, linkKind: 'none', version: 1 });
    const off = okData(
      await k.manager.patch(`/api/careers/routines/items/${created.id}`, { active: false, version: 1 }),
    );
    expect(off).toMatchObject({ active: false, version: 2 });
    expectError(
      await k.manager.patch(`/api/careers/routines/items/${created.id}`, { title: '旧', version: 1 }),
      409,
      'VERSION_CONFLICT',
    );
    expectError(await tick({ itemId: created.id, count: 5 }), 422, 'ROUTINE_ITEM_INACTIVE');
    const all = okData<any[]>(await k.manager.get('/api/careers/routines/items'));
    expect(all.length).toBe(26);
    const mine = okData(await k.lead.get('/api/careers/routines/mine'));
    expect(mine.periods[1].total).toBe(5);
  });
});
