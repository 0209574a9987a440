import type { Db } from '../../../db/connect.js';
import { ATTENDED } from '../../../../common/training.js';
import { centerOffset } from '../../../lib/center-time.js';
import { centerToday, localDate, nowIso } from '../../../lib/clock.js';

// What the mentor pool (modules/mentorship/pool) reads of training, so it never reaches into
// training's tables: who completed a course (mentor training), trainees' ratings of their mentors,
// and who each mentor has mentored.
//
// A course counts as completed by a person when their training record shows either a certificate
// naming the course (issued by today and not expired) or attendance (present, late or left early)
// at a held session of it that has ended. The earliest such day is the evidence.

export interface Completion {
  date: string;
  how: 'certificate' | 'attended';
}

const chunks = <T>(xs: T[], n = 1000) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

export async function courseCompletions(
  db: Db,
  courseId: string,
  employeeIds: string[],
): Promise<Map<string, Completion>> {
  const offset = await centerOffset(db);
  const [today, now] = [centerToday(offset), nowIso()];
  const out = new Map<string, Completion>();
  const keep = (id: string, c: Completion) => {
    const had = out.get(id);
    if (!had || c.date < had.date) out.set(id, c);
  };
  for (const ids of chunks([...new Set(employeeIds)])) {
    const certificates = await db
      .selectFrom('training_certificates')
      .select(['employee_id', 'issued_on'])
      .where('course_id', '=', courseId)
      .where('employee_id', 'in', ids)
      .where('issued_on', '<=', today)
      .where((eb) => eb.or([eb('expires_on', 'is', null), eb('expires_on', '>=', today)]))
      .execute();
    for (const c of certificates) keep(c.employee_id, { date: c.issued_on, how: 'certificate' });
    const attended = await db
      .selectFrom('training_attendance as a')
      .innerJoin('training_sessions as s', 's.id', 'a.session_id')
      .select(['a.employee_id', 's.ends_at'])
      .where('s.course_id', '=', courseId)
      .where('s.status', '=', 'scheduled')
      .where('s.ends_at', '<=', now)
      .where('a.status', 'in', [...ATTENDED])
      .where('a.employee_id', 'in', ids)
      .execute();
    for (const a of attended) keep(a.employee_id, { date: localDate(a.ends_at, offset), how: 'attended' });
  }
  return out;
}

/** Trainees' ratings per mentor: how many and their mean. */
export async function ratingsOfMentors(db: Db, mentorIds: string[]) {
  const out = new Map<string, { count: number; average: number | null }>();
  for (const ids of chunks([...new Set(mentorIds)])) {
    const rows = await db
      .selectFrom('training_mentor_ratings')
      .select((eb) => ['mentor_id', eb.fn.countAll<number>().as('n'), eb.fn.avg<number>('score').as('avg')])
      .where('mentor_id', 'in', ids)
      .groupBy('mentor_id')
      .execute();
    for (const r of rows)
      out.set(r.mentor_id, {
        count: Number(r.n),
        average: r.avg === null ? null : Math.round(Number(r.avg) * 100) / 100,
      });
  }
  return out;
}

/** Every assignment these mentors held (any status), oldest first: who, in which mode, from when. */
export async function assignmentsOfMentors(db: Db, mentorIds: string[]) {
  const out: { mentorId: string; traineeId: string; mode: string; startDate: string; status: string }[] = [];
  for (const ids of chunks([...new Set(mentorIds)])) {
    const rows = await db
      .selectFrom('training_mentor_assignments')
      .select(['mentor_id', 'trainee_id', 'mode', 'start_date', 'status'])
      .where('mentor_id', 'in', ids)
      .orderBy('start_date')
      .orderBy('id')
      .execute();
    for (const r of rows)
      out.push({
        mentorId: r.mentor_id,
        traineeId: r.trainee_id,
        mode: r.mode,
        startDate: r.start_date,
        status: r.status,
      });
  }
  return out;
}
