import type { LeaveStepRoleName } from '../../../../common/attendance-leave.js';
import type { Db } from '../../../db/connect.js';
import { getCalendar } from '../../../lib/calendar.js';
import { AppError, ruleBroken } from '../../../lib/errors.js';
import { getSetting } from '../../../lib/settings.js';
import { employeesHolding, teamLeads, type Identity } from '../../people/identity.service.js';
import { approverUserIds } from './approvers.js';
import { annualBalance } from './balances.service.js';
import { approvalChain } from './rules/chain.js';
import { countLeaveDays, spansOverlap, type LeaveSpan } from './rules/days.js';
import * as repo from './leave.repo.js';

// The checks every new request passes, whoever files it (the person, their lead, or the clock
// part converting an exception): an active kind, a sensible span, no overlap with the person's
// pending or approved leave, within the kind's longest request and within the balance.

export async function requireActiveKind(db: Db, code: string) {
  const kind = await repo.kindByCode(db, code);
  if (!kind || !kind.active) throw ruleBroken('LEAVE_KIND_UNKNOWN', `No active leave kind ${code}`, 'kindCode');
  return kind;
}

export async function countDays(db: Db, kind: repo.KindRow, span: LeaveSpan) {
  const days = countLeaveDays(await getCalendar(db), kind.counting, span);
  if (days <= 0)
    throw ruleBroken(
      'LEAVE_NO_WORKING_DAYS',
      'The leave covers no working day (holidays and weekends do not count)',
      'startDay',
    );
  if (kind.max_days != null && days > kind.max_days)
    throw new AppError(
      422,
      'LEAVE_OVER_KIND_MAX',
      `One request of this kind is at most ${kind.max_days} days; this one is ${days}`,
      'endDay',
      { max: kind.max_days, days },
    );
  return days;
}

export async function checkNoOverlap(db: Db, employeeId: string, span: LeaveSpan, exceptId?: string) {
  const others = await repo.liveRequestsTouching(db, employeeId, span.startDay, span.endDay);
  const clash = others.find(
    (o) =>
      o.id !== exceptId &&
      spansOverlap(span, {
        startDay: o.start_day,
        startHalf: o.start_half as LeaveSpan['startHalf'],
        endDay: o.end_day,
        endHalf: o.end_half as LeaveSpan['endHalf'],
      }),
  );
  if (clash)
    throw new AppError(
      409,
      'LEAVE_OVERLAP',
      `Another ${clash.status} request (${clash.start_day} to ${clash.end_day}) covers some of these days`,
      'startDay',
      { from: clash.start_day, to: clash.end_day, status: clash.status },
    );
}

/** Annual leave may not go beyond the year's entitlement less what is approved or pending. */
export async function checkAnnualBalance(
  db: Db,
  employeeId: string,
  kind: repo.KindRow,
  span: LeaveSpan,
  days: number,
) {
  if (kind.balance !== 'annual') return;
  if (span.startDay.slice(0, 4) !== span.endDay.slice(0, 4))
    throw ruleBroken(
      'LEAVE_ACROSS_YEARS',
      'Annual leave across New Year is filed as two requests, one per year',
      'endDay',
    );
  const b = await annualBalance(db, employeeId, span.startDay);
  if (days > b.left)
    throw new AppError(
      422,
      'LEAVE_BEYOND_BALANCE',
      `Only ${b.left} days of annual leave are left in ${b.year} (entitlement ${b.entitlement}, approved ${b.used}, pending ${b.pending}); ${days} asked`,
      'endDay',
      { left: b.left, days, year: b.year, entitlement: b.entitlement },
    );
}

export const toilHours = async (db: Db, days: number) =>
  days * (await getSetting(db, 'attendance.leave.toilHoursPerDay'));

/** The highest approving role the person holds themselves (they never approve their own rank). */
export async function personRank(db: Db, person: Identity): Promise<LeaveStepRoleName | null> {
  if ((await employeesHolding(db, ['hr'])).some((e) => e.employeeId === person.id)) return 'hr';
  if ((await employeesHolding(db, ['center_manager'])).some((e) => e.employeeId === person.id)) return 'center_manager';
  if ((await teamLeads(db, [person.teamId])).some((e) => e.employeeId === person.id)) return 'team_lead';
  return null;
}

export async function chainFor(db: Db, person: Identity, kind: repo.KindRow, days: number, afterTheFact: boolean) {
  const rule = {
    leadMaxDays: await getSetting(db, 'attendance.leave.leadMaxDays'),
    managerMaxDays: await getSetting(db, 'attendance.leave.managerMaxDays'),
  };
  const rank = await personRank(db, person);
  const chain = approvalChain({ days, hrAlways: kind.hr_always === 1, afterTheFact, personRank: rank }, rule);
  // A step nobody can decide (a team without a lead account, a center without a manager) would
  // hold the request forever: the next rank up takes it instead.
  const out: LeaveStepRoleName[] = [];
  for (const role of chain) {
    let r: LeaveStepRoleName | undefined = role;
    while (r && r !== 'hr' && !(await approverUserIds(db, r, person)).length) r = ORDER[ORDER.indexOf(r) + 1];
    if (r && !out.includes(r)) out.push(r);
  }
  return out;
}

const ORDER: LeaveStepRoleName[] = ['team_lead', 'center_manager', 'hr'];

/** Evidence (a file) is required past the kind's threshold; sick leave falls back on the setting. */
export async function evidenceThreshold(db: Db, kind: repo.KindRow): Promise<number | null> {
  if (kind.evidence_after_days != null) return kind.evidence_after_days;
  if (kind.code === 'sick') return getSetting(db, 'attendance.leave.sickNoteAfterDays');
  return null;
}

export const evidenceRequired = (threshold: number | null, days: number) => threshold != null && days > threshold;

export const unknownPerson = () => ruleBroken('LEAVE_PERSON_UNKNOWN', 'No such person in your sight', 'employeeId');
