import type { z } from 'zod';
import type { CertificateInput, RecordScore, TrainingRecord } from '../../../../common/training-records.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { assertDateOrder } from '../../../lib/date-range.js';
import { ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso, centerToday, localDate } from '../../../lib/clock.js';
import { attendanceBreakdown } from '../attendance/attendance.service.js';
import { requireCourses } from '../courses/courses.service.js';
import { materialsOf } from '../courses/materials.service.js';
import { assignmentsOf } from '../mentoring/mentoring.service.js';
import { centerOffset } from '../../../lib/center-time.js';
import { requirePersonVisible } from '../shared/training.access.js';
import { identity } from '../../people/identity.service.js';
import * as repo from './record.repo.js';

// The training record (培训档案, SPEC §3): per person, every plan, session with attendance and
// leave, the attendance score, materials, scores, certificates and mentoring phases — the
// reference for promotion and appraisal. Seen by the person themself and by whoever may see them
// (peopleScope: team lead, manager, HR, training manager, the trainer of their sessions, their
// mentor). Exportable to .xlsx (record.export.ts); the web prints the same data.

type Score = z.output<typeof RecordScore>;
export type RecordScoreSource = (db: Db, employeeId: string) => Promise<Score[]>;
const scoreSources = new Set<RecordScoreSource>();

/**
 * SEAM for the modules that own assessments (exams, issue 4): register a function returning a
 * person's results and they appear under "scores" on the record and in its export.
 */
export function registerRecordScores(fn: RecordScoreSource) {
  scoreSources.add(fn);
}

type Certificate = z.output<typeof TrainingRecord>['certificates'][number];
const certificateSources = new Set<(db: Db, employeeId: string) => Promise<Certificate[]>>();
/** SEAM for certification (evaluation module, SPEC §6): its steps appear among the record's certificates. */
export function registerRecordCertificates(fn: (db: Db, employeeId: string) => Promise<Certificate[]>) {
  certificateSources.add(fn);
}

export const plansOf = (db: Db, employeeId: string) => repo.plansOf(db, employeeId);

/** Who is in a cohort whose new-hire training has ended (completed, or past its end day). */
export const endedNewHireCohortMembers = (db: Db, today: string) => repo.endedNewHireCohortMembers(db, today);

export async function trainingRecord(db: Db, actor: Actor, who: string) {
  const employeeId = who === 'me' ? actor.employeeId : who;
  if (!employeeId) throw ruleBroken('NO_EMPLOYEE', 'Your account is not linked to a person');
  await requirePersonVisible(db, actor, employeeId);
  // requirePersonVisible answered 404 for nobody
  const p = (await identity(db, employeeId))!;
  const emp = {
    id: p.id,
    employee_no: p.employeeNo,
    name: p.name,
    status: p.status,
    hire_date: p.hireDate,
    team_name: p.teamName,
    department_name: p.departmentName,
  };
  const offset = await centerOffset(db);
  const [plans, sessions, materials, certificates, mentoring, problems] = await Promise.all([
    plansOf(db, employeeId),
    repo.sessionsOf(db, employeeId),
    materialsOf(db, employeeId),
    repo.certificatesOf(db, employeeId),
    assignmentsOf(db, employeeId),
    repo.problemCounts(db, employeeId),
  ]);
  const firstDay = sessions.length ? localDate(sessions[0].starts_at, offset) : emp.hire_date;
  const from = firstDay < emp.hire_date ? firstDay : emp.hire_date;
  const { employeeId: _e, ...attendance } = await attendanceBreakdown(db, employeeId, from, centerToday(offset));
  const scores: Score[] = [];
  for (const source of scoreSources) scores.push(...(await source(db, employeeId)));
  const moreCertificates: Certificate[] = [];
  for (const source of certificateSources) moreCertificates.push(...(await source(db, employeeId)));
  const problemCount = (id: string, status: string) =>
    Number(problems.find((p) => p.assignment_id === id && p.status === status)?.n ?? 0);
  return {
    employee: {
      id: emp.id,
      employeeNo: emp.employee_no,
      name: emp.name,
      teamName: emp.team_name,
      departmentName: emp.department_name,
      status: emp.status,
      hireDate: emp.hire_date,
    },
    plans: plans.map((p) => ({
      id: p.id,
      title: p.title,
      audience: p.audience as never,
      startDate: p.start_date,
      endDate: p.end_date,
      status: p.status as never,
      cohortName: p.cohort_name ?? null,
    })),
    sessions: sessions.map((s) => ({
      sessionId: s.id,
      courseTitle: s.title ?? s.course_title,
      contentArea: s.content_area as never,
      method: s.method as never,
      trainerName: s.trainer_name,
      startsAt: s.starts_at,
      endsAt: s.ends_at,
      room: s.room,
      sessionStatus: s.status as never,
      attendance: (s.attendance ?? null) as never,
      minutes: s.minutes ?? null,
      leave: s.leave_id ? { id: s.leave_id, status: s.leave_status as never, late: s.leave_late === 1 } : null,
      feedbackGiven: !!s.feedback_id,
    })),
    attendance,
    materials: {
      required: materials.filter((m) => m.required).length,
      completed: materials.filter((m) => m.required && m.completedAt).length,
    },
    scores,
    certificates: [
      ...certificates.map((c): Certificate => ({
        id: c.id,
        name: c.name,
        issuer: c.issuer,
        issuedOn: c.issued_on,
        expiresOn: c.expires_on,
        courseTitle: c.course_title ?? null,
        note: c.note,
      })),
      ...moreCertificates,
    ].sort((a, b) => a.issuedOn.localeCompare(b.issuedOn)),
    mentoring: mentoring.map((m) => ({
      id: m.id,
      mode: m.mode,
      mentorName: m.mentorName,
      startDate: m.startDate,
      endDate: m.endDate,
      status: m.status,
      endReason: m.endReason,
      hours: m.hoursTotal,
      problemsOpen: problemCount(m.id, 'open'),
      problemsClosed: problemCount(m.id, 'closed'),
      rating: m.rating,
    })),
    generatedAt: nowIso(),
  };
}
export type TrainingRecordData = Awaited<ReturnType<typeof trainingRecord>>;

export async function addCertificate(
  db: Db,
  actor: Actor,
  employeeId: string,
  input: z.output<typeof CertificateInput>,
) {
  await requirePersonVisible(db, actor, employeeId);
  if (input.expiresOn)
    assertDateOrder(input.issuedOn, input.expiresOn, 'expiresOn', 'It cannot expire before it was issued');
  if (input.courseId) await requireCourses(db, [input.courseId], 'courseId');
  const row = {
    id: newId(),
    employee_id: employeeId,
    name: input.name,
    issuer: input.issuer,
    issued_on: input.issuedOn,
    expires_on: input.expiresOn ?? null,
    course_id: input.courseId ?? null,
    note: input.note,
    created_by: actor.userId,
    created_at: nowIso(),
  };
  await db.transaction().execute(async (trx) => {
    await repo.insertCertificate(trx, row);
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'training_certificate',
      entityId: row.id,
      newValue: row,
    });
  });
  return row.id;
}
