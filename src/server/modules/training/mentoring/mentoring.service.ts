import type { z } from 'zod';
import type { AssignmentInput, AssignmentListQuery } from '../../../../common/training-records.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { assertDateOrder } from '../../../lib/date-range.js';
import { conflict, forbidden, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso, centerToday } from '../../../lib/clock.js';
import { clearSessionCache } from '../../../lib/sessions.js';
import { getSetting } from '../../../lib/settings.js';
import { avg1, takeLock, uniqueOr } from '../shared/store.js';
import { centerOffset } from '../../../lib/center-time.js';
import { personPlace, readsAllTraining, runsTraining, visibleFilter } from '../shared/training.access.js';
import { identities, namesOf } from '../../people/identity.service.js';
import { mentorGate } from './mentor-gate.js';
import { COACHABLE_STATUSES } from '../../../../common/mentorship-pool.js';
import * as repo from './assignments.repo.js';

// Mentoring (SPEC §7): after the classroom a trainee takes live calls beside a mentor, one to
// one, then in a group, one mentor to at most training.groupMentorMaxTrainees (5). A trainee has
// at most one active assignment per mode; a one-to-one mentor has one trainee at a time. A
// mentor is someone on the floor (status regular, key_staff or team_lead). A harsh or
// discouraging mentor can be replaced, with a reason (audited). Trainees rate their mentor once
// per assignment. Assigning or replacing changes who the mentor sees (lib/access.ts).
// Issue 20: the mentor must be an active member of the mentor pool (modules/mentorship/pool), and
// a weak regular agent (regular or key staff) can be given a coaching mentor — mode 'coaching',
// with a reason (mentor_coaching_reasons) — while one-to-one and group stay for trainees.

const MENTOR_STATUSES = ['regular', 'key_staff', 'team_lead'];

export async function loadAssignment(db: Db, actor: Actor, id: string, need: 'read' | 'mentor') {
  const a = await repo.findAssignment(db, id);
  if (!a) throw notFound('Mentoring assignment');
  const isMentor = !!actor.employeeId && a.mentor_id === actor.employeeId;
  if (need === 'mentor') {
    if (isMentor || runsTraining(actor)) return a;
    throw forbidden('Only the mentor or a training manager logs this mentoring');
  }
  if (isMentor || a.trainee_id === actor.employeeId || readsAllTraining(actor)) return a;
  const trainee = await personPlace(db, a.trainee_id);
  if (trainee && visibleFilter(actor)(trainee)) return a;
  throw notFound('Mentoring assignment');
}

async function checkPeople(db: Db, traineeId: string, mentorId: string, mode: string) {
  if (traineeId === mentorId) throw ruleBroken('MENTOR_SELF', 'A trainee cannot mentor themself', 'mentorId');
  const [trainee, mentor] = await Promise.all([personPlace(db, traineeId), personPlace(db, mentorId)]);
  if (!trainee) throw ruleBroken('UNKNOWN_EMPLOYEE', 'No such trainee', 'traineeId');
  if (mode === 'coaching') {
    if (!(COACHABLE_STATUSES as readonly string[]).includes(trainee.status))
      throw ruleBroken(
        'NOT_COACHABLE',
        'Coaching is for regular agents and key staff; a trainee is mentored one-to-one or in a group',
        'traineeId',
      );
  } else if (!['trainee', 'probation'].includes(trainee.status))
    throw ruleBroken('NOT_A_TRAINEE', 'Mentoring is for trainees and people on probation', 'traineeId');
  if (!mentor) throw ruleBroken('UNKNOWN_EMPLOYEE', 'No such mentor', 'mentorId');
  if (!MENTOR_STATUSES.includes(mentor.status))
    throw ruleBroken('NOT_A_MENTOR', 'A mentor is a regular agent, key staff or a team lead', 'mentorId');
  if (!(await mentorGate().isPoolMentor(db, mentorId)))
    throw ruleBroken(
      'MENTOR_NOT_IN_POOL',
      `${mentor.name} is not in the mentor pool; select them there first`,
      'mentorId',
    );
}

/** The capacity rules, checked inside the writing transaction. */
async function checkCapacity(trx: Db, traineeId: string, mentorId: string, mode: string, ignoreId?: string) {
  if ((await repo.activeAssignments(trx, { traineeId }, mode, ignoreId)).length) {
    throw conflict('ALREADY_MENTORED', `The trainee already has an active ${mode} mentor`, 'traineeId');
  }
  const mentees = await repo.activeAssignments(trx, { mentorId }, mode, ignoreId);
  if (mode === 'one_to_one' && mentees.length >= 1)
    throw ruleBroken('MENTOR_BUSY', 'This mentor already has a one-to-one trainee', 'mentorId');
  const max = await getSetting(trx, 'training.groupMentorMaxTrainees');
  if (mode === 'one_to_five' && mentees.length >= max)
    throw ruleBroken('GROUP_FULL', `A group mentor takes at most ${max} trainees`, 'mentorId');
}

export async function assign(db: Db, actor: Actor, input: z.output<typeof AssignmentInput>) {
  if (input.mode === 'coaching' && !input.reason)
    throw ruleBroken('COACHING_REASON_REQUIRED', 'Say why this agent is given a coaching mentor', 'reason');
  await checkPeople(db, input.traineeId, input.mentorId, input.mode);
  if (input.planId && !(await repo.planExists(db, input.planId)))
    throw ruleBroken('UNKNOWN_PLAN', 'No such plan', 'planId');
  const at = nowIso();
  const row = {
    id: newId(),
    trainee_id: input.traineeId,
    mentor_id: input.mentorId,
    mode: input.mode,
    plan_id: input.planId ?? null,
    start_date: input.startDate,
    end_date: null,
    status: 'active',
    end_reason: null,
    replaces_id: null,
    created_by: actor.userId,
    created_at: at,
    updated_at: at,
  };
  await db.transaction().execute(async (trx) => {
    await takeLock(trx, 'mentoring');
    await checkCapacity(trx, row.trainee_id, row.mentor_id, row.mode);
    await repo.insertAssignment(trx, row);
    if (row.mode === 'coaching') await repo.insertCoachingReason(trx, row.id, input.reason!, actor.userId, at);
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'training_mentor_assignment',
      entityId: row.id,
      newValue: row,
      reason: input.mode === 'coaching' ? input.reason! : undefined,
    });
  });
  clearSessionCache();
  return row.id;
}

/** Ends the assignment (status replaced) and gives the trainee the new mentor from today. */
export async function replaceMentor(db: Db, actor: Actor, id: string, mentorId: string, reason: string) {
  const old = await loadAssignment(db, actor, id, 'read');
  if (old.status !== 'active') throw conflict('ASSIGNMENT_ENDED', 'This assignment has already ended');
  if (old.mentor_id === mentorId) throw ruleBroken('SAME_MENTOR', 'Choose a different mentor', 'mentorId');
  await checkPeople(db, old.trainee_id, mentorId, old.mode);
  const today = centerToday(await centerOffset(db));
  const at = nowIso();
  const row = {
    ...old,
    id: newId(),
    mentor_id: mentorId,
    start_date: today,
    replaces_id: old.id,
    created_by: actor.userId,
    created_at: at,
    updated_at: at,
  };
  await db.transaction().execute(async (trx) => {
    await takeLock(trx, 'mentoring');
    await checkCapacity(trx, old.trainee_id, mentorId, old.mode, old.id);
    await repo.updateAssignment(trx, old.id, {
      status: 'replaced',
      end_date: today,
      end_reason: reason,
      updated_at: at,
    });
    await repo.insertAssignment(trx, row);
    await repo.copyCoachingReason(trx, old.id, row.id, at);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'training_mentor_assignment',
      entityId: old.id,
      oldValue: { mentor_id: old.mentor_id, status: 'active' },
      newValue: { mentor_id: mentorId, status: 'replaced', replaced_by: row.id },
      reason,
    });
  });
  clearSessionCache();
  return row.id;
}

export async function endAssignment(
  db: Db,
  actor: Actor,
  id: string,
  reason: string,
  endDate: string | null | undefined,
) {
  const a = await loadAssignment(db, actor, id, 'read');
  if (a.status !== 'active') throw conflict('ASSIGNMENT_ENDED', 'This assignment has already ended');
  const end = endDate ?? centerToday(await centerOffset(db));
  assertDateOrder(a.start_date, end, 'endDate', 'It cannot end before it started');
  await db.transaction().execute(async (trx) => {
    await repo.updateAssignment(trx, id, { status: 'ended', end_date: end, end_reason: reason, updated_at: nowIso() });
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'training_mentor_assignment',
      entityId: id,
      oldValue: { status: 'active' },
      newValue: { status: 'ended', end_date: end },
      reason,
    });
  });
  clearSessionCache();
}

/** The trainee's name and place and the mentor's name, from the identity read-model (one query). */
async function withPeople(db: Db, rows: Awaited<ReturnType<ReturnType<typeof repo.withFacts>['execute']>>) {
  const who = await identities(
    db,
    rows.flatMap((r) => [r.trainee_id, r.mentor_id]),
  );
  return rows.flatMap((r) => {
    const [t, m] = [who.get(r.trainee_id), who.get(r.mentor_id)];
    if (!t || !m) return [];
    return [{ ...r, trainee_name: t.name, team_id: t.teamId, department_id: t.departmentId, mentor_name: m.name }];
  });
}
type FactRow = Awaited<ReturnType<typeof withPeople>>[number];

export const toAssignmentDto = (r: FactRow) => ({
  id: r.id,
  traineeId: r.trainee_id,
  traineeName: r.trainee_name,
  mentorId: r.mentor_id,
  mentorName: r.mentor_name,
  mode: r.mode as never,
  planId: r.plan_id,
  startDate: r.start_date,
  endDate: r.end_date,
  status: r.status as never,
  endReason: r.end_reason,
  replacesId: r.replaces_id,
  reason: r.coaching_reason ?? null,
  hoursTotal: Math.round(Number(r.hours_total ?? 0) * 100) / 100,
  openProblems: Number(r.open_problems ?? 0),
  rating: r.rating ?? null,
});

export async function listAssignments(db: Db, actor: Actor, q: z.output<typeof AssignmentListQuery>) {
  let query = repo.withFacts(db).orderBy('a.start_date', 'desc').orderBy('a.id');
  if (q.traineeId) query = query.where('a.trainee_id', '=', q.traineeId);
  if (q.mentorId) query = query.where('a.mentor_id', '=', q.mentorId);
  if (q.status) query = query.where('a.status', '=', q.status);
  const rows = await withPeople(db, await query.execute());
  if (readsAllTraining(actor)) return rows.map(toAssignmentDto);
  const sees = visibleFilter(actor);
  return rows
    .filter(
      (r) =>
        r.mentor_id === actor.employeeId ||
        sees({ id: r.trainee_id, team_id: r.team_id, department_id: r.department_id }),
    )
    .map(toAssignmentDto);
}

/** Every assignment of one person as trainee (for the training record). */
export async function assignmentsOf(db: Db, traineeId: string) {
  const rows = await repo
    .withFacts(db)
    .where('a.trainee_id', '=', traineeId)
    .orderBy('a.start_date')
    .orderBy('a.id')
    .execute();
  return (await withPeople(db, rows)).map(toAssignmentDto);
}

export async function rateMentor(db: Db, actor: Actor, id: string, score: number, comment: string | null) {
  const a = await repo.findAssignment(db, id);
  if (!a || a.trainee_id !== actor.employeeId) throw notFound('Mentoring assignment');
  const row = {
    id: newId(),
    assignment_id: id,
    trainee_id: a.trainee_id,
    mentor_id: a.mentor_id,
    score,
    comment,
    created_at: nowIso(),
  };
  await uniqueOr(conflict('RATING_EXISTS', 'You already rated this mentor for this assignment'), () =>
    repo.insertRating(db, row),
  );
}

/** Each mentor: active trainees per mode and the trainees' ratings. */
export async function mentorRollup(db: Db) {
  const [active, ratings] = await Promise.all([repo.activeByMentor(db), repo.ratingsByMentor(db)]);
  const names = await namesOf(
    db,
    [...active, ...ratings].map((r) => r.mentor_id),
  );
  const out = new Map<
    string,
    {
      mentorId: string;
      name: string;
      activeOneToOne: number;
      activeOneToFive: number;
      ratings: number;
      avgRating: number | null;
    }
  >();
  const entry = (id: string, name: string) =>
    out.get(id) ??
    out.set(id, { mentorId: id, name, activeOneToOne: 0, activeOneToFive: 0, ratings: 0, avgRating: null }).get(id)!;
  for (const a of active)
    entry(a.mentor_id, names.get(a.mentor_id)!)[a.mode === 'one_to_one' ? 'activeOneToOne' : 'activeOneToFive'] =
      Number(a.n);
  for (const r of ratings)
    Object.assign(entry(r.mentor_id, names.get(r.mentor_id)!), { ratings: Number(r.n), avgRating: avg1(r.avg) });
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}
