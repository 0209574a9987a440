import type { z } from 'zod';
import type { LeaveDecision, LeaveListQuery } from '../../../../common/training-sessions.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { conflict, forbidden, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';
import { loadSession } from '../sessions/sessions.service.js';
import { readsAllTraining, runsTraining, trainerIdsOf } from '../shared/training.access.js';
import { withIdentity } from '../../people/identity.service.js';
import * as repo from './leave.repo.js';

// Leave from a training session (SPEC §3, §10). The trainee asks in advance; a training manager
// approves or refuses. A request made after the session has started is still accepted — life
// happens — but is stored with late = true (事后请假) so the manager, the record and the
// elimination criteria see it was not asked in advance. Approval of a leave for which the
// trainer had already marked the person absent turns that attendance into on_leave (audited);
// nothing else changes attendance. One request per person and session; a withdrawn one may be
// asked again, a refused one may not.

const withName = async (db: Db, rows: Awaited<ReturnType<typeof repo.listLeave>>['rows']) =>
  withIdentity(
    db,
    rows,
    (r) => r.employee_id,
    (p) => ({ name: p.name }),
  );
type Row = Awaited<ReturnType<typeof withName>>[number];

const toDto = (r: Row) => ({
  id: r.id,
  sessionId: r.session_id,
  sessionTitle: r.title ?? r.course_title,
  startsAt: r.starts_at,
  employeeId: r.employee_id,
  employeeName: r.name,
  reason: r.reason,
  status: r.status as never,
  late: r.late === 1,
  requestedAt: r.requested_at,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
  decisionNote: r.decision_note,
});

export async function requestLeave(db: Db, actor: Actor, sessionId: string, reason: string) {
  if (!actor.employeeId) throw ruleBroken('NO_EMPLOYEE', 'Your account is not linked to a person');
  const s = await loadSession(db, sessionId);
  const me = actor.employeeId;
  if (!(await repo.isEnrolled(db, sessionId, me))) throw notFound('Session');
  if (s.status !== 'scheduled') throw ruleBroken('SESSION_CANCELLED', 'The session was cancelled');
  const at = nowIso();
  const late = at >= s.starts_at ? 1 : 0;
  const existing = await repo.leaveOf(db, sessionId, me);
  if (existing && existing.status !== 'withdrawn')
    throw conflict('LEAVE_EXISTS', `You already asked for leave from this session (${existing.status})`);
  const id = existing?.id ?? newId();
  const row = {
    id,
    session_id: sessionId,
    employee_id: me,
    reason,
    status: 'pending',
    late,
    requested_at: at,
    decided_by: null,
    decided_at: null,
    decision_note: null,
  };
  await db.transaction().execute(async (trx) => {
    await repo.saveRequest(trx, row, !!existing);
    await recordAudit(trx, actor, { action: 'create', entity: 'training_leave', entityId: id, newValue: row, reason });
  });
  return { id, late: late === 1 };
}

export async function listLeave(db: Db, actor: Actor, q: z.output<typeof LeaveListQuery>) {
  // Anyone but a training manager sees their own requests, and those for the sessions they teach.
  const seenBy = readsAllTraining(actor)
    ? null
    : { employeeId: actor.employeeId ?? '', trainerIds: await trainerIdsOf(db, actor) };
  const { rows, total } = await repo.listLeave(db, { ...q, seenBy });
  return { items: (await withName(db, rows)).map(toDto), total };
}

export async function decideLeave(db: Db, actor: Actor, id: string, input: z.output<typeof LeaveDecision>) {
  const leave = await repo.findLeave(db, id);
  if (!leave) throw notFound('Leave request');
  if (leave.status !== 'pending') throw conflict('LEAVE_ALREADY_DECIDED', `This request is ${leave.status}`);
  const status = input.decision === 'approve' ? 'approved' : 'refused';
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    const decided = await repo.decidePending(trx, id, {
      status,
      decided_by: actor.userId,
      decided_at: at,
      decision_note: input.note,
    });
    if (!decided) throw conflict('LEAVE_ALREADY_DECIDED', 'Someone decided this request meanwhile');
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'training_leave',
      entityId: id,
      oldValue: { status: 'pending' },
      newValue: { status },
      reason: input.note,
    });
    if (status !== 'approved') return;
    if (await repo.absenceToLeave(trx, leave.session_id, leave.employee_id, { userId: actor.userId, at })) {
      await recordAudit(trx, actor, {
        action: 'update',
        entity: 'training_attendance',
        entityId: leave.session_id,
        oldValue: [{ employee_id: leave.employee_id, status: 'absent' }],
        newValue: [{ employee_id: leave.employee_id, status: 'on_leave' }],
        reason: 'leave approved',
      });
    }
  });
}

export async function withdrawLeave(db: Db, actor: Actor, id: string) {
  const leave = await repo.findLeave(db, id);
  if (!leave || (leave.employee_id !== actor.employeeId && !runsTraining(actor))) throw notFound('Leave request');
  if (leave.employee_id !== actor.employeeId) throw forbidden('Only the person who asked may withdraw a request');
  if (leave.status !== 'pending') throw conflict('LEAVE_ALREADY_DECIDED', `This request is ${leave.status}`);
  await db.transaction().execute(async (trx) => {
    await repo.setStatus(trx, id, 'withdrawn');
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'training_leave',
      entityId: id,
      oldValue: { status: 'pending' },
      newValue: { status: 'withdrawn' },
    });
  });
}
