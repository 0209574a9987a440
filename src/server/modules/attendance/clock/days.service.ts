import type { AttendanceDayView } from '../../../../common/attendance-clock.js';
import type { Db } from '../../../db/connect.js';
import { addDays, nowIso } from '../../../lib/clock.js';
import { getSetting } from '../../../lib/settings.js';
import { approvedLeaveOf, type LeaveDay } from '../leave/leave.service.js';
import { publishedOnly, scheduleOf, type ScheduleDay } from '../rosters/schedule.service.js';
import { onAttendanceChange } from '../shared/changes.js';
import { daysBetween, deleteDays, punchesBetween, upsertDays, type DayRow } from './clock.repo.js';
import { assignPunches, EXCEPTIONS, matchDay, type LeaveHalf, type MatchSettings } from './match.js';

// The matched days (attendance_days): every day on a published roster, matched to the person's
// punches and approved leave by match.ts. Re-matched whenever the schedule, leave, a swap or the
// punches change (the hook below), and lazily when a day read as `pending` has ended since.
// A lead's resolution survives a re-match that keeps the outcome; a new outcome reopens the day.

const MIN = 60_000;

export async function matchSettings(db: Db): Promise<MatchSettings> {
  return {
    graceMinutes: await getSetting(db, 'attendance.clock.graceMinutes'),
    halfDayAbsentMinutes: await getSetting(db, 'attendance.clock.halfDayAbsentMinutes'),
    windowBeforeMinutes: await getSetting(db, 'attendance.clock.windowBeforeMinutes'),
    windowAfterMinutes: await getSetting(db, 'attendance.clock.windowAfterMinutes'),
  };
}

const key = (employeeId: string, day: string) => `${employeeId}|${day}`;

function push<T>(map: Map<string, T[]>, k: string, v: T) {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

function leaveHalf(parts: LeaveDay[] | undefined): LeaveHalf | null {
  if (!parts?.length) return null;
  const halves = new Set(parts.map((p) => p.half));
  if (halves.has('full') || (halves.has('am') && halves.has('pm'))) return 'full';
  return halves.has('am') ? 'am' : 'pm';
}

const sameFacts = (a: DayRow, b: DayRow) =>
  a.shift_id === b.shift_id &&
  a.scheduled_start === b.scheduled_start &&
  a.scheduled_end === b.scheduled_end &&
  a.first_in === b.first_in &&
  a.last_out === b.last_out &&
  a.late_minutes === b.late_minutes &&
  a.early_minutes === b.early_minutes &&
  a.outcome === b.outcome;

/**
 * Match these people's days fromDay..toDay (center days, inclusive) again and store the result.
 * Call inside a transaction. Returns how many days are on the schedule in that range.
 */
export async function rematchDays(trx: Db, employeeIds: string[], fromDay: string, toDay: string) {
  const ids = [...new Set(employeeIds)];
  if (!ids.length || fromDay > toDay) return 0;
  const s = await matchSettings(trx);
  const now = nowIso();
  // The neighbouring days' shifts compete for punches near midnight (match.ts rule 3).
  const schedule = publishedOnly(await scheduleOf(trx, ids, addDays(fromDay, -1), addDays(toDay, 1)));
  const existing = new Map((await daysBetween(trx, ids, fromDay, toDay)).map((d) => [key(d.employee_id, d.day), d]));
  const leaves = new Map<string, LeaveDay[]>();
  for (const l of await approvedLeaveOf(trx, ids, fromDay, toDay)) push(leaves, key(l.employeeId, l.day), l);

  const starts = schedule.filter((d) => d.startsAt).map((d) => Date.parse(d.startsAt!));
  const ends = schedule.filter((d) => d.endsAt).map((d) => Date.parse(d.endsAt!));
  const punches = new Map<string, string[]>();
  if (starts.length) {
    const from = new Date(Math.min(...starts) - s.windowBeforeMinutes * MIN).toISOString();
    const to = new Date(Math.max(...ends) + s.windowAfterMinutes * MIN).toISOString();
    for (const p of await punchesBetween(trx, ids, from, to)) push(punches, p.employee_id, p.at);
  }

  const byPerson = new Map<string, ScheduleDay[]>();
  for (const d of schedule) push(byPerson, d.employeeId, d);
  const writes: DayRow[] = [];
  const seen = new Set<string>();
  for (const [employeeId, days] of byPerson) {
    days.sort((a, b) => (a.day < b.day ? -1 : 1));
    const shifts = days.map((d) => (d.startsAt && d.endsAt ? { startsAt: d.startsAt, endsAt: d.endsAt } : null));
    const assigned = assignPunches(shifts, punches.get(employeeId) ?? [], s);
    days.forEach((d, i) => {
      if (d.day < fromDay || d.day > toDay) return;
      const k = key(employeeId, d.day);
      seen.add(k);
      const leave = leaveHalf(leaves.get(k));
      const r = matchDay({ shift: shifts[i], leave, punches: assigned[i], now, settings: s });
      const old = existing.get(k);
      const row: DayRow = {
        employee_id: employeeId,
        day: d.day,
        shift_id: d.shiftId,
        scheduled_start: d.startsAt,
        scheduled_end: d.endsAt,
        first_in: r.firstIn,
        last_out: r.lastOut,
        late_minutes: r.lateMinutes,
        early_minutes: r.earlyMinutes,
        outcome: r.outcome,
        resolution: EXCEPTIONS.has(r.outcome) ? 'open' : null,
        resolution_reason: null,
        resolved_by: null,
        resolved_at: null,
        leave_request_id: old?.leave_request_id ?? null,
        computed_at: now,
        version: old ? old.version + 1 : 1,
      };
      if (old && sameFacts(old, row)) return;
      if (old && old.outcome === row.outcome)
        Object.assign(row, {
          resolution: old.resolution,
          resolution_reason: old.resolution_reason,
          resolved_by: old.resolved_by,
          resolved_at: old.resolved_at,
        });
      writes.push(row);
    });
  }
  await upsertDays(trx, writes);
  const gone = [...existing.values()].filter((d) => !seen.has(key(d.employee_id, d.day)));
  await deleteDays(
    trx,
    gone.map((d) => ({ employeeId: d.employee_id, day: d.day })),
  );
  return seen.size;
}

/** Days read as pending whose shift has ended since are matched again before anyone reads them. */
async function settle(db: Db, rows: DayRow[]) {
  const now = nowIso();
  const stale = rows.filter((r) => r.outcome === 'pending' && r.scheduled_end && r.scheduled_end <= now);
  if (!stale.length) return false;
  const days = stale.map((r) => r.day).sort();
  const run = (trx: Db) =>
    rematchDays(
      trx,
      stale.map((r) => r.employee_id),
      days[0],
      days[days.length - 1],
    );
  if (db.isTransaction) await run(db);
  else await db.transaction().execute(run);
  return true;
}

export const toDayView = (r: DayRow): AttendanceDayView => ({
  employeeId: r.employee_id,
  day: r.day,
  shiftId: r.shift_id,
  scheduledStart: r.scheduled_start,
  scheduledEnd: r.scheduled_end,
  firstIn: r.first_in,
  lastOut: r.last_out,
  lateMinutes: r.late_minutes,
  earlyMinutes: r.early_minutes,
  outcome: r.outcome as AttendanceDayView['outcome'],
  resolution: r.resolution as AttendanceDayView['resolution'],
  resolutionReason: r.resolution_reason,
  resolvedBy: r.resolved_by,
  resolvedAt: r.resolved_at,
  leaveRequestId: r.leave_request_id,
  version: r.version,
});

/** The matched days of these people from..to (center days, inclusive), by day then person. */
export async function daysOf(db: Db, employeeIds: string[], from: string, to: string): Promise<AttendanceDayView[]> {
  const ids = [...new Set(employeeIds)];
  if (!ids.length) return [];
  let rows = await daysBetween(db, ids, from, to);
  if (await settle(db, rows)) rows = await daysBetween(db, ids, from, to);
  return rows.map(toDayView);
}

export { settle as settlePendingDays };

// A change to someone's days reaches the matching here. A punch or a schedule entry near midnight
// may move to the neighbouring day's shift, so the day before and after are matched too.
onAttendanceChange('clock', (trx, c) =>
  rematchDays(trx, c.employeeIds, addDays(c.from, -1), addDays(c.to, 1)).then(() => {}),
);
