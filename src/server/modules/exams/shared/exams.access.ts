import type { Db } from '../../../db/connect.js';
import { inPeopleScope, peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { forbidden, notFound } from '../../../lib/errors.js';
import { examineeInTeam, examRow, graderRow } from './access.repo.js';

// Who may see and do what with exams (SPEC §1, §4). Training managers and administrators run
// every exam; a trainer the exams they author or grade; a team lead sees their team's results,
// a center manager their department's, HR everyone's; an examinee only their own attempts.

const RUNS_ALL = new Set(['admin', 'training_manager']);
const READS_ALL = new Set(['admin', 'training_manager', 'hr', 'center_manager']);
export const runsAll = (actor: Actor) => actor.roles.some((r) => RUNS_ALL.has(r));

export async function loadExam(db: Db, id: string) {
  const exam = await examRow(db, id);
  if (!exam) throw notFound('Exam');
  return exam;
}
export type ExamRow = Awaited<ReturnType<typeof loadExam>>;

export async function isGrader(db: Db, examId: string, userId: string) {
  return !!(await graderRow(db, examId, userId));
}

/** Change the exam, its examinees and graders, release its results. */
export function requireManage(actor: Actor, exam: ExamRow) {
  if (runsAll(actor) || exam.created_by === actor.userId) return;
  throw forbidden('Only the author or a training manager may change this exam');
}

export async function canGrade(db: Db, actor: Actor, exam: ExamRow) {
  if (!actor.roles.some((r) => r === 'admin' || r === 'training_manager' || r === 'trainer')) return false;
  return runsAll(actor) || exam.created_by === actor.userId || (await isGrader(db, exam.id, actor.userId));
}

/** See the exam and (some of) its results. */
export async function canSee(db: Db, actor: Actor, exam: ExamRow) {
  if (actor.roles.some((r) => READS_ALL.has(r))) return true;
  if (await canGrade(db, actor, exam)) return true;
  if (actor.roles.includes('team_lead') && actor.teamId) {
    return !!(await examineeInTeam(db, exam.id, actor.teamId));
  }
  return false;
}

export async function requireSee(db: Db, actor: Actor, exam: ExamRow) {
  if (!(await canSee(db, actor, exam))) throw notFound('Exam');
}

/** Whose results in an exam the actor may read: all for those who run or grade it, else their scope. */
export async function resultFilter(db: Db, actor: Actor, exam: ExamRow) {
  if (runsAll(actor) || actor.roles.includes('hr') || (await canGrade(db, actor, exam))) return () => true;
  const scope = peopleScope(actor);
  return (p: { id: string; team_id: string; department_id: string }) => inPeopleScope(scope, p);
}
