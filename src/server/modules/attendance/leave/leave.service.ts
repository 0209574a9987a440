import type { LeaveStepRoleName } from '../../../../common/attendance-leave.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { identity } from '../../people/identity.service.js';
import { attendanceChanged } from '../shared/changes.js';
import { spanParts, type DayPart, type LeaveSpan } from './rules/days.js';
import * as repo from './leave.repo.js';
import { useToil } from '../swaps/toil.service.js';
import {
  checkAnnualBalance,
  checkNoOverlap,
  countDays,
  requireActiveKind,
  toilHours,
  unknownPerson,
} from './requests.rules.js';

// What the other attendance parts read and call (contract, issue 19): the approved leave on
// people's days (clock matching, staffing, the monthly summary) and the conversion of a clock
// exception into leave by the lead. Requests filed by people are in requests.service.ts.

export interface LeaveDay {
  employeeId: string;
  day: string;
  half: DayPart;
  kind: string;
  paid: boolean;
}

/**
 * The approved leave of these people on the days from..to, one row per person, day and request
 * (two half-day requests on one day give an 'am' and a 'pm' row). Every calendar day a request
 * spans is listed, weekends and holidays too: the person is away on all of them; only the count
 * of days charged (`days` on the request) skips non-working days.
 */
export async function approvedLeaveOf(db: Db, employeeIds: string[], from: string, to: string): Promise<LeaveDay[]> {
  const rows = await repo.requestsTouching(db, [...new Set(employeeIds)], ['approved'], from, to);
  if (!rows.length) return [];
  const paid = new Map((await repo.listKinds(db)).map((k) => [k.code, k.paid === 1]));
  const out: LeaveDay[] = [];
  for (const r of rows) {
    for (const p of spanParts(spanOf(r))) {
      if (p.day < from || p.day > to) continue;
      out.push({
        employeeId: r.employee_id,
        day: p.day,
        half: p.half,
        kind: r.kind_code,
        paid: paid.get(r.kind_code) ?? false,
      });
    }
  }
  return out;
}

export const spanOf = (r: repo.RequestRow): LeaveSpan => ({
  startDay: r.start_day,
  startHalf: r.start_half as LeaveSpan['startHalf'],
  endDay: r.end_day,
  endHalf: r.end_half as LeaveSpan['endHalf'],
});

/** Tells the other parts (the clock's matching) that approved leave on these days changed. */
export const leaveChanged = (trx: Db, r: Pick<repo.RequestRow, 'employee_id' | 'start_day' | 'end_day'>) =>
  attendanceChanged(trx, { employeeIds: [r.employee_id], from: r.start_day, to: r.end_day, cause: 'leave' });

export interface NewRequest {
  id: string;
  employeeId: string;
  kindCode: string;
  span: LeaveSpan;
  days: number;
  afterTheFact: boolean;
  reason: string;
  status: 'pending' | 'approved';
  chain: {
    role: LeaveStepRoleName;
    status: 'waiting' | 'pending' | 'approved';
    decidedBy?: string;
    decidedName?: string;
    note?: string;
  }[];
}

/** Writes a request with its steps and its audit entry (inside the caller's transaction). */
export async function insertRequest(trx: Db, actor: Pick<Actor, 'userId' | 'name'>, r: NewRequest) {
  const at = nowIso();
  const decided = r.status === 'approved';
  await repo.insertRequest(trx, {
    id: r.id,
    employee_id: r.employeeId,
    kind_code: r.kindCode,
    start_day: r.span.startDay,
    start_half: r.span.startHalf,
    end_day: r.span.endDay,
    end_half: r.span.endHalf,
    days: r.days,
    after_the_fact: r.afterTheFact ? 1 : 0,
    reason: r.reason,
    status: r.status,
    created_by: actor.userId,
    created_at: at,
    decided_at: decided ? at : null,
    version: 1,
  });
  await repo.insertSteps(
    trx,
    r.chain.map((s, i) => ({
      id: newId(),
      request_id: r.id,
      seq: i + 1,
      role: s.role,
      status: s.status,
      decided_by: s.decidedBy ?? null,
      decided_name: s.decidedName ?? null,
      decided_at: s.status === 'approved' ? at : null,
      note: s.note ?? null,
    })),
  );
  await recordAudit(trx, actor, {
    action: 'create',
    entity: 'attendance_leave_request',
    entityId: r.id,
    newValue: { employeeId: r.employeeId, kind: r.kindCode, ...r.span, days: r.days, status: r.status },
    reason: r.reason,
  });
}

/**
 * A clock exception (late, absent, …) turned into leave by the lead (clock part, resolve action
 * "leave"): a full-day request for that day, filed after the fact and approved by the acting lead
 * in one step. The kind's rules still hold: an active kind, no overlap, within the balance.
 * Runs in the caller's transaction; returns the new request's id and its counted days.
 */
export async function createLeaveFromException(
  trx: Db,
  actor: Actor,
  input: { employeeId: string; day: string; kind: string; reason: string },
): Promise<{ id: string; days: number }> {
  const person = await identity(trx, input.employeeId);
  if (!person) throw unknownPerson();
  if (actor.employeeId === person.id)
    throw ruleBroken('LEAVE_SELF_APPROVAL', 'Nobody approves their own leave', 'employeeId');
  const kind = await requireActiveKind(trx, input.kind);
  const span: LeaveSpan = { startDay: input.day, startHalf: 'am', endDay: input.day, endHalf: 'pm' };
  // An exception comes from a scheduled shift: a rostered weekend or holiday is still a day away.
  const days = await countDays(trx, kind, span).catch((err: unknown) => {
    if ((err as { errorCode?: string }).errorCode === 'LEAVE_NO_WORKING_DAYS') return 1;
    throw err;
  });
  await checkNoOverlap(trx, person.id, span);
  await checkAnnualBalance(trx, person.id, kind, span, days);
  const id = newId();
  if (kind.balance === 'toil') await useToil(trx, person.id, await toilHours(trx, days), span.startDay, id);
  await insertRequest(trx, actor, {
    id,
    employeeId: person.id,
    kindCode: kind.code,
    span,
    days,
    afterTheFact: true,
    reason: input.reason,
    status: 'approved',
    chain: [{ role: 'team_lead', status: 'approved', decidedBy: actor.userId, decidedName: actor.name }],
  });
  await leaveChanged(trx, { employee_id: person.id, start_day: input.day, end_day: input.day });
  return { id, days };
}
