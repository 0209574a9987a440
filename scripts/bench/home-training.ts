import type { Db } from '../../src/server/db/connect.js';
import { insertMany, ts } from '../../src/server/demo/analytics-batch.js';
import { addDays } from '../../src/server/lib/clock.js';
import { newId } from '../../src/server/lib/ids.js';
import type { Org } from './home-org.js';

// The home bench's exams: three exams open now (closing in 1–3 days) for every trainee and the
// first team of each center, graded by the bench's trainer; a third of the examinees have handed
// in an essay that waits for grading.

export async function seedExams(db: Db, org: Org) {
  const { rand, today, at, trainees, teams, trainerUserId } = org;
  const questionId = newId();
  const versionId = newId();
  const body = JSON.stringify({ type: 'essay', answer: null });
  await insertMany(db, 'exam_questions', [
    {
      id: questionId,
      type: 'essay',
      title: '投诉处理',
      stem: '简述投诉电话的处理步骤',
      body,
      points: 10,
      difficulty: 'medium',
      course: null,
      knowledge_point: null,
      tags: '[]',
      category: null,
      current_version_id: versionId,
      version: 1,
      archived: 0,
      created_by: trainerUserId,
      created_at: at,
      updated_at: at,
    },
  ]);
  await insertMany(db, 'exam_question_versions', [
    {
      id: versionId,
      question_id: questionId,
      version: 1,
      body,
      reason: null,
      created_by: trainerUserId,
      created_at: at,
    },
  ]);
  const examinees = [
    ...new Set([...trainees, ...teams.filter((t, i) => i % 25 === 0 && !t.trainees).flatMap((t) => t.members)]),
  ];
  const exams = [];
  const links = [];
  const graders = [];
  const attempts = [];
  const items = [];
  for (let e = 0; e < 3; e++) {
    const id = newId();
    exams.push({
      id,
      title: `压测考试${e + 1}`,
      kind: 'theory',
      paper_id: null,
      opens_at: ts(addDays(today, -1), '08:00'),
      closes_at: ts(addDays(today, e + 1), '20:00'),
      time_limit_minutes: 60,
      max_attempts: 1,
      pass_mark: 60,
      shuffle_questions: 0,
      shuffle_options: 0,
      weights: null,
      course: null,
      status: 'open',
      results_released_at: null,
      created_by: trainerUserId,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    graders.push({ exam_id: id, user_id: trainerUserId });
    for (const p of examinees) {
      links.push({ exam_id: id, employee_id: p.id, added_at: at });
      if (rand() > 0.33) continue;
      const attemptId = newId();
      const started = ts(today, '09:00');
      attempts.push({
        id: attemptId,
        exam_id: id,
        employee_id: p.id,
        attempt_no: 1,
        seed: 1,
        anon_code: `A${attempts.length + 1}`,
        status: 'submitted',
        started_at: started,
        deadline_at: ts(today, '10:00'),
        submitted_at: ts(today, '09:40'),
        auto_submitted: 0,
        raw_score: null,
        max_score: 10,
        score: null,
        passed: null,
        pending_manual: 1,
        graded_at: null,
        version: 1,
      });
      items.push({
        id: newId(),
        attempt_id: attemptId,
        position: 1,
        question_id: questionId,
        question_version_id: versionId,
        points: 10,
        option_order: '[]',
        manual: 1,
        sealed: 0,
        answer: JSON.stringify({ text: '先安抚客户情绪，再核实问题，最后给出方案并回访。' }),
        answer_seq: 1,
        answered_at: ts(today, '09:30'),
        score: null,
        comment: null,
        graded_by: null,
        graded_at: null,
      });
    }
  }
  await insertMany(db, 'exams', exams);
  await insertMany(db, 'exam_graders', graders);
  await insertMany(db, 'exam_examinees', links);
  await insertMany(db, 'exam_attempts', attempts);
  await insertMany(db, 'exam_attempt_items', items);
  return { exams: exams.length, examinees: links.length, essaysToGrade: items.length };
}
