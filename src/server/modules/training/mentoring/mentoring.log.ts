import type { z } from 'zod';
import type { HoursInput, ProblemInput } from '../../../../common/training-records.js';
import type { Db } from '../../../db/connect.js';
import type { TrainingMentorAssignmentTable, TrainingMentorProblemTable } from '../../../db/schema-training.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { assertDateOrder } from '../../../lib/date-range.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso, centerToday, daysBetween } from '../../../lib/clock.js';
import { getSetting } from '../../../lib/settings.js';
import { loadAssignment } from './mentoring.service.js';
import { takeLock } from '../shared/store.js';
import { centerOffset } from '../../../lib/center-time.js';
import { personPlace } from '../shared/training.access.js';
import { namesOf, teamLeads } from '../../people/identity.service.js';
import * as repo from './mentoring.repo.js';

// The mentor's daily log (SPEC §7): live hours per trainee per day, and the problems met.
//
// Hours cap: in one-to-one, a trainee's live hours on one day — summed over all their one-to-one
// mentors — may not exceed training.oneToOneDailyHours (4). A log that would pass the cap is
// REFUSED with 422 MENTORING_DAILY_CAP (the hours are not stored), and a warning is written for
// the mentor and for the trainee's team lead(s) — or, when their team has none, their direct
// supervisor — so the people who plan the day see it (GET /api/training/warnings). One-to-five
// hours are logged without a cap.
//
// Problems: each problem met is logged on its day and closed with a resolution, ideally the same
// day; one still open after its day, or closed later, is "carried over" and shown on each later
// day's log until it is closed.

type Assignment = TrainingMentorAssignmentTable;

async function checkDay(db: Db, a: Assignment, date: string, field: string) {
  if (date > centerToday(await centerOffset(db)))
    throw ruleBroken('DATE_IN_FUTURE', 'Log a day that has happened', field);
  if (date < a.start_date || (a.end_date && date > a.end_date))
    throw ruleBroken('OUTSIDE_ASSIGNMENT', `The day must fall within the assignment (from ${a.start_date})`, field);
}

async function warnRecipients(db: Db, a: Assignment) {
  const trainee = await personPlace(db, a.trainee_id);
  const leads = trainee ? (await teamLeads(db, [trainee.team_id])).map((l) => ({ id: l.employeeId })) : [];
  const ids = new Set([a.mentor_id, ...leads.map((l) => l.id)]);
  if (!leads.length && trainee?.supervisor_id) ids.add(trainee.supervisor_id);
  ids.delete(a.trainee_id);
  return { trainee, ids: [...ids] };
}

export async function logHours(db: Db, actor: Actor, assignmentId: string, input: z.output<typeof HoursInput>) {
  const a = await loadAssignment(db, actor, assignmentId, 'mentor');
  if (a.status !== 'active') throw conflict('ASSIGNMENT_ENDED', 'This assignment has ended');
  await checkDay(db, a, input.date, 'date');
  const hours = Math.round(input.hours * 100) / 100;
  const cap = a.mode === 'one_to_one' ? await getSetting(db, 'training.oneToOneDailyHours') : null;
  const at = nowIso();
  const result = await db.transaction().execute(async (trx) => {
    await takeLock(trx, 'mentoring');
    const before = cap === null ? 0 : await repo.oneToOneHours(trx, a.trainee_id, input.date);
    if (cap !== null && before + hours > cap + 1e-9) return { over: true as const, before };
    const row = {
      id: newId(),
      assignment_id: a.id,
      trainee_id: a.trainee_id,
      work_date: input.date,
      hours,
      note: input.note,
      logged_by: actor.userId,
      created_at: at,
    };
    await repo.insertHours(trx, row);
    return {
      over: false as const,
      id: row.id,
      dayTotal: cap === null ? await repo.assignmentDayHours(trx, a.id, input.date) : before + hours,
    };
  });
  if (!result.over) return { id: result.id, dayTotal: Math.round(result.dayTotal * 100) / 100, cap };

  const { trainee, ids } = await warnRecipients(db, a);
  const data = {
    assignmentId: a.id,
    traineeId: a.trainee_id,
    traineeName: trainee?.name ?? null,
    mentorId: a.mentor_id,
    date: input.date,
    loggedHours: result.before,
    requestedHours: hours,
    cap,
  };
  const message = `${trainee?.name ?? 'A trainee'}: ${result.before + hours} h of one-to-one live calls on ${input.date} would pass the daily cap of ${cap} h (already ${result.before} h); the log was refused`;
  await db.transaction().execute(async (trx) => {
    await repo.insertWarnings(
      trx,
      ids.map((recipient) => ({
        id: newId(),
        kind: 'mentoring_hours_cap',
        recipient_employee_id: recipient,
        subject_employee_id: a.trainee_id,
        message,
        data: JSON.stringify(data),
        created_at: at,
        read_at: null,
      })),
    );
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'training_warning',
      entityId: a.id,
      newValue: { ...data, recipients: ids },
      reason: 'one-to-one daily hours cap',
    });
  });
  throw ruleBroken(
    'MENTORING_DAILY_CAP',
    `${message}. At most ${Math.max(0, Math.round((cap! - result.before) * 100) / 100)} h more may be logged that day.`,
    'hours',
  );
}

export async function addProblem(db: Db, actor: Actor, assignmentId: string, input: z.output<typeof ProblemInput>) {
  const a = await loadAssignment(db, actor, assignmentId, 'mentor');
  await checkDay(db, a, input.date, 'date');
  const at = nowIso();
  const row = {
    id: newId(),
    assignment_id: a.id,
    trainee_id: a.trainee_id,
    work_date: input.date,
    description: input.description,
    status: 'open',
    closed_on: null,
    resolution: null,
    created_by: actor.userId,
    created_at: at,
    updated_at: at,
  };
  await repo.insertProblem(db, row);
  return row.id;
}

export async function closeProblem(
  db: Db,
  actor: Actor,
  problemId: string,
  resolution: string,
  closedOn: string | null | undefined,
) {
  const p = await repo.findProblem(db, problemId);
  if (!p) throw notFound('Problem');
  await loadAssignment(db, actor, p.assignment_id, 'mentor');
  if (p.status === 'closed') throw conflict('PROBLEM_CLOSED', 'This problem is already closed');
  const today = centerToday(await centerOffset(db));
  const on = closedOn ?? today;
  assertDateOrder(p.work_date, on, 'closedOn', 'A problem is closed on or after the day it was met');
  if (on > today) throw ruleBroken('DATE_IN_FUTURE', 'Close it on a day that has happened', 'closedOn');
  await repo.updateProblem(db, problemId, { status: 'closed', closed_on: on, resolution, updated_at: nowIso() });
}

const problemDto = (p: TrainingMentorProblemTable, today: string) => ({
  id: p.id,
  assignmentId: p.assignment_id,
  workDate: p.work_date,
  description: p.description,
  status: p.status as 'open' | 'closed',
  closedOn: p.closed_on,
  resolution: p.resolution,
  carriedOver: p.closed_on ? p.closed_on > p.work_date : today > p.work_date,
  daysOpen: daysBetween(p.work_date, p.closed_on ?? today),
});

/** One day of an assignment: hours logged, problems met, and older problems still open that day. */
export async function dailyLog(db: Db, actor: Actor, assignmentId: string, date: string | undefined) {
  const a = await loadAssignment(db, actor, assignmentId, 'read');
  const today = centerToday(await centerOffset(db));
  const day = date ?? today;
  const [hours, met, carried] = await Promise.all([
    repo.hoursOfDay(db, a.id, day),
    repo.problemsMet(db, a.id, day),
    repo.problemsCarried(db, a.trainee_id, day),
  ]);
  const cap = a.mode === 'one_to_one' ? await getSetting(db, 'training.oneToOneDailyHours') : null;
  const dayTotal =
    cap === null ? await repo.assignmentDayHours(db, a.id, day) : await repo.oneToOneHours(db, a.trainee_id, day);
  return {
    assignmentId: a.id,
    date: day,
    mode: a.mode as never,
    hours: hours.map((h) => ({ id: h.id, hours: Number(h.hours), note: h.note, createdAt: h.created_at })),
    dayTotal: Math.round(dayTotal * 100) / 100,
    cap,
    problems: met.map((p) => problemDto(p, today)),
    carriedOver: carried.map((p) => problemDto(p, today)),
  };
}

export async function myWarnings(db: Db, actor: Actor, unreadOnly: boolean) {
  if (!actor.employeeId) return [];
  const rows = await repo.warningsOf(db, actor.employeeId, unreadOnly);
  const names = await namesOf(
    db,
    rows.map((w) => w.subject_employee_id),
  );
  return rows.map((w) => ({
    id: w.id,
    kind: w.kind,
    subjectEmployeeId: w.subject_employee_id,
    subjectName: w.subject_employee_id ? (names.get(w.subject_employee_id) ?? null) : null,
    message: w.message,
    data: JSON.parse(w.data) as Record<string, unknown>,
    createdAt: w.created_at,
    readAt: w.read_at,
  }));
}

export async function markWarningRead(db: Db, actor: Actor, id: string) {
  if (!(await repo.markRead(db, id, actor.employeeId ?? '', nowIso()))) {
    const w = await repo.warningRecipient(db, id);
    if (!w || w.recipient_employee_id !== actor.employeeId) throw notFound('Warning');
  }
}
