import type { Db } from '../db/connect.js';
import type { Actor } from '../lib/actor.js';
import * as attempts from '../modules/exams/attempts/attempts.service.js';
import * as exams from '../modules/exams/sessions/exams.service.js';
import * as papers from '../modules/exams/papers/papers.service.js';
import * as questions from '../modules/exams/questions/questions.service.js';
import { evaluateTrainees } from '../modules/evaluation/criteria.service.js';
import { mulberry32 } from './names.js';
import { nowMs } from '../lib/clock.js';
import { demoActor } from './demo-actor.js';

// Demo new-hire evaluation (issue 5), on top of the exams and training demos (where everyone
// passes and nobody comes near a criterion): the cohort takes two short theory quizzes after the
// first-week exam, and the warnings have something clear to show —
//   · one trainee who passed everything so far fails the second quiz: at risk (one more fail
//     meets criterion 1), and nothing else;
//   · one trainee fails both quizzes: criterion 1 is met, with the two quizzes as evidence. The
//     elimination demo opens this person's case (in its notice period) by DEMO_CASE_TRAINEE_NO;
//   · everyone else passes both, with a spread of scores.
// Run by the server's first start and by `seed-demo`, never by the test harness.

/**
 * The employee number of the demo trainee who meets criterion 1 (two theory fails in a row): the
 * cohort's second member (numbers are handed out in a fixed order by seed.ts; the first member is
 * the `trainee` sign-in).
 */
export const DEMO_CASE_TRAINEE_NO = 'E1055';

/** A released objective quiz each of these people took, answering `right` of its questions correctly. */
async function quiz(
  db: Db,
  trainer: Actor,
  title: string,
  takers: { id: string; name: string; team_id: string; right: number }[],
  questionIds: string[],
) {
  const paper = await papers.createPaper(db, trainer, {
    title: `${title}卷`,
    mode: 'fixed',
    items: questionIds.map((questionId) => ({ questionId })),
    rules: [],
  });
  const iso = (h: number) => new Date(nowMs() + h * 3600_000).toISOString();
  const examId = await exams.createExam(db, trainer, {
    title,
    kind: 'theory',
    paperId: paper,
    opensAt: iso(-2),
    closesAt: iso(24),
    timeLimitMinutes: 20,
    maxAttempts: 1,
    shuffleQuestions: false,
    shuffleOptions: false,
    course: '综合',
  });
  await exams.setExaminees(db, trainer, examId, { employeeIds: takers.map((t) => t.id), teamIds: [] });
  await exams.openExam(db, trainer, examId);
  for (const t of takers) {
    const me: Actor = {
      ...trainer,
      userId: `demo-${t.id}`,
      username: `demo-${t.id}`,
      name: t.name,
      roles: ['agent'],
      employeeId: t.id,
      teamId: t.team_id,
    };
    const v = await attempts.startAttempt(db, me, examId);
    let right = t.right;
    for (const item of v.items) {
      const q = await questions.getQuestion(db, item.questionId);
      const good = right-- > 0;
      const answer =
        item.type === 'true_false'
          ? { value: good ? q.answer : !q.answer }
          : { optionIds: [q.options.find((o) => !!o.correct === good)?.id ?? q.options[0].id] };
      await attempts.saveAnswer(db, me, v.attemptId, item.questionId, answer as never);
    }
    await attempts.submit(db, me, v.attemptId);
  }
  await exams.closeExam(db, trainer, examId);
  await exams.releaseResults(db, trainer, examId);
}

export async function seedEvaluationDemo(db: Db) {
  const trainer = await demoActor(db, 'trainer');
  const team = await db.selectFrom('teams').select('id').where('code', '=', 'TRN-NH').executeTakeFirstOrThrow();
  const linked = new Set((await db.selectFrom('users').select('employee_id').execute()).map((u) => u.employee_id));
  const cohort = await db
    .selectFrom('employees')
    .select(['id', 'employee_no', 'name', 'team_id'])
    .where('team_id', '=', team.id)
    .where('status', '=', 'trainee')
    .orderBy('employee_no')
    .execute();
  // Ten objective questions (true/false and single choice), so the quizzes grade themselves.
  const ids = (
    await db
      .selectFrom('exam_questions')
      .select('id')
      .where('type', 'in', ['true_false', 'single'])
      .where('archived', '=', 0)
      .orderBy('created_at')
      .limit(5)
      .execute()
  ).map((q) => q.id);
  if (ids.length < 3) return null;
  const evaluated = new Map(
    (
      await evaluateTrainees(
        db,
        cohort.map((c) => c.id),
      )
    ).map((e) => [e.employeeId, e]),
  );
  // Neither is a demo sign-in (the `trainee` account keeps an ordinary record).
  const caseTrainee = cohort.find((c) => c.employee_no === DEMO_CASE_TRAINEE_NO && !linked.has(c.id));
  if (!caseTrainee) return null;
  const atRisk = cohort.find(
    (c) => c.id !== caseTrainee.id && !linked.has(c.id) && !evaluated.get(c.id)?.met && !evaluated.get(c.id)?.atRisk,
  );
  if (!atRisk) return null;
  const n = ids.length;
  // The others pass: mostly full marks, some one or two wrong, never below 60.
  const rand = mulberry32(20261127);
  const passing = () => Math.max(Math.ceil(n * 0.6), n - Math.floor(rand() * rand() * 3));
  const takers = (caseRight: number, atRiskRight: number) =>
    cohort.map((c) => ({
      ...c,
      right: c.id === caseTrainee.id ? caseRight : c.id === atRisk.id ? atRiskRight : passing(),
    }));
  await quiz(db, trainer, '第二周产品知识小测', takers(1, n), ids);
  await quiz(db, trainer, '第二周服务规范小测', takers(2, 1), ids);
  return { caseTraineeNo: caseTrainee.employee_no, atRiskNo: atRisk.employee_no };
}
