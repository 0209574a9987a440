import type { Db } from '../../../db/connect.js';
import { centerOffset, todayInCenter } from '../../../lib/center-time.js';
import { addDays, localDate } from '../../../lib/clock.js';
import { creditRule } from '../../training/attendance/credit.js';
import { daysOf } from '../clock/days.service.js';
import { publishedOnly, scheduleOf } from '../rosters/schedule.service.js';
import { creditSums, isBreach, type MatchedDay } from './day-rules.js';

// What other modules read of rostered attendance (SPEC §10: "attendance feeds the
// daily-performance score, the elimination criteria and appraisal"). Days are the clock part's
// matched days (a published roster's working day against the punches); the rules of what a day
// means are in day-rules.ts.
//
// attendanceBreaches(db, ids, sinceUtc) — evaluation criterion 4: the unexcused lateness, early
//   leave, absence and missing punches of these people on center days from the one `sinceUtc`
//   falls on, oldest first, each as evidence {employeeId, day, outcome, minutes} (minutes = late
//   + early). Excused days and days turned into leave are left out.
// attendanceCredit(db, ids, from, to) — appraisal's attendance KPI and the daily-performance
//   prefill: per person with working days on a published roster from..to (center days,
//   inclusive), {credit, counted, scheduled}: Σ credit and the days counted under training's
//   credit rule (rest, leave and pending days left out), and how many working days the roster
//   gave them. A person with no rostered working day in the range is absent from the map (their
//   attendance is then training's, as before the attendance module).

export interface AttendanceBreach {
  employeeId: string;
  day: string;
  outcome: string;
  minutes: number;
}

export interface AttendanceCredit {
  credit: number;
  counted: number;
  scheduled: number;
}

/** The matched days of these people from..to, in the shape of day-rules.ts. */
async function matchedDays(db: Db, employeeIds: string[], from: string, to: string): Promise<MatchedDay[]> {
  if (!employeeIds.length || from > to) return [];
  return (await daysOf(db, employeeIds, from, to)).map((d) => ({
    employeeId: d.employeeId,
    day: d.day,
    outcome: d.outcome,
    resolution: d.resolution,
    lateMinutes: d.lateMinutes,
    earlyMinutes: d.earlyMinutes,
  }));
}

export async function attendanceBreaches(db: Db, employeeIds: string[], sinceUtc: string): Promise<AttendanceBreach[]> {
  if (!employeeIds.length) return [];
  const offset = await centerOffset(db);
  // Days after today are pending (no breach yet); a day ahead covers a night shift's end.
  const days = await matchedDays(db, employeeIds, localDate(sinceUtc, offset), addDays(await todayInCenter(db), 1));
  return days
    .filter(isBreach)
    .sort((a, b) => a.day.localeCompare(b.day) || a.employeeId.localeCompare(b.employeeId))
    .map((d) => ({
      employeeId: d.employeeId,
      day: d.day,
      outcome: d.outcome,
      minutes: d.lateMinutes + d.earlyMinutes,
    }));
}

export async function attendanceCredit(
  db: Db,
  employeeIds: string[],
  from: string,
  to: string,
): Promise<Map<string, AttendanceCredit>> {
  const out = new Map<string, AttendanceCredit>();
  if (!employeeIds.length || from > to) return out;
  const working = publishedOnly(await scheduleOf(db, employeeIds, from, to)).filter((s) => s.shiftId);
  const scheduled = new Map<string, Set<string>>();
  for (const s of working)
    (scheduled.get(s.employeeId) ?? scheduled.set(s.employeeId, new Set()).get(s.employeeId)!).add(s.day);
  if (!scheduled.size) return out;
  const [rule, days] = await Promise.all([creditRule(db), matchedDays(db, [...scheduled.keys()], from, to)]);
  const byPerson = new Map<string, MatchedDay[]>();
  // Only the days the published roster has as working days (a stale match of a removed day is not counted).
  for (const d of days)
    if (scheduled.get(d.employeeId)?.has(d.day))
      (byPerson.get(d.employeeId) ?? byPerson.set(d.employeeId, []).get(d.employeeId)!).push(d);
  for (const [employeeId, on] of scheduled)
    out.set(employeeId, { ...creditSums(byPerson.get(employeeId) ?? [], rule), scheduled: on.size });
  return out;
}
