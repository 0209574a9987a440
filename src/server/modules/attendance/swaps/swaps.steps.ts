import type { z } from 'zod';
import type { SwapStepInput } from '../../../../common/attendance-swaps.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { nowIso } from '../../../lib/clock.js';
import { AppError, conflict, forbidden, notFound, ruleBroken } from '../../../lib/errors.js';
import { notify, settleNotices } from '../../../lib/notify.js';
import { employeesHolding, identities, teamLeads } from '../../people/identity.service.js';
import { swapScheduleDays } from '../rosters/schedule.service.js';
import { leadsPlace, sees, type Place } from './swaps.access.js';
import * as repo from './swaps.repo.js';
import { problemsOf, refuseProblems, swapLink } from './swaps.service.js';

// The steps of a swap after the proposal: the colleague accepts or declines; the team lead (or the
// center manager) approves or rejects an accepted swap, and approval exchanges the two entries in
// the schedule of record through rosters' swapScheduleDays (which records the change, notifies
// and re-matches); the requester may cancel until it is decided. Each step is at the version the
// swap was read at, audited and announced to whoever acts next, in one transaction.

type Step = z.output<typeof SwapStepInput>;

async function load(db: Db, actor: Actor, id: string) {
  const r = await repo.findSwap(db, id);
  if (!r) throw notFound('Swap');
  const who = await identities(db, [r.requester_id, r.colleague_id]);
  const req = who.get(r.requester_id);
  const place: Place = { id: r.requester_id, teamId: req?.teamId ?? '', departmentId: req?.departmentId ?? '' };
  const party = actor.employeeId === r.requester_id || actor.employeeId === r.colleague_id;
  if (!party && !sees(actor, place)) throw notFound('Swap');
  return { r, place, requesterName: req?.name ?? '', colleagueName: who.get(r.colleague_id)?.name ?? '' };
}

const notOpen = (status: string, want: string) =>
  new AppError(409, 'SWAP_NOT_OPEN', `The swap is ${status}, not ${want}`, undefined, { status });

async function move(
  trx: Db,
  actor: Actor,
  r: repo.SwapRow,
  step: Step,
  set: Partial<repo.SwapRow>,
  reason?: string | null,
) {
  if (step.version !== r.version || !(await repo.updateAtVersion(trx, r.id, r.version, set)))
    throw conflict('VERSION_CONFLICT', 'The swap changed meanwhile; reload it', 'version');
  await recordAudit(trx, actor, {
    action: 'status_change',
    entity: 'attendance_swap',
    entityId: r.id,
    oldValue: { status: r.status },
    newValue: { status: set.status },
    reason: reason ?? null,
  });
}

/** Who approves: the team's leads, or the department's center managers when the team has none. */
async function approversOf(db: Db, place: Place) {
  const leads = (await teamLeads(db, [place.teamId])).filter((l) => l.employeeId !== place.id);
  if (leads.length) return leads.map((l) => l.userId);
  const managers = await employeesHolding(db, ['center_manager']);
  const where = await identities(
    db,
    managers.map((m) => m.employeeId),
  );
  return managers.filter((m) => where.get(m.employeeId)?.departmentId === place.departmentId).map((m) => m.userId);
}

export async function accept(db: Db, actor: Actor, id: string, step: Step) {
  const { r, place, colleagueName } = await load(db, actor, id);
  if (actor.employeeId !== r.colleague_id) throw forbidden('Only the colleague asked answers a swap');
  if (r.status !== 'proposed') throw notOpen(r.status, 'proposed');
  await refuseProblems(db, await problemsOf(db, swapOf(r)));
  await db.transaction().execute(async (trx) => {
    await move(trx, actor, r, step, { status: 'accepted', accepted_at: nowIso(), note: step.note ?? null });
    await settleNotices(trx, [swapLink(r.id)]); // the colleague has answered
    const params = { name: colleagueName, day: r.requester_day, colleagueDay: r.colleague_day };
    await notify(trx, {
      employeeIds: [r.requester_id],
      kind: 'attendance_swap_accepted',
      params,
      link: swapLink(r.id),
    });
    await notify(trx, {
      userIds: await approversOf(trx, place),
      kind: 'attendance_swap_to_approve',
      params,
      link: swapLink(r.id),
      exceptUserIds: [actor.userId],
    });
  });
}

export async function decline(db: Db, actor: Actor, id: string, step: Step) {
  const { r, colleagueName } = await load(db, actor, id);
  if (actor.employeeId !== r.colleague_id) throw forbidden('Only the colleague asked answers a swap');
  if (r.status !== 'proposed') throw notOpen(r.status, 'proposed');
  await db.transaction().execute(async (trx) => {
    await move(trx, actor, r, step, { status: 'declined', note: step.note ?? null }, step.note);
    await settleNotices(trx, [swapLink(r.id)]);
    await notify(trx, {
      employeeIds: [r.requester_id],
      kind: 'attendance_swap_declined',
      params: { name: colleagueName, day: r.requester_day },
      link: swapLink(r.id),
    });
  });
}

const swapOf = (r: repo.SwapRow) => ({
  requesterId: r.requester_id,
  colleagueId: r.colleague_id,
  requesterDay: r.requester_day,
  colleagueDay: r.colleague_day,
});

/** The lead's decision on an accepted swap; approval changes the schedule of record. */
export async function decide(db: Db, actor: Actor, id: string, step: Step, approve: boolean) {
  const { r, place, requesterName } = await load(db, actor, id);
  if (!leadsPlace(actor, place) || actor.employeeId === r.colleague_id)
    throw forbidden('The team lead of the team (or its center manager) decides a swap, never one of the two people');
  if (r.status !== 'accepted') throw notOpen(r.status, 'accepted');
  if (approve) {
    const today = await todayInCenter(db);
    if ([r.requester_day, r.colleague_day].some((d) => d < today))
      throw ruleBroken('SWAP_DAY_PAST', 'A swap is for a day still to come', 'requesterDay');
    await refuseProblems(db, await problemsOf(db, swapOf(r)));
  }
  await db.transaction().execute(async (trx) => {
    await move(
      trx,
      actor,
      r,
      step,
      {
        status: approve ? 'approved' : 'rejected',
        decided_by: actor.userId,
        decided_by_name: actor.name,
        decided_at: nowIso(),
        note: step.note ?? null,
      },
      step.note,
    );
    await settleNotices(trx, [swapLink(r.id)]); // decided: the approvers' notices are done
    if (approve)
      await swapScheduleDays(
        trx,
        actor,
        { employeeId: r.requester_id, day: r.requester_day },
        { employeeId: r.colleague_id, day: r.colleague_day },
        r.reason ?? 'swap',
      );
    await notify(trx, {
      employeeIds: [r.requester_id, r.colleague_id],
      kind: approve ? 'attendance_swap_approved' : 'attendance_swap_rejected',
      params: { name: requesterName, day: r.requester_day, colleagueDay: r.colleague_day },
      link: swapLink(r.id),
      exceptUserIds: [actor.userId],
    });
  });
}

export async function cancel(db: Db, actor: Actor, id: string, step: Step) {
  const { r, requesterName } = await load(db, actor, id);
  if (actor.employeeId !== r.requester_id) throw forbidden('Only the requester cancels a swap');
  if (r.status !== 'proposed' && r.status !== 'accepted') throw notOpen(r.status, 'open');
  await db.transaction().execute(async (trx) => {
    await move(trx, actor, r, step, { status: 'cancelled', note: step.note ?? null }, step.note);
    await settleNotices(trx, [swapLink(r.id)]);
    await notify(trx, {
      employeeIds: [r.colleague_id],
      kind: 'attendance_swap_cancelled',
      params: { name: requesterName, day: r.requester_day },
      link: swapLink(r.id),
    });
  });
}

/** One swap as the API shows it. */
export async function swapById(db: Db, actor: Actor, id: string) {
  const { r } = await load(db, actor, id);
  return r;
}
