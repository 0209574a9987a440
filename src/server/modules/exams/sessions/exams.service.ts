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
import { identities, people } from '../../people/identity.service.js';
import {
  allExams,
  anyTakeOf,
  cutRunningDeadlines,
  enabledUsersWithRoles,
  examineeCount,
  examineeIdsOf,
  examsOfPersonBetween,
  graderIdsOf,
  insertExam,
  markReleased,
  replaceExaminees,
  replaceGraders,
  ungradedAttempt,
  updateExam as updateExamRow,
  updateExamAtVersion,
  usersHoldingRoles,
} from './exams.repo.js';

// Exams (SPEC §4): a window, a time limit, a retake limit, examinees and graders. Results are
// released when the exam is closed and every attempt is graded, or by the author once closed.

type Input = z.output<typeof ExamInput>;

/** The exams a person sits in a time span (attendance leave tells their authors of an overlap). */
/** The exams a person sits in a UTC span, for attendance's leave overlap notice (its author is told). */
export const examLeaveOverlaps = async (db: Db, employeeId: string, startsAt: string, endsAt: string) =>
  (await examsOfPersonBetween(db, employeeId, startsAt, endsAt)).map((e) => ({
    title: e.title,
    userIds: e.created_by ? [e.created_by] : [],
    link: '/exams/manage',
  }));

export async function defaultWeights(db: Db) {
  return {
    communication: await getSetting(db, 'exams.practicalWeightCommunication'),
    problemSolving: await getSetting(db, 'exams.practicalWeightProblemSolving'),
    serviceAttitude: await getSetting(db, 'exams.practicalWeightServiceAttitude'),
    emergencyHandling: await getSetting(db, 'exams.practicalWeightEmergencyHandling'),
  };
}

export async function toDto(db: Db, e: ExamRow) {
  const [count, graders] = await Promise.all([examineeCount(db, e.id), graderIdsOf(db, e.id)]);
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
    examineeCount: count,
    graderIds: graders,
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
  const rows = await allExams(db);
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
    await insertExam(trx, row);
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
  const started = await anyTakeOf(db, id);
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
    const n = await updateExamAtVersion(trx, id, input.version, {
      ...next,
      version: exam.version + 1,
      updated_at: nowIso(),
    });
    if (n !== 1) throw conflict('STALE_VERSION', 'Someone changed this exam since you opened it; reload it', 'version');
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
    await updateExamRow(trx, exam.id, { ...patch, version: exam.version + 1, updated_at: nowIso() });
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
  await cutRunningDeadlines(db, id, closesAt);
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
  const pending = await ungradedAttempt(db, examId);
  if (pending) return;
  await db.transaction().execute(async (trx) => {
    if ((await markReleased(trx, examId, nowIso())) === 1) {
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
    ? await people(db, { scope: { kind: 'all' }, teamIds: input.teamIds, current: true })
    : [];
  const wanted = [...new Set([...input.employeeIds, ...fromTeams.map((r) => r.id)])];
  const known = await identities(db, wanted);
  if (known.size !== wanted.length)
    throw ruleBroken('UNKNOWN_EMPLOYEE', 'Some of these people do not exist', 'employeeIds');
  const before = await examineeIdsOf(db, id);
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await replaceExaminees(trx, id, wanted, at);
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
  const rows = await examineeIdsOf(db, id);
  const who = await identities(db, rows);
  return rows.flatMap((employeeId) => {
    const p = who.get(employeeId);
    return p ? [{ employeeId: p.id, employeeNo: p.employeeNo, name: p.name, teamName: p.teamName }] : [];
  });
}

const GRADER_ROLES = ['admin', 'training_manager', 'trainer'];

/** The accounts an author can pick as graders (setGraders accepts exactly these). */
export async function eligibleGraders(db: Db) {
  const rows = await enabledUsersWithRoles(db, GRADER_ROLES);
  return rows.map((r) => ({ userId: r.id, name: r.display_name }));
}

export async function setGraders(db: Db, actor: Actor, id: string, userIds: string[]) {
  const exam = await loadExam(db, id);
  requireManage(actor, exam);
  const ids = [...new Set(userIds)];
  const ok = ids.length ? await usersHoldingRoles(db, ids, GRADER_ROLES) : [];
  if (ok.length !== ids.length)
    throw ruleBroken('NOT_A_GRADER', 'Graders must be trainers, training managers or administrators', 'userIds');
  await db.transaction().execute(async (trx) => {
    await replaceGraders(trx, id, ids);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'exam',
      entityId: id,
      newValue: { graders: ids },
      reason: 'graders set',
    });
  });
}
