import type { Db } from '../../../db/connect.js';
import { recordLabel } from '../../../../common/record-labels.js';
import {
  dailyOf,
  practicalOf,
  practicalOfMany,
  regularDailyOf,
  releasedTheoryOf,
  releasedTheoryOfMany,
} from './results.repo.js';

// Assessment results for the training record (培训档案, issue 3's registerRecordScores seam).
// The person sees their record, so a theory result appears only once its exam is released.
export async function examScoresOf(db: Db, employeeId: string) {
  const [theory, practical, daily] = await Promise.all([
    releasedTheoryOf(db, employeeId),
    practicalOf(db, employeeId),
    dailyOf(db, employeeId),
  ]);
  return [
    ...theory.map((t) => ({
      kind: 'theory',
      title: t.title,
      label: t.attempt_no > 1 ? recordLabel('theory.retake', { title: t.title, n: t.attempt_no }) : null,
      score: t.score,
      passMark: t.pass_mark,
      passed: t.passed === 1,
      date: t.submitted_at?.slice(0, 10) ?? null,
    })),
    ...practical.map((p) => ({
      kind: 'practical',
      title: p.title,
      score: p.total,
      passMark: p.pass_mark,
      passed: p.passed === 1,
      date: p.updated_at.slice(0, 10),
    })),
    ...daily.map((d) => ({
      kind: 'daily',
      title: d.topic ?? '',
      label: d.topic
        ? recordLabel('daily.periodTopic', { period: d.period_start, topic: d.topic })
        : recordLabel('daily.period', { period: d.period_start }),
      score: d.total,
      passMark: d.pass_mark,
      passed: d.passed === 1,
      date: d.period_start,
    })),
  ];
}

/**
 * Every scored theory and practical result of these people, oldest first, for the new-hire
 * criteria (evaluation module). Theory: graded attempts of exams whose results are released
 * (each attempt, a retake included, is a result), ordered by submission. Practical: each score.
 */
export async function assessmentResultsOf(db: Db, employeeIds: string[]) {
  if (!employeeIds.length) return [];
  const [theory, practical] = await Promise.all([
    releasedTheoryOfMany(db, employeeIds),
    practicalOfMany(db, employeeIds),
  ]);
  const out = [
    ...theory.map((t) => ({
      kind: 'theory' as const,
      id: t.id,
      examId: t.exam_id,
      employeeId: t.employee_id,
      title: t.title,
      attempt: t.attempt_no,
      score: Number(t.score ?? 0),
      passMark: Number(t.pass_mark),
      at: t.submitted_at ?? t.closes_at,
    })),
    ...practical.map((p) => ({
      kind: 'practical' as const,
      id: p.id,
      examId: p.exam_id,
      employeeId: p.employee_id,
      title: p.title,
      attempt: 1,
      score: Number(p.total),
      passMark: Number(p.pass_mark),
      at: p.created_at,
    })),
  ];
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}

/** Regular daily-performance evaluations of these people, oldest period first. */
export async function regularDailyScoresOf(db: Db, employeeIds: string[]) {
  if (!employeeIds.length) return [];
  const rows = await regularDailyOf(db, employeeIds);
  return rows.map((r) => ({
    id: r.id,
    employeeId: r.employee_id,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    total: Number(r.total),
    passMark: Number(r.pass_mark),
    createdAt: r.created_at,
  }));
}
