import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { centerOffset } from '../../../lib/center-time.js';
import { addDays, nowIso } from '../../../lib/clock.js';
import { AppError, ruleBroken } from '../../../lib/errors.js';
import { notify } from '../../../lib/notify.js';
import { namesOf } from '../../people/identity.service.js';
import { attendanceChanged } from '../shared/changes.js';
import {
  deleteEntries,
  insertChanges,
  rostersByIds,
  scheduleRows,
  shiftsByIds,
  upsertEntries,
  type ChangeWrite,
  type EntryWrite,
} from './schedule.repo.js';
import { firstOverlap, shiftInstants } from './shift-times.js';

// The schedule of record (attendance_schedule): what every other part reads (scheduleOf) and the
// one way anything writes it (applyEntries: roster cells, imports, copies, swaps), so the overlap
// rule, the record of changes after publishing, the notice to the person, the audit and the
// clock's re-matching happen the same way whoever changes a day.

export interface ScheduleDay {
  employeeId: string;
  day: string;
  shiftId: string | null;
  startsAt: string | null;
  endsAt: string | null;
  workMinutes: number;
  skill: string | null;
  rosterId: string;
  rosterStatus: 'draft' | 'published';
}

/** The entries of these people from..to (center days, inclusive), drafts included; filter rosterStatus for agents. */
export async function scheduleOf(db: Db, employeeIds: string[], from: string, to: string): Promise<ScheduleDay[]> {
  if (!employeeIds.length) return [];
  return (await scheduleRows(db, employeeIds, from, to)).map((r) => ({
    employeeId: r.employee_id,
    day: r.day,
    shiftId: r.shift_id,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    workMinutes: r.work_minutes,
    skill: r.skill,
    rosterId: r.roster_id,
    rosterStatus: r.roster_status === 'published' ? 'published' : 'draft',
  }));
}

/** Only what agents may see: entries of published rosters. */
export const publishedOnly = (days: ScheduleDay[]) => days.filter((d) => d.rosterStatus === 'published');

export type ChangeSource = 'edit' | 'import' | 'swap' | 'copy';

/** One cell to write: a shift, null for a rest day, or 'clear' to remove the entry. */
export interface EntryChange {
  employeeId: string;
  day: string;
  rosterId: string;
  shiftId: string | null | 'clear';
}

export interface ApplyOptions {
  source: ChangeSource;
  reason?: string | null;
  /** Skip the notice per person (publishing a roster sends its own). */
  quiet?: boolean;
}

const key = (employeeId: string, day: string) => `${employeeId}|${day}`;

/** Refused: the person's shift on `day` overlaps the shift before it (a night shift running into an early one). */
export const overlapError = (employeeId: string, name: string, day: string) =>
  new AppError(
    422,
    'ATTENDANCE_SHIFT_OVERLAP',
    `${name}'s shift on ${day} overlaps the shift of the day before`,
    undefined,
    { employeeId, name, day },
  );

/**
 * Writes schedule entries in the caller's transaction: refuses overlaps with neighbouring days,
 * records each change on a published roster (attendance_schedule_changes), notifies the people
 * whose published days changed, audits per roster and tells the clock to re-match. Returns how
 * many entries actually changed.
 */
export async function applyEntries(trx: Db, actor: Actor, changes: EntryChange[], opts: ApplyOptions) {
  if (!changes.length) return 0;
  const offset = await centerOffset(trx);
  const shifts = new Map((await shiftsByIds(trx, changes.map((c) => c.shiftId).filter(isShift))).map((s) => [s.id, s]));
  const rosters = new Map(
    (
      await rostersByIds(
        trx,
        changes.map((c) => c.rosterId),
      )
    ).map((r) => [r.id, r]),
  );
  const people = [...new Set(changes.map((c) => c.employeeId))];
  const days = changes.map((c) => c.day).sort();
  const from = days[0];
  const to = days[days.length - 1];
  const existing = await scheduleRows(trx, people, addDays(from, -1), addDays(to, 1));
  const current = new Map(existing.map((r) => [key(r.employee_id, r.day), r]));
  const next = new Map(
    current as Map<
      string,
      { employee_id: string; day: string; starts_at: string | null; ends_at: string | null; shift_id: string | null }
    >,
  );
  const writes: EntryWrite[] = [];
  const clears: Array<{ employeeId: string; day: string }> = [];
  const recorded: ChangeWrite[] = [];
  const at = nowIso();
  for (const c of changes) {
    const before = current.get(key(c.employeeId, c.day));
    const beforeShift = before ? before.shift_id : undefined;
    const afterShift = c.shiftId === 'clear' ? undefined : c.shiftId;
    if (beforeShift === afterShift && (!before || before.roster_id === c.rosterId)) continue;
    if (c.shiftId === 'clear') {
      next.delete(key(c.employeeId, c.day));
      clears.push({ employeeId: c.employeeId, day: c.day });
    } else {
      const shift = c.shiftId ? shifts.get(c.shiftId) : undefined;
      if (c.shiftId && !shift) throw ruleBroken('ATTENDANCE_SHIFT_UNKNOWN', `No shift ${c.shiftId}`, 'shiftId');
      const times = shift
        ? shiftInstants({ startTime: shift.start_time, endTime: shift.end_time }, c.day, offset)
        : null;
      const w: EntryWrite = {
        employee_id: c.employeeId,
        day: c.day,
        roster_id: c.rosterId,
        shift_id: c.shiftId,
        starts_at: times?.startsAt ?? null,
        ends_at: times?.endsAt ?? null,
        work_minutes: shift?.work_minutes ?? 0,
      };
      writes.push(w);
      next.set(key(c.employeeId, c.day), w);
    }
    if (rosters.get(c.rosterId)?.status === 'published')
      recorded.push({
        roster_id: c.rosterId,
        employee_id: c.employeeId,
        day: c.day,
        from_shift_id: beforeShift ?? null,
        to_shift_id: afterShift ?? null,
        source: opts.source,
        reason: opts.reason ?? null,
        changed_by: actor.userId ?? null,
        changed_at: at,
      });
  }
  if (!writes.length && !clears.length) return 0;
  await refuseOverlaps(trx, next, [...writes.map((w) => w.employee_id)]);
  await deleteEntries(trx, clears);
  await upsertEntries(trx, writes, at, actor.userId ?? null);
  await insertChanges(trx, recorded);
  const touchedRosters = new Set([
    ...writes.map((w) => w.roster_id),
    ...changes.filter((c) => c.shiftId === 'clear').map((c) => c.rosterId),
  ]);
  for (const rosterId of touchedRosters)
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'attendance_roster',
      entityId: rosterId,
      newValue: {
        source: opts.source,
        cells: changes
          .filter((c) => c.rosterId === rosterId)
          .map((c) => ({ employeeId: c.employeeId, day: c.day, shiftId: c.shiftId })),
      },
      reason: opts.reason ?? null,
    });
  if (!opts.quiet) await notifyChanged(trx, actor, recorded);
  const changed = [...new Set([...writes.map((w) => w.employee_id), ...clears.map((c) => c.employeeId)])];
  await attendanceChanged(trx, { employeeIds: changed, from, to, cause: opts.source === 'swap' ? 'swap' : 'schedule' });
  return writes.length + clears.length;
}

const isShift = (id: string | null): id is string => !!id && id !== 'clear';

async function refuseOverlaps(
  trx: Db,
  entries: Map<string, { employee_id: string; day: string; starts_at: string | null; ends_at: string | null }>,
  employeeIds: string[],
) {
  const byPerson = new Map<string, Array<{ day: string; startsAt?: string; endsAt?: string }>>();
  for (const e of entries.values()) {
    const list = byPerson.get(e.employee_id) ?? [];
    list.push({ day: e.day, startsAt: e.starts_at ?? undefined, endsAt: e.ends_at ?? undefined });
    byPerson.set(e.employee_id, list);
  }
  for (const id of new Set(employeeIds)) {
    const day = firstOverlap(byPerson.get(id) ?? []);
    if (day) {
      const name = (await namesOf(trx, [id])).get(id) ?? id;
      throw overlapError(id, name, day);
    }
  }
}

/** One notice per person whose published days changed, naming the days. */
async function notifyChanged(trx: Db, actor: Actor, recorded: ChangeWrite[]) {
  const byPerson = new Map<string, string[]>();
  for (const r of recorded) byPerson.set(r.employee_id, [...(byPerson.get(r.employee_id) ?? []), r.day]);
  for (const [employeeId, days] of byPerson)
    await notify(trx, {
      employeeIds: [employeeId],
      kind: 'attendance_schedule_changed',
      params: { days: [...new Set(days)].sort().join(', '), count: days.length },
      link: '/attendance/my-schedule',
      exceptUserIds: [actor.userId],
    });
}

/**
 * A swap (called by the swaps part once the lead approves): on each of the two days, the two
 * people exchange their entries, so b works a's shift on a's day and a works b's on b's day.
 * Refuses a day either has no entry for, and overlaps with neighbouring days; records the changes
 * (source swap) when the roster is published, notifies both, audits and re-matches.
 */
export async function swapScheduleDays(
  trx: Db,
  actor: Actor,
  a: { employeeId: string; day: string },
  b: { employeeId: string; day: string },
  reason: string,
) {
  if (a.employeeId === b.employeeId) throw ruleBroken('ATTENDANCE_SWAP_SAME_PERSON', 'A swap needs two people');
  const days = [...new Set([a.day, b.day])];
  const rows = await scheduleRows(trx, [a.employeeId, b.employeeId], days.sort()[0], days[days.length - 1]);
  const entry = (employeeId: string, day: string) => rows.find((r) => r.employee_id === employeeId && r.day === day);
  const changes: EntryChange[] = [];
  for (const day of days) {
    const ea = entry(a.employeeId, day);
    const eb = entry(b.employeeId, day);
    // the side that gives away a shift must have one entered; the other may take it on a rest day
    if (!ea || !eb)
      throw ruleBroken('ATTENDANCE_SWAP_NOT_SCHEDULED', `Both people need a roster entry on ${day}`, 'day');
    changes.push({ employeeId: a.employeeId, day, rosterId: ea.roster_id, shiftId: eb.shift_id });
    changes.push({ employeeId: b.employeeId, day, rosterId: eb.roster_id, shiftId: ea.shift_id });
  }
  await applyEntries(trx, actor, changes, { source: 'swap', reason, quiet: true });
  await notify(trx, {
    employeeIds: [a.employeeId, b.employeeId],
    kind: 'attendance_schedule_swapped',
    params: { days: days.join(', ') },
    link: '/attendance/my-schedule',
  });
}
