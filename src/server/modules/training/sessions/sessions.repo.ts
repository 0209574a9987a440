import type { ExpressionBuilder, Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { Database } from '../../../db/schema.js';
import type { TrainingEnrollmentTable, TrainingSessionTable } from '../../../db/schema-training.js';
import type { PeopleScope } from '../../../lib/access.js';
import { personIn, personNo } from '../../people/identity.query.js';
import { withIdentity } from '../../people/identity.service.js';

// Queries of sessions: the calendar row with its course, trainer and head count, and the
// "who may see this session" condition used by lists and single reads alike.

export const sessionBase = (db: Db) =>
  db
    .selectFrom('training_sessions as s')
    .innerJoin('training_courses as c', 'c.id', 's.course_id')
    .innerJoin('training_trainers as t', 't.id', 's.trainer_id')
    .selectAll('s')
    .select([
      'c.code as course_code',
      'c.title as course_title',
      'c.content_area',
      'c.method',
      't.name as trainer_name',
      't.employee_id as trainer_employee_id',
    ])
    .select((eb) =>
      eb
        .selectFrom('training_enrollments as n')
        .select(eb.fn.countAll<number>().as('k'))
        .whereRef('n.session_id', '=', 's.id')
        .as('enrolled_count'),
    );

export type SessionRow = Awaited<ReturnType<ReturnType<typeof sessionBase>['executeTakeFirstOrThrow']>>;

export function toSessionDto(r: SessionRow, me: { employeeId: string | null; enrolled: Set<string> }) {
  return {
    id: r.id,
    courseId: r.course_id,
    courseCode: r.course_code,
    courseTitle: r.course_title,
    contentArea: r.content_area as never,
    method: r.method as never,
    trainerId: r.trainer_id,
    trainerName: r.trainer_name,
    planId: r.plan_id,
    phaseId: r.phase_id,
    title: r.title,
    room: r.room,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    status: r.status as 'scheduled' | 'cancelled',
    notes: r.notes,
    enrolledCount: Number(r.enrolled_count ?? 0),
    version: r.version,
    mine: { enrolled: me.enrolled.has(r.id), teaching: !!me.employeeId && r.trainer_employee_id === me.employeeId },
  };
}

type EB = ExpressionBuilder<Database & { s: Database['training_sessions'] }, 's'>;

/**
 * A session is visible to someone who reads all training, to its trainer, and to anyone who may
 * see at least one person enrolled in it (peopleScope: themself, their team, department, or the
 * people their relations grant).
 */
export function sessionVisible(eb: EB, scope: PeopleScope, trainerIds: string[]) {
  if (scope.kind === 'all') return eb.lit(true);
  const ors = [];
  if (trainerIds.length) ors.push(eb('s.trainer_id', 'in', trainerIds));
  const people = eb
    .selectFrom('training_enrollments as v')
    .select('v.session_id')
    .whereRef('v.session_id', '=', 's.id')
    .where(personIn('v.employee_id', scope));
  ors.push(eb.exists(people));
  return eb.or(ors);
}

/** Of these sessions, the ones the person is enrolled in. */
export async function enrolledIn(db: Db, employeeId: string | null, sessionIds: string[]) {
  if (!employeeId || !sessionIds.length) return new Set<string>();
  const rows = await db
    .selectFrom('training_enrollments')
    .select('session_id')
    .where('employee_id', '=', employeeId)
    .where('session_id', 'in', sessionIds)
    .execute();
  return new Set(rows.map((r) => r.session_id));
}

/** Enrolled people of a session, with attendance, leave and whether they gave feedback. */
export async function sessionPeople(db: Db, sessionId: string) {
  const rows = await db
    .selectFrom('training_enrollments as en')
    .leftJoin('training_attendance as a', (j) =>
      j.onRef('a.session_id', '=', 'en.session_id').onRef('a.employee_id', '=', 'en.employee_id'),
    )
    .leftJoin('training_leave as l', (j) =>
      j.onRef('l.session_id', '=', 'en.session_id').onRef('l.employee_id', '=', 'en.employee_id'),
    )
    .leftJoin('training_feedback as f', (j) =>
      j.onRef('f.session_id', '=', 'en.session_id').onRef('f.employee_id', '=', 'en.employee_id'),
    )
    .select([
      'en.employee_id',
      'a.status as a_status',
      'a.minutes as a_minutes',
      'a.note as a_note',
      'a.recorded_at as a_at',
      'l.id as l_id',
      'l.status as l_status',
      'l.late as l_late',
      'f.id as f_id',
    ])
    .where('en.session_id', '=', sessionId)
    .orderBy(personNo('en.employee_id'))
    .execute();
  return withIdentity(
    db,
    rows,
    (r) => r.employee_id,
    (p) => ({
      id: p.id,
      employee_no: p.employeeNo,
      name: p.name,
      team_id: p.teamId,
      department_id: p.departmentId,
      team_name: p.teamName,
    }),
  );
}

/** Scheduled sessions overlapping [startsAt, endsAt), other than `exceptId`, with course and trainer. */
export async function overlappingSessions(db: Db, b: { startsAt: string; endsAt: string; exceptId?: string | null }) {
  let q = db
    .selectFrom('training_sessions as s')
    .innerJoin('training_courses as c', 'c.id', 's.course_id')
    .innerJoin('training_trainers as t', 't.id', 's.trainer_id')
    .select([
      's.id',
      's.title',
      'c.title as course_title',
      's.starts_at',
      's.ends_at',
      's.room',
      's.trainer_id',
      't.name as trainer_name',
      't.employee_id as trainer_employee_id',
    ])
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '<', b.endsAt)
    .where('s.ends_at', '>', b.startsAt)
    .orderBy('s.starts_at');
  if (b.exceptId) q = q.where('s.id', '!=', b.exceptId);
  return q.execute();
}

export const trainerRow = (db: Db, id: string) =>
  db.selectFrom('training_trainers').select(['name', 'employee_id']).where('id', '=', id).executeTakeFirst();

/** Of these sessions, those the person is booked on. */
export const sessionsBookedBy = (db: Db, sessionIds: string[], employeeId: string) =>
  db
    .selectFrom('training_enrollments')
    .select('session_id')
    .where('session_id', 'in', sessionIds)
    .where('employee_id', '=', employeeId)
    .execute();

/** Who of these people is booked on which of these sessions, by employee number. */
export const bookingsAmong = (db: Db, sessionIds: string[], employeeIds: string[]) =>
  db
    .selectFrom('training_enrollments as en')
    .select(['en.session_id', 'en.employee_id'])
    .where('en.session_id', 'in', sessionIds)
    .where('en.employee_id', 'in', employeeIds)
    .orderBy(personNo('en.employee_id'))
    .execute();

export interface SessionFilter {
  start: string;
  end: string;
  scope: PeopleScope;
  trainerIds: string[];
  includeCancelled?: boolean;
  trainerId?: string;
  courseId?: string;
  planId?: string;
  room?: string;
  employeeId?: string;
}

/** Calendar rows starting in [start, end) that the scope may see, narrowed by the optional filters. */
export function sessionRowsBetween(db: Db, f: SessionFilter) {
  let query = sessionBase(db)
    .where('s.starts_at', '>=', f.start)
    .where('s.starts_at', '<', f.end)
    .where((eb) => sessionVisible(eb, f.scope, f.trainerIds))
    .orderBy('s.starts_at')
    .orderBy('s.id');
  if (!f.includeCancelled) query = query.where('s.status', '=', 'scheduled');
  if (f.trainerId) query = query.where('s.trainer_id', '=', f.trainerId);
  if (f.courseId) query = query.where('s.course_id', '=', f.courseId);
  if (f.planId) query = query.where('s.plan_id', '=', f.planId);
  if (f.room) query = query.where('s.room', '=', f.room);
  if (f.employeeId) {
    const who = f.employeeId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('training_enrollments as x')
          .select('x.session_id')
          .whereRef('x.session_id', '=', 's.id')
          .where('x.employee_id', '=', who),
      ),
    );
  }
  return query.execute();
}

export const trainerActiveFlag = (db: Db, id: string) =>
  db.selectFrom('training_trainers').select(['id', 'active']).where('id', '=', id).executeTakeFirst();

export const planIdRow = (db: Db, planId: string) =>
  db.selectFrom('training_plans').select('id').where('id', '=', planId).executeTakeFirst();

export const phaseIdInPlan = (db: Db, phaseId: string, planId: string) =>
  db
    .selectFrom('training_plan_phases')
    .select('id')
    .where('id', '=', phaseId)
    .where('plan_id', '=', planId)
    .executeTakeFirst();

/** Employee ids booked on a session. */
export async function enrolledEmployeeIds(db: Db, sessionId: string) {
  const rows = await db
    .selectFrom('training_enrollments')
    .select('employee_id')
    .where('session_id', '=', sessionId)
    .execute();
  return rows.map((r) => r.employee_id);
}

export const insertSession = (db: Db, row: Insertable<TrainingSessionTable>) =>
  db.insertInto('training_sessions').values(row).execute();

export const insertEnrollments = (db: Db, rows: Insertable<TrainingEnrollmentTable>[]) =>
  db.insertInto('training_enrollments').values(rows).execute();

export const setSessionCancelled = (db: Db, id: string, version: number, at: string) =>
  db
    .updateTable('training_sessions')
    .set({ status: 'cancelled', version, updated_at: at })
    .where('id', '=', id)
    .execute();

export const enrolmentRow = (db: Db, sessionId: string, employeeId: string) =>
  db
    .selectFrom('training_enrollments')
    .select('employee_id')
    .where('session_id', '=', sessionId)
    .where('employee_id', '=', employeeId)
    .executeTakeFirst();

export const attendanceStatusRow = (db: Db, sessionId: string, employeeId: string) =>
  db
    .selectFrom('training_attendance')
    .select('status')
    .where('session_id', '=', sessionId)
    .where('employee_id', '=', employeeId)
    .executeTakeFirst();

/** Removes a person's leave request and booking for a session. */
export async function deleteEnrolmentAndLeave(db: Db, sessionId: string, employeeId: string) {
  await db
    .deleteFrom('training_leave')
    .where('session_id', '=', sessionId)
    .where('employee_id', '=', employeeId)
    .execute();
  await db
    .deleteFrom('training_enrollments')
    .where('session_id', '=', sessionId)
    .where('employee_id', '=', employeeId)
    .execute();
}
