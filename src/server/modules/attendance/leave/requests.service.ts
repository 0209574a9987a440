import type { z } from 'zod';
import type {
  LeaveDecision,
  LeavePreviewQuery,
  LeaveRequestInput,
  LeaveStepRoleName,
} from '../../../../common/attendance-leave.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { nowIso } from '../../../lib/clock.js';
import { AppError, conflict, forbidden, notFound } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { notify, settleNotices } from '../../../lib/notify.js';
import { identity, type Identity } from '../../people/identity.service.js';
import { releaseToil, useToil } from '../swaps/toil.service.js';
import { leaveLink, myLeaveLink, tellApprovers } from './approvers.js';
import type { LeaveSpan } from './rules/days.js';
import { filesForOthers, ledTeamIds, ownEmployeeId, requireMayDecide, visiblePerson } from './leave.access.js';
import * as repo from './leave.repo.js';
import { insertRequest, leaveChanged } from './leave.service.js';
import { flagTrainingOverlap } from './overlap.js';
import {
  chainFor,
  checkAnnualBalance,
  checkNoOverlap,
  countDays,
  evidenceRequired,
  evidenceThreshold,
  requireActiveKind,
  toilHours,
} from './requests.rules.js';

// Filing, deciding and cancelling leave requests (issue 19 item 3). A request is filed by the
// person (attendance.request) or, for a person in their sight, by a team lead, center manager or
// HR; its chain (chain.ts) is written as steps, the first pending and its approvers told. Each
// approval moves the chain on; the last approves the request, and the other attendance parts
// hear of it (attendanceChanged). A rejection ends it. The person cancels their own request
// before it starts. Time off in lieu is drawn when the request is filed and given back when it
// is rejected or cancelled (swaps/toil.service.ts).

type Input = z.output<typeof LeaveRequestInput>;

async function whoseLeave(db: Db, actor: Actor, employeeId: string | undefined): Promise<Identity> {
  if (!employeeId || employeeId === actor.employeeId) {
    const p = await identity(db, ownEmployeeId(actor));
    if (!p) throw notFound('Person');
    return p;
  }
  if (!filesForOthers(actor)) throw forbidden('You file leave for yourself only');
  return visiblePerson(db, actor, employeeId);
}

const spanFrom = (i: Pick<Input, 'startDay' | 'startHalf' | 'endDay' | 'endHalf'>): LeaveSpan => ({
  startDay: i.startDay,
  startHalf: i.startHalf,
  endDay: i.endDay,
  endHalf: i.endHalf,
});

/** What a request would count and who would approve it, without filing it. */
export async function previewRequest(db: Db, actor: Actor, q: z.output<typeof LeavePreviewQuery>) {
  const person = await whoseLeave(db, actor, q.employeeId);
  const kind = await requireActiveKind(db, q.kindCode);
  const span = spanFrom(q);
  const days = await countDays(db, kind, span);
  const afterTheFact = span.startDay < (await todayInCenter(db));
  const chain = await chainFor(db, person, kind, days, afterTheFact);
  return { days, afterTheFact, chain, evidenceRequired: evidenceRequired(await evidenceThreshold(db, kind), days) };
}

export async function fileRequest(db: Db, actor: Actor, input: Input) {
  const person = await whoseLeave(db, actor, input.employeeId);
  const kind = await requireActiveKind(db, input.kindCode);
  const span = spanFrom(input);
  const days = await countDays(db, kind, span);
  const afterTheFact = span.startDay < (await todayInCenter(db));
  const chain = await chainFor(db, person, kind, days, afterTheFact);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await checkNoOverlap(trx, person.id, span);
    await checkAnnualBalance(trx, person.id, kind, span, days);
    if (kind.balance === 'toil') await useToil(trx, person.id, await toilHours(trx, days), span.startDay, id);
    await insertRequest(trx, actor, {
      id,
      employeeId: person.id,
      kindCode: kind.code,
      span,
      days,
      afterTheFact,
      reason: input.reason,
      status: 'pending',
      chain: chain.map((role, i) => ({ role, status: i === 0 ? 'pending' : 'waiting' })),
    });
    await tellApprovers(trx, chain[0], person, id, days);
    await flagTrainingOverlap(trx, person, span, id);
  });
  return { id, days, chain };
}

/** A request the actor may see, with its person; 404 otherwise (as for one that does not exist). */
export async function visibleRequest(db: Db, actor: Actor, id: string) {
  const r = await repo.findRequest(db, id);
  if (!r) throw notFound('Leave request');
  const person = await visiblePerson(db, actor, r.employee_id).catch(() => {
    throw notFound('Leave request');
  });
  return { r, person };
}

export async function decide(db: Db, actor: Actor, id: string, input: z.output<typeof LeaveDecision>) {
  const { r, person } = await visibleRequest(db, actor, id);
  if (r.status !== 'pending') throw conflict('LEAVE_NOT_PENDING', `The request is ${r.status} already`, 'decision');
  const steps = await repo.stepsOf(db, [r.id]);
  const step = steps.find((s) => s.status === 'pending');
  if (!step) throw conflict('LEAVE_NOT_PENDING', 'No step of this request waits for a decision', 'decision');
  requireMayDecide(actor, step.role as LeaveStepRoleName, person, await ledTeamIds(db, actor));
  const approve = input.decision === 'approve';
  if (approve) {
    const kind = await repo.kindByCode(db, r.kind_code);
    const threshold = kind ? await evidenceThreshold(db, kind) : null;
    if (evidenceRequired(threshold, r.days) && !(await repo.filesOf(db, [r.id])).length)
      throw new AppError(
        422,
        'LEAVE_EVIDENCE_MISSING',
        `Leave of this kind over ${threshold} days needs a file (e.g. a sick note) before it is approved`,
        'decision',
        { days: threshold ?? 0 },
      );
  }
  const next = steps.find((s) => s.seq > step.seq && s.status === 'waiting');
  const at = nowIso();
  const done = !approve || !next;
  const status: 'pending' | 'approved' | 'rejected' = approve ? (next ? 'pending' : 'approved') : 'rejected';
  await db.transaction().execute(async (trx) => {
    await repo.updateRequest(trx, r.id, r.version, done ? { status, decided_at: at } : {});
    await repo.updateStep(trx, step.id, {
      status: approve ? 'approved' : 'rejected',
      decided_by: actor.userId,
      decided_name: actor.name,
      decided_at: at,
      note: input.note ?? null,
    });
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'attendance_leave_request',
      entityId: r.id,
      oldValue: { status: r.status, step: step.role },
      newValue: { status, step: step.role, decision: input.decision },
      reason: input.note ?? null,
    });
    // This step is decided: its approvers' notices are done (the next step's are sent after).
    await settleNotices(trx, [leaveLink(r.id)]);
    if (!approve) {
      await repo.skipOpenSteps(trx, r.id);
      await releaseToil(trx, r.id);
    } else if (next) {
      await repo.updateStep(trx, next.id, { status: 'pending' });
      await tellApprovers(trx, next.role as LeaveStepRoleName, person, r.id, r.days);
    } else {
      await leaveChanged(trx, r);
    }
    if (done)
      await notify(trx, {
        employeeIds: [r.employee_id],
        kind: approve ? 'attendance_leave_approved' : 'attendance_leave_rejected',
        params: { from: r.start_day, to: r.end_day, days: r.days },
        link: myLeaveLink(r.id),
        exceptUserIds: [actor.userId],
      });
  });
  return { status };
}

/** The person (or whoever filed it) withdraws a pending or approved request before it starts. */
export async function cancel(db: Db, actor: Actor, id: string) {
  const { r } = await visibleRequest(db, actor, id);
  if (r.employee_id !== actor.employeeId && r.created_by !== actor.userId)
    throw forbidden('Only the person or whoever filed it cancels a request');
  if (r.status !== 'pending' && r.status !== 'approved')
    throw conflict('LEAVE_NOT_CANCELLABLE', `The request is ${r.status} already`);
  if (r.start_day <= (await todayInCenter(db)))
    throw new AppError(422, 'LEAVE_ALREADY_STARTED', 'Leave that has started is not cancelled; ask your team lead');
  await db.transaction().execute(async (trx) => {
    await repo.updateRequest(trx, r.id, r.version, { status: 'cancelled', decided_at: nowIso() });
    await repo.skipOpenSteps(trx, r.id);
    await settleNotices(trx, [leaveLink(r.id)]);
    await releaseToil(trx, r.id);
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'attendance_leave_request',
      entityId: r.id,
      oldValue: { status: r.status },
      newValue: { status: 'cancelled' },
    });
    // Approved days are open again: the clock part matches them anew.
    if (r.status === 'approved') await leaveChanged(trx, r);
  });
}
