import type { Db } from '../db/connect.js';
import type { Actor } from '../lib/actor.js';
import { centerOffset, todayInCenter } from '../lib/center-time.js';
import { getCalendar, yearOf } from '../lib/calendar.js';
import { addDays, addMonths, nowMs } from '../lib/clock.js';
import { daysOf } from '../modules/attendance/clock/days.service.js';
import { resolveDay } from '../modules/attendance/clock/exceptions.service.js';
import { commitImport } from '../modules/attendance/clock/import.service.js';
import { decide as decideLeave, fileRequest } from '../modules/attendance/leave/requests.service.js';
import { createRoster, publishRoster, setCells } from '../modules/attendance/rosters/rosters.service.js';
import { createShift } from '../modules/attendance/rosters/shifts.service.js';
import { createOvertime, decideOvertime } from '../modules/attendance/swaps/overtime.service.js';
import { propose } from '../modules/attendance/swaps/swaps.service.js';
import { people } from '../modules/people/identity.service.js';
import { demoActor } from './demo-actor.js';

// Demo attendance (issue 19), relative to the clock, built through the parts' services as the
// people would: the center manager sets up the shift templates (早班 08:00–17:00 with lunch,
// 中班 12:00–21:00, 晚班 21:00–07:00 across midnight; a rest day is an empty cell); the lead of
// CS1-1 and the center manager for CS1-2 publish a roster for last month and this month (weekdays
// worked, weekends rest; CS1-2's last member on nights); HR imports the time clock's punches from
// the first of last month to yesterday, on time except a few cases last month (late 12 min, late
// 45 min = half a day, two absences, a missing punch-out, an early leave); the lead turns one
// absence into sick leave, records two hours of overtime as time off in lieu and approves a
// colleague's annual leave; the agent has a personal leave waiting for the lead and proposes a
// shift swap. Run after the other demos (it touches nothing they compute); a second run leaves it.

const SHIFTS = [
  { code: 'EARLY', name: '早班', startTime: '08:00', endTime: '17:00', breaks: [{ start: '12:00', end: '13:00' }] },
  { code: 'MID', name: '中班', startTime: '12:00', endTime: '21:00', breaks: [{ start: '17:00', end: '18:00' }] },
  { code: 'NIGHT', name: '晚班', startTime: '21:00', endTime: '07:00', breaks: [{ start: '01:00', end: '02:00' }] },
] as const;
type Code = (typeof SHIFTS)[number]['code'];
const COLORS: Record<Code, string> = { EARLY: '#52c41a', MID: '#1677ff', NIGHT: '#722ed1' };

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const isWeekday = (day: string) => weekday(day) !== 0 && weekday(day) !== 6;
const daysFrom = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
};
/** A wall-clock time of the center, moved by minutes, as the time clock writes it. */
const wall = (day: string, hm: string, minutes: number) =>
  new Date(Date.parse(`${day}T${hm}:00Z`) + minutes * 60_000).toISOString().slice(0, 19).replace('T', ' ');

interface Member {
  id: string;
  no: string;
  code: Code;
}
/** What happens on a working day last month: nth weekday of the month → the case. */
type Case = { late: number } | { early: number } | 'absent' | 'missing_out';

export async function seedAttendanceDemo(db: Db) {
  if (await db.selectFrom('attendance_shifts').select('id').where('code', '=', 'EARLY').executeTakeFirst()) return;
  const [manager, lead, hr, agent, mentor] = await Promise.all(
    ['manager', 'teamlead', 'hr', 'agent', 'mentor'].map((u) => demoActor(db, u)),
  );
  const today = await todayInCenter(db);
  const thisMonth = `${today.slice(0, 7)}-01`;
  const lastMonth = addMonths(thisMonth, -1);
  const months = [lastMonth, thisMonth];

  const shiftIds = {} as Record<Code, string>;
  for (const s of SHIFTS)
    shiftIds[s.code] = (
      await createShift(db, manager, {
        ...s,
        breaks: [...s.breaks],
        skill: null,
        color: COLORS[s.code],
        departmentId: null,
        active: true,
      })
    ).id;

  const teamRows = await db
    .selectFrom('teams')
    .select(['id', 'code'])
    .where('code', 'in', ['CS1-1', 'CS1-2'])
    .execute();
  const teams: { id: string; actor: Actor; members: Member[] }[] = [];
  for (const t of teamRows.sort((a, b) => a.code.localeCompare(b.code))) {
    const list = await people(db, { scope: { kind: 'all' }, teamIds: [t.id], current: true });
    const members = list.map((p, i) => ({
      id: p.id,
      no: p.employeeNo,
      code: (p.status === 'team_lead' || i % 2 === 0 ? 'EARLY' : 'MID') as Code,
    }));
    if (t.code === 'CS1-2') members[members.length - 1].code = 'NIGHT';
    teams.push({ id: t.id, actor: t.code === 'CS1-1' ? lead : manager, members });
  }
  const [cs11, cs12] = teams;
  const other = cs11.members.find(
    (m) => m.id !== agent.employeeId && m.id !== lead.employeeId && m.id !== mentor.employeeId,
  )!;

  // Last month's cases, on the nth weekday of the month.
  const weekdays = daysFrom(lastMonth, addDays(thisMonth, -1)).filter(isWeekday);
  const cases = new Map<string, Case>([
    [`${agent.employeeId}|${weekdays[1]}`, { late: 12 }],
    [`${agent.employeeId}|${weekdays[4]}`, { late: 45 }],
    [`${other.id}|${weekdays[2]}`, 'absent'],
    [`${cs12.members[1].id}|${weekdays[7]}`, 'absent'],
    [`${cs12.members[2].id}|${weekdays[9]}`, 'missing_out'],
    [`${cs12.members[3].id}|${weekdays[11]}`, { early: 20 }],
  ]);

  // The time clock's export from the first of last month to yesterday: in a few minutes early, out a few late.
  const offset = await centerOffset(db);
  const localNow = new Date(nowMs() + offset * 60_000).toISOString().slice(0, 19).replace('T', ' ');
  const lines = ['工号,打卡时间,设备'];
  let n = 0;
  for (const t of teams)
    for (const m of t.members)
      for (const day of daysFrom(lastMonth, addDays(today, -1)).filter(isWeekday)) {
        const c = cases.get(`${m.id}|${day}`);
        const s = SHIFTS.find((x) => x.code === m.code)!;
        const jitter = (n++ * 7) % 9;
        if (c === 'absent') continue;
        const lateBy = typeof c === 'object' && 'late' in c ? c.late : -2 - jitter;
        const earlyBy = typeof c === 'object' && 'early' in c ? c.early : -1 - ((jitter * 3) % 14);
        lines.push(`${m.no},${wall(day, s.startTime, lateBy)},A1`);
        if (c === 'missing_out') continue;
        const out = wall(m.code === 'NIGHT' ? addDays(day, 1) : day, s.endTime, -earlyBy);
        if (out < localNow) lines.push(`${m.no},${out},A1`);
      }
  await commitImport(db, hr, 'demo-punches.csv', Buffer.from(lines.join('\n'), 'utf8'), {});

  // The rosters, published: matching runs against the punches already in.
  for (const t of teams)
    for (const month of months) {
      const id = await createRoster(db, t.actor, { teamId: t.id, periodStart: month, kind: 'month' });
      const cells = t.members.flatMap((m) =>
        daysFrom(month, addDays(addMonths(month, 1), -1)).map((day) => ({
          employeeId: m.id,
          day,
          shiftId: isWeekday(day) ? shiftIds[m.code] : null,
        })),
      );
      const { version } = await setCells(db, t.actor, id, { version: 1, cells });
      await publishRoster(db, t.actor, id, version);
    }

  // The lead turns one absence into sick leave (a doctor's visit that was not announced).
  const [absence] = await daysOf(db, [other.id], weekdays[2], weekdays[2]);
  if (absence)
    await resolveDay(db, lead, other.id, weekdays[2], {
      action: 'leave',
      leaveKind: 'sick',
      reason: '就医，已补交病历',
      version: absence.version,
    });

  // Two hours after the early shift, recorded by the lead, approved, kept as time off in lieu.
  const otDay = weekdays[5];
  const otId = await createOvertime(db, lead, {
    employeeId: agent.employeeId!,
    day: otDay,
    startsAt: '17:30',
    endsAt: '19:30',
    reason: '月末业务高峰加班',
    compensation: 'toil',
    recorded: true,
  });
  await decideOvertime(db, lead, otId, { decision: 'approve', note: null, version: 1 });

  // Leave to come: the mentor's annual day approved by the lead; the agent's personal day waiting.
  // Leave is counted in working days, so only days of years the calendar knows are used (a demo
  // loaded on 31 December before next year's holidays are entered leaves the leave out).
  const known = (await getCalendar(db)).years;
  const ahead = daysFrom(addDays(today, 1), addDays(today, 21))
    .filter(isWeekday)
    .filter((d) => known.has(yearOf(d)));
  if (ahead.length > 6) await seedLeave(db, ahead, { lead, mentor, agent });

  // The agent (early shift) asks a colleague on the middle shift to swap on a day this month.
  const swapDay = ahead.find((d) => d < addMonths(thisMonth, 1) && d !== ahead[4] && d !== ahead[6]);
  const colleague = cs11.members.find((m) => m.code === 'MID' && m.id !== agent.employeeId);
  const mine = cs11.members.find((m) => m.id === agent.employeeId);
  if (swapDay && colleague && mine?.code === 'EARLY')
    await propose(db, agent, {
      colleagueId: colleague.id,
      requesterDay: swapDay,
      colleagueDay: swapDay,
      reason: '当天上午需送孩子上学，想换到中班',
    });
}

async function seedLeave(db: Db, ahead: string[], who: { lead: Actor; mentor: Actor; agent: Actor }) {
  const { lead, mentor, agent } = who;
  const annual = await fileRequest(db, mentor, {
    kindCode: 'annual',
    startDay: ahead[4],
    startHalf: 'am',
    endDay: ahead[4],
    endHalf: 'pm',
    reason: '家中有事，休年假一天',
  });
  await decideLeave(db, lead, annual.id, { decision: 'approve', note: '同意' });
  await fileRequest(db, agent, {
    kindCode: 'personal',
    startDay: ahead[6],
    startHalf: 'am',
    endDay: ahead[6],
    endHalf: 'pm',
    reason: '办理个人证件',
  });
}
