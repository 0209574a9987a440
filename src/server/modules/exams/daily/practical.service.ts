import type { z } from 'zod';
import { PRACTICAL_CRITERIA } from '../../../../common/exams-papers.js';
import { type PracticalInput, type PracticalScores, type PracticalUpdate } from '../../../../common/exams-practical.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { conflict, forbidden, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';
import { canGrade, loadExam, requireSee, resultFilter, type ExamRow } from '../shared/exams.access.js';
import { openIfFailed } from '../grading/followups.service.js';
import { withIdentity } from '../../people/identity.service.js';
import { examineeRow } from '../attempts/attempts.repo.js';
import {
  insertPracticalScore,
  practicalScoreById,
  practicalScoresOf,
  practicalScoresOfExam,
  updatePracticalAtVersion,
} from './practical.repo.js';

// Practical exams (SPEC §4): a trainer scores a role-play, a simulated or real call, or complaint
// handling on the rubric — communication, problem solving, service attitude, emergency handling,
// each 0–100 — and the weighted total (weights per exam, default 25 each) is the result.

type Scores = z.infer<typeof PracticalScores>;
export const weightedTotal = (s: Scores, w: Record<string, number>) =>
  Math.round(PRACTICAL_CRITERIA.reduce((sum, k) => sum + s[k] * (w[k] ?? 0), 0)) / 100;

async function practicalExam(db: Db, actor: Actor, examId: string) {
  const exam = await loadExam(db, examId);
  if (exam.kind !== 'practical') throw ruleBroken('NOT_A_PRACTICAL_EXAM', 'This exam is not a practical exam');
  if (!(await canGrade(db, actor, exam))) throw forbidden('You do not score this exam');
  return exam;
}

const withPerson = async (db: Db, rows: Awaited<ReturnType<typeof practicalScoreById>>) =>
  withIdentity(
    db,
    rows,
    (r) => r.employee_id,
    (p) => ({ name: p.name, team_id: p.teamId, department_id: p.departmentId }),
  );
type Row = Awaited<ReturnType<typeof withPerson>>[number];

export const toDto = (r: Row) => ({
  id: r.id,
  examId: r.exam_id,
  examTitle: r.title,
  employeeId: r.employee_id,
  employeeName: r.name,
  scenario: r.scenario,
  scores: JSON.parse(r.scores) as Scores,
  weights: JSON.parse(r.weights) as Record<string, number>,
  total: r.total,
  passMark: r.pass_mark,
  passed: r.passed === 1,
  comments: r.comments,
  scoredBy: r.scored_by,
  scoredAt: r.updated_at,
  version: r.version,
});

export async function record(db: Db, actor: Actor, examId: string, input: z.output<typeof PracticalInput>) {
  const exam = await practicalExam(db, actor, examId);
  if (exam.status === 'draft') throw conflict('EXAM_NOT_OPEN', 'Open the exam before scoring it');
  const assigned = await examineeRow(db, examId, input.employeeId);
  if (!assigned) throw ruleBroken('NOT_AN_EXAMINEE', 'This person is not an examinee of this exam', 'employeeId');
  const weights = JSON.parse(exam.weights!) as Record<string, number>;
  const total = weightedTotal(input.scores, weights);
  const id = newId();
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await insertPracticalScore(trx, {
      id,
      exam_id: examId,
      employee_id: input.employeeId,
      scenario: input.scenario,
      scores: JSON.stringify(input.scores),
      weights: exam.weights!,
      total,
      pass_mark: exam.pass_mark,
      passed: total >= exam.pass_mark ? 1 : 0,
      comments: input.comments ?? null,
      scored_by: actor.name,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'exam_practical_score',
      entityId: id,
      newValue: { employeeId: input.employeeId, scores: input.scores, total },
    });
    await openIfFailed(trx, {
      employeeId: input.employeeId,
      kind: 'practical',
      sourceId: id,
      title: exam.title,
      score: total,
      passMark: exam.pass_mark,
    });
  });
  return { id, total, passed: total >= exam.pass_mark };
}

export async function update(db: Db, actor: Actor, id: string, input: z.output<typeof PracticalUpdate>) {
  const [row] = await withPerson(db, await practicalScoreById(db, id));
  if (!row) throw notFound('Practical score');
  await practicalExam(db, actor, row.exam_id);
  const total = weightedTotal(input.scores, JSON.parse(row.weights));
  await db.transaction().execute(async (trx) => {
    const n = await updatePracticalAtVersion(trx, id, input.version, {
      scores: JSON.stringify(input.scores),
      total,
      passed: total >= row.pass_mark ? 1 : 0,
      comments: input.comments ?? row.comments,
      scored_by: actor.name,
      version: row.version + 1,
      updated_at: nowIso(),
    });
    if (n !== 1)
      throw conflict('STALE_VERSION', 'Someone changed this score since you opened it; reload it', 'version');
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'exam_practical_score',
      entityId: id,
      oldValue: { scores: JSON.parse(row.scores), total: row.total },
      newValue: { scores: input.scores, total },
      reason: input.reason,
    });
    await openIfFailed(trx, {
      employeeId: row.employee_id,
      kind: 'practical',
      sourceId: id,
      title: row.title,
      score: total,
      passMark: row.pass_mark,
    });
  });
  return { id, total, passed: total >= row.pass_mark };
}

export async function listForExam(db: Db, actor: Actor, exam: ExamRow) {
  await requireSee(db, actor, exam);
  const keep = await resultFilter(db, actor, exam);
  const rows = await withPerson(db, await practicalScoresOfExam(db, exam.id));
  return rows.filter((r) => keep({ id: r.employee_id, team_id: r.team_id, department_id: r.department_id })).map(toDto);
}

export async function mine(db: Db, actor: Actor) {
  if (!actor.employeeId) return [];
  const rows = await practicalScoresOf(db, actor.employeeId);
  return (await withPerson(db, rows)).map(toDto);
}
