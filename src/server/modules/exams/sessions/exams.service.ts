import type { z } from 'zod';
import type { ExamInput, ExamineesInput } from '../../../../common/exams-papers.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { diff, recordAudit } from '../../../lib/audit.js';
import { conflict, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso, nowMs } from '../../../lib/clock.js';
import { getSetting } from '../../../lib/settings.js';
import { canSee, loadExam, requireManage, type ExamRow } from '../shared/exams.access.js';
import { assertDrawable, findPaper } from '../papers/papers.service.js';
import { personNo } from '../../people/identity.query.js';
import { identities } from '../../people/identity.service.js';

// Exams (SPEC §4): a window, a time limit, a retake limit, examinees and graders. Results are
// released when the exam is closed and every attempt is graded, or by the author once closed.

type Input = z.output<typeof ExamInput>;
const EXIT = ['eliminated', 'resigned', 'dismissed'];

export async function defaultWeights(db: Db) {
  return {
    communication: await getSetting(db, 'exams.practicalWeightCommunication'),
    problemSolving: await getSetting(db, 'exams.practicalWeightProblemSolving'),
    serviceAttitude: await getSetting(db, 'exams.practicalWeightServiceAttitude'),
    emergencyHandling: await getSetting(db, 'exams.practicalWeightEmergencyHandling'),
  };
}

export async function toDto(db: Db, e: ExamRow) {
  const [count, graders] = await Promise.all([
    db
      .selectFrom('exam_examinees')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('exam_id', '=', e.id)
      .executeTakeFirstOrThrow(),
    db.selectFrom('exam_graders').select('user_id').where('exam_id', '=', e.id).execute(),
  ]);
  return {
    id: e.id,
    title: e.title,
    kind: e.kind as 'theory' | 'practical',
    paperId: e.paper_id,
    opensAt: e.opens_at,
    closesAt: e.closes_at,
    timeLimitMinutes: e.time_limit_minutes,
    maxAttempts: e.max_attempts,
    passMark: e.pass_mark,
    shuffleQuestions: e.shuffle_questions === 1,
    shuffleOptions: e.shuffle_options === 1,
    weights: e.weights ? JSON.parse(e.weights) : null,
    course: e.course,
    status: effectiveStatus(e),
    resultsReleasedAt: e.results_released_at,
    createdBy: e.created_by,
    examineeCount: Number(count.n),
    graderIds: graders.map((g) => g.user_id),
    version: e.version,
    createdAt: e.created_at,
    updatedAt: e.updated_at,
  };
}

/** An open exam whose window has passed is closed, whether or not anyone said so. */
export function effectiveStatus(e: Pick<ExamRow, 'status' | 'closes_at'>): 'draft' | 'open' | 'closed' {
  if (e.status === 'open' && Date.parse(e.closes_at) <= nowMs()) return 'closed';
  return e.status as 'draft' | 'open' | 'closed';
}

export async function listExams(db: Db, actor: Actor) {
  const rows = await db.selectFrom('exams').selectAll().orderBy('opens_at', 'desc').execute();
  const visible: ExamRow[] = [];
  for (const e of rows) if (await canSee(db, actor, e)) visible.push(e);
  return Promise.all(visible.map((e) => toDto(db, e)));
}

export async function createExam(db: Db, actor: Actor, input: Input) {
  if (input.paperId) await findPaper(db, input.paperId);
  const id = newId();
  const at = nowIso();
  const weights = input.kind === 'practical' ? (input.weights ?? (await defaultWeights(db))) : null;
  const row = {
    id,
    title: input.title,
    kind: input.kind,
    paper_id: input.kind === 'theory' ? input.paperId! : null,
    opens_at: new Date(input.opensAt).toISOString(),
    closes_at: new Date(input.closesAt).toISOString(),
    time_limit_minutes: input.kind === 'theory' ? (input.timeLimitMinutes ?? null) : null,
    max_attempts: input.maxAttempts,
    pass_mark: input.passMark ?? (await getSetting(db, 'exams.passMark')),
    shuffle_questions: input.shuffleQuestions ? 1 : 0,
    shuffle_options: input.shuffleOptions ? 1 : 0,
    weights: weights ? JSON.stringify(weights) : null,
    course: input.course ?? null,
    status: 'draft',
    results_released_at: null,
    created_by: actor.userId,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('exams').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'exam',
      entityId: id,
      newValue: { title: row.title, kind: row.kind, passMark: row.pass_mark },
    });
  });
  return id;
}

export async function updateExam(db: Db, actor: Actor, id: string, input: Input & { version: number }) {
  const exam = await loadExam(db, id);
  requireManage(actor, exam);
  const next = {
    title: input.title,
    opens_at: new Date(input.opensAt).toISOString(),
    closes_at: new Date(input.closesAt).toISOString(),
    time_limit_minutes: exam.kind === 'theory' ? (input.timeLimitMinutes ?? null) : null,
    max_attempts: input.maxAttempts,
    pass_mark: input.passMark ?? exam.pass_mark,
    shuffle_questions: input.shuffleQuestions ? 1 : 0,
    shuffle_options: input.shuffleOptions ? 1 : 0,
    paper_id: exam.kind === 'theory' ? (input.paperId ?? exam.paper_id) : null,
    weights: exam.kind === 'practical' ? JSON.stringify(input.weights ?? JSON.parse(exam.weights!)) : null,
    course: input.course ?? null,
  };
  const { oldValue, newValue, changed } = diff(exam as unknown as Record<string, unknown>, next);
  if (!changed) return;
  const started =
    (await db.selectFrom('exam_attempts').select('id').where('exam_id', '=', id).executeTakeFirst()) ??
    (await db.selectFrom('exam_practical_scores').select('id').where('exam_id', '=', id).executeTakeFirst());
  const frozen = [
    'paper_id',
    'time_limit_minutes',
    'pass_mark',
    'shuffle_questions',
    'shuffle_options',
    'weights',
    'opens_at',
  ];
  if (started && Object.keys(newValue).some((k) => frozen.includes(k))) {
    throw conflict(
      'EXAM_STARTED',
      'People have taken this exam: only its title, closing time, retake limit and course may change',
    );
  }
  if (next.paper_id && exam.status !== 'draft') await assertDrawable(db, next.paper_id);
  await db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('exams')
      .set({ ...next, version: exam.version + 1, updated_at: nowIso() })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw conflict('STALE_VERSION', 'Someone changed this exam since you opened it; reload it', 'version');
    await recordAudit(trx, actor, { action: 'update', entity: 'exam', entityId: id, oldValue, newValue });
  });
}

async function setStatus(
  db: Db,
  actor: Actor,
  exam: ExamRow,
  patch: { status: string; closes_at?: string; results_released_at?: string },
  reason?: string,
) {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('exams')
      .set({ ...patch, version: exam.version + 1, updated_at: nowIso() })
      .where('id', '=', exam.id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'exam',
      entityId: exam.id,
      oldValue: { status: exam.status },
      newValue: patch,
      reason,
    });
  });
}

/** Publishes the exam: a random paper must have enough questions for every rule (422 otherwise). */
export async function openExam(db: Db, actor: Actor, id: string) {
  const exam = await loadExam(db, id);
  requireManage(actor, exam);
  if (exam.status !== 'draft') throw conflict('EXAM_NOT_DRAFT', `The exam is already ${effectiveStatus(exam)}`);
  if (Date.parse(exam.closes_at) <= nowMs())
    throw ruleBroken('EXAM_WINDOW_PASSED', 'The exam window has already closed; move it first', 'closesAt');
  if (exam.kind === 'theory') await assertDrawable(db, exam.paper_id!);
  await setStatus(db, actor, exam, { status: 'open' });
}

/** Closes the window now; attempts still running are submitted by the sweep with what was saved. */
export async function closeExam(db: Db, actor: Actor, id: string) {
  const exam = await loadExam(db, id);
  requireManage(actor, exam);
  if (exam.status === 'closed') return;
  const now = nowIso();
  const closesAt = exam.closes_at < now ? exam.closes_at : now;
  await setStatus(db, actor, exam, { status: 'closed', closes_at: closesAt });
  await db
    .updateTable('exam_attempts')
    .set({ deadline_at: closesAt })
    .where('exam_id', '=', id)
    .where('status', '=', 'in_progress')
    .where('deadline_at', '>', closesAt)
    .execute();
  await maybeRelease(db, id);
}

export async function releaseResults(db: Db, actor: Actor, id: string) {
  const exam = await loadExam(db, id);
  requireManage(actor, exam);
  if (effectiveStatus(exam) !== 'closed')
    throw ruleBroken(
      'EXAM_NOT_CLOSED',
      'Results are released after the exam closes, so no answer key reaches someone still taking it',
    );
  if (exam.results_released_at) return;
  await setStatus(db, actor, exam, { status: 'closed', results_released_at: nowIso() }, 'released by the author');
}

/** Releases by itself once the exam is closed and nothing is left to grade. */
export async function maybeRelease(db: Db, examId: string) {
  const exam = await loadExam(db, examId);
  if (exam.results_released_at || exam.kind !== 'theory' || effectiveStatus(exam) !== 'closed') return;
  const pending = await db
    .selectFrom('exam_attempts')
    .select('id')
    .where('exam_id', '=', examId)
    .where('status', '!=', 'graded')
    .executeTakeFirst();
  if (pending) return;
  await db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('exams')
      .set({ results_released_at: nowIso(), status: 'closed', updated_at: nowIso() })
      .where('id', '=', examId)
      .where('results_released_at', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 1) {
      await recordAudit(trx, null, {
        action: 'status_change',
        entity: 'exam',
        entityId: examId,
        oldValue: { resultsReleased: false },
        newValue: { resultsReleased: true },
        reason: 'released automatically: closed and fully graded',
      });
    }
  });
}

export async function setExaminees(db: Db, actor: Actor, id: string, input: z.output<typeof ExamineesInput>) {
  const exam = await loadExam(db, id);
  requireManage(actor, exam);
  const fromTeams = input.teamIds.length
    ? await db
        .selectFrom('employees')
        .select('id')
        .where('team_id', 'in', input.teamIds)
        .where('status', 'not in', EXIT)
        .execute()
    : [];
  const wanted = [...new Set([...input.employeeIds, ...fromTeams.map((r) => r.id)])];
  const known = wanted.length ? await db.selectFrom('employees').select('id').where('id', 'in', wanted).execute() : [];
  if (known.length !== wanted.length)
    throw ruleBroken('UNKNOWN_EMPLOYEE', 'Some of these people do not exist', 'employeeIds');
  const before = (await db.selectFrom('exam_examinees').select('employee_id').where('exam_id', '=', id).execute()).map(
    (r) => r.employee_id,
  );
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('exam_examinees').where('exam_id', '=', id).execute();
    for (let i = 0; i < wanted.length; i += 500) {
      await trx
        .insertInto('exam_examinees')
        .values(wanted.slice(i, i + 500).map((e) => ({ exam_id: id, employee_id: e, added_at: at })))
        .execute();
    }
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'exam',
      entityId: id,
      oldValue: { examinees: before.length },
      newValue: { examinees: wanted.length },
      reason: 'examinees set',
    });
  });
  return wanted.length;
}

export async function listExaminees(db: Db, actor: Actor, id: string) {
  const exam = await loadExam(db, id);
  if (!(await canSee(db, actor, exam))) requireManage(actor, exam);
  const rows = await db
    .selectFrom('exam_examinees as x')
    .select('x.employee_id')
    .where('x.exam_id', '=', id)
    .orderBy(personNo('x.employee_id'))
    .execute();
  const who = await identities(
    db,
    rows.map((r) => r.employee_id),
  );
  return rows.flatMap((r) => {
    const p = who.get(r.employee_id);
    return p ? [{ employeeId: p.id, employeeNo: p.employeeNo, name: p.name, teamName: p.teamName }] : [];
  });
}

const GRADER_ROLES = ['admin', 'training_manager', 'trainer'];

/** The accounts an author can pick as graders (setGraders accepts exactly these). */
export async function eligibleGraders(db: Db) {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.display_name'])
    .where('r.role', 'in', GRADER_ROLES)
    .where('u.disabled', '=', 0)
    .groupBy(['u.id', 'u.display_name'])
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({ userId: r.id, name: r.display_name }));
}

export async function setGraders(db: Db, actor: Actor, id: string, userIds: string[]) {
  const exam = await loadExam(db, id);
  requireManage(actor, exam);
  const ids = [...new Set(userIds)];
  const ok = ids.length
    ? await db
        .selectFrom('user_roles')
        .select('user_id')
        .where('user_id', 'in', ids)
        .where('role', 'in', GRADER_ROLES)
        .groupBy('user_id')
        .execute()
    : [];
  if (ok.length !== ids.length)
    throw ruleBroken('NOT_A_GRADER', 'Graders must be trainers, training managers or administrators', 'userIds');
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('exam_graders').where('exam_id', '=', id).execute();
    if (ids.length)
      await trx
        .insertInto('exam_graders')
        .values(ids.map((u) => ({ exam_id: id, user_id: u })))
        .execute();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'exam',
      entityId: id,
      newValue: { graders: ids },
      reason: 'graders set',
    });
  });
}
