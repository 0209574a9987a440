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

// Leave from a training session (SPEC §3, §10). The trainee asks in advance; a training manager
// approves or refuses. A request made after the session has started is still accepted — life
// happens — but is stored with late = true (事后请假) so the manager, the record and the
// elimination criteria see it was not asked in advance. Approval of a leave for which the
// trainer had already marked the person absent turns that attendance into on_leave (audited);
// nothing else changes attendance. One request per person and session; a withdrawn one may be
// asked again, a refused one may not.

const base = (db: Db) =>
  db
    .selectFrom('training_leave as l')
    .innerJoin('training_sessions as s', 's.id', 'l.session_id')
    .innerJoin('training_courses as c', 'c.id', 's.course_id')
    .selectAll('l')
    .select(['s.title', 'c.title as course_title', 's.starts_at', 's.trainer_id']);
const withName = async (db: Db, rows: Awaited<ReturnType<ReturnType<typeof base>['execute']>>) =>
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
  const booked = await db
    .selectFrom('training_enrollments')
    .select('employee_id')
    .where('session_id', '=', sessionId)
    .where('employee_id', '=', me)
    .executeTakeFirst();
  if (!booked) throw notFound('Session');
  if (s.status !== 'scheduled') throw ruleBroken('SESSION_CANCELLED', 'The session was cancelled');
  const at = nowIso();
  const late = at >= s.starts_at ? 1 : 0;
  const existing = await db
    .selectFrom('training_leave')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('employee_id', '=', me)
    .executeTakeFirst();
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
    if (existing) await trx.updateTable('training_leave').set(row).where('id', '=', id).execute();
    else await trx.insertInto('training_leave').values(row).execute();
    await recordAudit(trx, actor, { action: 'create', entity: 'training_leave', entityId: id, newValue: row, reason });
  });
  return { id, late: late === 1 };
}

export async function listLeave(db: Db, actor: Actor, q: z.output<typeof LeaveListQuery>) {
  let query = base(db);
  if (!readsAllTraining(actor)) {
    // Their own requests, and those for the sessions they teach.
    const trainerIds = await trainerIdsOf(db, actor);
    const me = actor.employeeId ?? '';
    query = query.where((eb) =>
      eb.or([eb('l.employee_id', '=', me), ...(trainerIds.length ? [eb('s.trainer_id', 'in', trainerIds)] : [])]),
    );
  }
  if (q.status) query = query.where('l.status', '=', q.status);
  if (q.sessionId) query = query.where('l.session_id', '=', q.sessionId);
  if (q.employeeId) query = query.where('l.employee_id', '=', q.employeeId);
  const count = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('l.requested_at', 'desc')
    .orderBy('l.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: (await withName(db, rows)).map(toDto), total: Number(count.n) };
}

export async function decideLeave(db: Db, actor: Actor, id: string, input: z.output<typeof LeaveDecision>) {
  const leave = await db.selectFrom('training_leave').selectAll().where('id', '=', id).executeTakeFirst();
  if (!leave) throw notFound('Leave request');
  if (leave.status !== 'pending') throw conflict('LEAVE_ALREADY_DECIDED', `This request is ${leave.status}`);
  const status = input.decision === 'approve' ? 'approved' : 'refused';
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('training_leave')
      .set({ status, decided_by: actor.userId, decided_at: at, decision_note: input.note })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw conflict('LEAVE_ALREADY_DECIDED', 'Someone decided this request meanwhile');
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'training_leave',
      entityId: id,
      oldValue: { status: 'pending' },
      newValue: { status },
      reason: input.note,
    });
    if (status !== 'approved') return;
    const marked = await trx
      .updateTable('training_attendance')
      .set({ status: 'on_leave', minutes: null, recorded_by: actor.userId, recorded_at: at })
      .where('session_id', '=', leave.session_id)
      .where('employee_id', '=', leave.employee_id)
      .where('status', '=', 'absent')
      .executeTakeFirst();
    if (Number(marked.numUpdatedRows)) {
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
  const leave = await db.selectFrom('training_leave').selectAll().where('id', '=', id).executeTakeFirst();
  if (!leave || (leave.employee_id !== actor.employeeId && !runsTraining(actor))) throw notFound('Leave request');
  if (leave.employee_id !== actor.employeeId) throw forbidden('Only the person who asked may withdraw a request');
  if (leave.status !== 'pending') throw conflict('LEAVE_ALREADY_DECIDED', `This request is ${leave.status}`);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('training_leave').set({ status: 'withdrawn' }).where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'training_leave',
      entityId: id,
      oldValue: { status: 'pending' },
      newValue: { status: 'withdrawn' },
    });
  });
}
