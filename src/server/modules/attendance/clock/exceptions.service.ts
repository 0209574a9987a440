import {
  EXCEPTION_OUTCOMES,
  type ExceptionRowView,
  type ResolveBodyInput,
} from '../../../../common/attendance-clock.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { badRequest, conflict, forbidden, notFound, ruleBroken } from '../../../lib/errors.js';
import { identities } from '../../people/identity.service.js';
import { createLeaveFromException } from '../leave/leave.service.js';
import { dayScope, mayResolve, requirePersonVisible } from './clock.access.js';
import { exceptionsOn, findDay, resolveDay as writeResolution } from './clock.repo.js';
import { settlePendingDays, toDayView } from './days.service.js';

// The team lead's exceptions (issue 19 item 2): the day's late, early, absent and missing-punch
// days of the people in sight, and their resolution — confirm (it counts, unexcused), excuse
// (with a reason it does not count) or convert to leave (an approved after-the-fact leave request
// for the day, through the leave part, which re-matches the day as on_leave).

/** The exceptions of one day, resolved or not, of the people the actor sees (optionally one team). */
export async function listExceptions(db: Db, actor: Actor, day: string, teamId?: string): Promise<ExceptionRowView[]> {
  const scope = dayScope(actor);
  await settlePendingDays(db, await exceptionsOn(db, scope, day, ['pending'], teamId));
  const rows = await exceptionsOn(db, scope, day, EXCEPTION_OUTCOMES, teamId);
  const who = await identities(
    db,
    rows.map((r) => r.employee_id),
  );
  return rows
    .map((r) => {
      const p = who.get(r.employee_id);
      return {
        ...toDayView(r),
        employeeNo: p?.employeeNo ?? '',
        name: p?.name ?? '',
        teamId: p?.teamId ?? '',
        teamName: p?.teamName ?? '',
      };
    })
    .sort((a, b) => (a.employeeNo < b.employeeNo ? -1 : a.employeeNo > b.employeeNo ? 1 : 0));
}

const RESOLUTION = { confirm: 'confirmed', excuse: 'excused', leave: 'leave' } as const;

export async function resolveDay(db: Db, actor: Actor, employeeId: string, day: string, body: ResolveBodyInput) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw notFound('Attendance day');
  await requirePersonVisible(db, actor, employeeId);
  if (actor.employeeId === employeeId)
    throw ruleBroken('CLOCK_RESOLVE_OWN', 'Nobody resolves their own attendance', 'employeeId');
  if (!mayResolve(actor, employeeId)) throw forbidden();
  const reason = body.reason?.trim() || null;
  if (body.action !== 'confirm' && !reason)
    throw badRequest('CLOCK_REASON_REQUIRED', 'Give a reason to excuse a day or turn it into leave', 'reason');
  if (body.action === 'leave' && !body.leaveKind)
    throw badRequest('CLOCK_LEAVE_KIND_REQUIRED', 'Choose the kind of leave', 'leaveKind');
  return db.transaction().execute(async (trx) => {
    const before = await findDay(trx, employeeId, day);
    if (!before) throw notFound('Attendance day');
    if (before.version !== body.version)
      throw conflict('STALE_VERSION', 'Someone else changed this day meanwhile; reload and try again', 'version');
    if (!(EXCEPTION_OUTCOMES as readonly string[]).includes(before.outcome))
      throw ruleBroken('CLOCK_NOT_EXCEPTION', `A day that is ${before.outcome} has nothing to resolve`, 'day');
    let leaveRequestId: string | null = before.leave_request_id;
    if (body.action === 'leave')
      leaveRequestId = (
        await createLeaveFromException(trx, actor, { employeeId, day, kind: body.leaveKind!, reason: reason! })
      ).id;
    const current = (await findDay(trx, employeeId, day))!; // the leave re-matched it
    const set = {
      resolution: RESOLUTION[body.action],
      resolution_reason: reason,
      resolved_by: actor.userId,
      resolved_at: nowIso(),
      leave_request_id: leaveRequestId,
    };
    if (!(await writeResolution(trx, employeeId, day, current.version, set)))
      throw conflict('STALE_VERSION', 'Someone else changed this day meanwhile; reload and try again', 'version');
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'attendance_day',
      entityId: `${employeeId}:${day}`,
      oldValue: { outcome: before.outcome, resolution: before.resolution },
      newValue: { outcome: current.outcome, resolution: set.resolution, leaveRequestId },
      reason,
    });
    return toDayView((await findDay(trx, employeeId, day))!);
  });
}
