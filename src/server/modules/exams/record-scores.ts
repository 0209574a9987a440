import type { Db } from '../../db/connect.js';

// Assessment results for the training record (培训档案, issue 3's registerRecordScores seam).
// The person sees their record, so a theory result appears only once its exam is released.
export async function examScoresOf(db: Db, employeeId: string) {
  const [theory, practical, daily] = await Promise.all([
    db.selectFrom('exam_attempts as a').innerJoin('exams as x', 'x.id', 'a.exam_id')
      .select(['x.title', 'a.attempt_no', 'a.score', 'x.pass_mark', 'a.passed', 'a.submitted_at'])
      .where('a.employee_id', '=', employeeId).where('a.status', '=', 'graded').where('x.results_released_at', 'is not', null)
      .orderBy('a.submitted_at').execute(),
    db.selectFrom('exam_practical_scores as p').innerJoin('exams as x', 'x.id', 'p.exam_id')
      .select(['x.title', 'p.total', 'p.pass_mark', 'p.passed', 'p.updated_at']).where('p.employee_id', '=', employeeId).orderBy('p.created_at').execute(),
    db.selectFrom('exam_daily_scores').select(['period_start', 'topic', 'total', 'pass_mark', 'passed'])
      .where('employee_id', '=', employeeId).orderBy('period_start').execute(),
  ]);
  return [
    ...theory.map((t) => ({ kind: 'theory', title: t.attempt_no > 1 ? `${t.title}（第${t.attempt_no}次）` : t.title, score: t.score, passMark: t.pass_mark, passed: t.passed === 1, date: t.submitted_at?.slice(0, 10) ?? null })),
    ...practical.map((p) => ({ kind: 'practical', title: p.title, score: p.total, passMark: p.pass_mark, passed: p.passed === 1, date: p.updated_at.slice(0, 10) })),
    ...daily.map((d) => ({ kind: 'daily', title: `日常表现 ${d.period_start}${d.topic ? ` ${d.topic}` : ''}`, score: d.total, passMark: d.pass_mark, passed: d.passed === 1, date: d.period_start })),
  ];
}
