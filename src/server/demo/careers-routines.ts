import { EvaluationListQuery } from '../../common/quality-forms.js';
import type { Db } from '../db/connect.js';
import { getCalendar, workingByRecord } from '../lib/calendar.js';
import { centerOffset, todayInCenter } from '../lib/center-time.js';
import { addDays, dayRange } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import { periodOf } from '../modules/careers/routines/periods.js';
import { employeesHolding, people } from '../modules/people/identity.service.js';
import { listEvaluations } from '../modules/quality/evaluations/evaluations.service.js';
import { demoActor } from './demo-actor.js';

// Demo data of issue 21 (routines), after every other demo: each demo team lead's ticks over last
// month and this one so far — most working days' duties with a pre-shift meeting (attendees from
// the team, recordings analysed) linked, some days and one week missed — weekly duties linking a
// QA evaluation of the team where one exists, last month's monthly duties but one. Relative to the
// clock; a second run finds ticks and leaves everything as it is.

const TOPICS = ['昨日业绩通报，今日重点：投诉回访', '两通典型录音分析：开场白与异议处理', '新业务口径宣导，录音复盘'];

/** A fixed, uneven pattern: about one duty in seven left undone, never the same ones every day. */
const missed = (day: string, n: number) => (Number(day.slice(8, 10)) * 7 + n * 3) % 9 === 0;

export async function seedCareersRoutinesDemo(db: Db): Promise<void> {
  if (await db.selectFrom('career_routine_ticks').select('id').executeTakeFirst()) return;
  const today = await todayInCenter(db);
  const offset = await centerOffset(db);
  const cal = await getCalendar(db);
  const items = await db
    .selectFrom('career_routine_items')
    .selectAll()
    .where('active', '=', 1)
    .orderBy('position')
    .execute();
  const lastMonth = periodOf('monthly', addDays(periodOf('monthly', today).start, -1));
  const from = lastMonth.start;
  for (const lead of await employeesHolding(db, ['team_lead'])) {
    const user = await db.selectFrom('users').select('username').where('id', '=', lead.userId).executeTakeFirst();
    if (!user) continue;
    const actor = await demoActor(db, user.username);
    const team = (await people(db, { scope: { kind: 'all' }, teamIds: [lead.teamId], current: true }))
      .map((p) => p.id)
      .filter((id) => id !== lead.employeeId);
    const evaluations = (await listEvaluations(db, actor, EvaluationListQuery.parse({ from, pageSize: 200 }))).items
      .filter((e) => team.includes(e.agentId))
      .map((e) => ({ id: e.id, day: e.day, label: `${e.day} · ${e.agentName} · ${e.finalScore}` }));
    const ticks: Record<string, unknown>[] = [];
    const meetings: Record<string, unknown>[] = [];
    const tick = (item: (typeof items)[number], day: string, extra: Record<string, unknown> = {}) =>
      ticks.push({
        id: newId(),
        item_id: item.id,
        employee_id: lead.employeeId,
        period_key: periodOf(item.period as 'daily', day).key,
        day,
        note: null,
        count: item.target_count,
        link_kind: null,
        link_id: null,
        link_label: null,
        ticked_by: lead.userId,
        created_at: new Date(Date.parse(dayRange(day, day, offset).start) + 10.5 * 3_600_000).toISOString(),
        ...extra,
      });
    for (let day = from; day <= today; day = addDays(day, 1)) {
      if (!workingByRecord(cal, day)) continue;
      const skipDay = day !== today && day.endsWith('3'); // a day now and then with nothing ticked
      items
        .filter((i) => i.period === 'daily')
        .forEach((item, n) => {
          if (skipDay || missed(day, n) || (day === today && n > 1)) return;
          if (item.link_kind !== 'meeting') return tick(item, day, n === 2 ? { note: '已按时完成' } : {});
          const id = newId();
          const topics = TOPICS[Number(day.slice(8, 10)) % TOPICS.length];
          meetings.push({
            id,
            employee_id: lead.employeeId,
            team_id: lead.teamId,
            day,
            minutes: 15,
            attendees: JSON.stringify(team.slice(0, 8)),
            topics,
            recordings_analysed: 2,
            note: null,
            created_at: new Date(Date.parse(dayRange(day, day, offset).start) + 9 * 3_600_000).toISOString(),
          });
          tick(item, day, { link_kind: 'meeting', link_id: id, link_label: `${day} · ${topics}` });
        });
    }
    // Weekly duties on each ended week's Friday (the third week left undone) and this week's so far.
    for (let w = 0, start = periodOf('weekly', from).start; start <= today; w++, start = addDays(start, 7)) {
      const week = periodOf('weekly', start);
      const friday = addDays(week.start, 4);
      if (w === 2 || friday > today) continue;
      for (const item of items.filter((i) => i.period === 'weekly')) {
        const ev = evaluations.find((e) => e.day >= week.start && e.day <= week.end);
        if (item.link_kind === 'evaluation' && ev)
          tick(item, friday, { link_kind: 'evaluation', link_id: ev.id, link_label: ev.label });
        else tick(item, friday, item.link_kind === 'none' ? {} : { note: '本周已完成，记录见质检系统' });
      }
    }
    // Last month's monthly duties, all but one, on its last working day.
    let day = lastMonth.end;
    while (!workingByRecord(cal, day)) day = addDays(day, -1);
    items
      .filter((i) => i.period === 'monthly')
      .slice(1)
      .forEach((item) => tick(item, day, item.link_kind === 'none' ? {} : { note: '月度工作已完成' }));
    if (meetings.length)
      await db
        .insertInto('career_routine_meetings')
        .values(meetings as never)
        .execute();
    if (ticks.length)
      await db
        .insertInto('career_routine_ticks')
        .values(ticks as never)
        .execute();
  }
}
