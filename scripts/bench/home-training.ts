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
  // Last week's theory exam, graded and released: one trainee in four failed it, one failure
  // away from the elimination criterion (the leads' at-risk trainees).
  const pastId = newId();
  exams.push({
    ...exams[0],
    id: pastId,
    title: '压测考试（上周）',
    opens_at: ts(addDays(today, -8), '08:00'),
    closes_at: ts(addDays(today, -7), '20:00'),
    status: 'closed',
    results_released_at: ts(addDays(today, -6), '10:00'),
  });
  for (const p of trainees) {
    links.push({ exam_id: pastId, employee_id: p.id, added_at: at });
    const score = rand() < 0.25 ? 40 + Math.floor(rand() * 15) : 65 + Math.floor(rand() * 35);
    attempts.push({
      id: newId(),
      exam_id: pastId,
      employee_id: p.id,
      attempt_no: 1,
      seed: 1,
      anon_code: `A${attempts.length + 1}`,
      status: 'graded',
      started_at: ts(addDays(today, -7), '09:00'),
      deadline_at: ts(addDays(today, -7), '10:00'),
      submitted_at: ts(addDays(today, -7), '09:50'),
      auto_submitted: 0,
      raw_score: score / 10,
      max_score: 10,
      score,
      passed: score >= 60 ? 1 : 0,
      pending_manual: 0,
      graded_at: ts(addDays(today, -6), '09:00'),
      version: 1,
    });
  }
  await insertMany(db, 'exams', exams);
  await insertMany(db, 'exam_graders', graders);
  await insertMany(db, 'exam_examinees', links);
  await insertMany(db, 'exam_attempts', attempts);
  await insertMany(db, 'exam_attempt_items', items);
  return { exams: exams.length, examinees: links.length, essaysToGrade: items.length };
}

const CARDS = 30;
const STATES_PER_AGENT = 12;

/** Two active decks (everyone's, the trainees') and each agent's review state of a dozen cards,
 *  a third of them due by today — the drills' daily quiz and cards due. */
export async function seedDrills(db: Db, org: Org) {
  const { rand, today, at, agents, trainerUserId } = org;
  const decks = [
    { audience: { departmentIds: [], statuses: [] }, name: '产品代码' },
    { audience: { departmentIds: [], statuses: ['trainee'] }, name: '开场白' },
  ].map((d, i) => ({
    id: newId(),
    name: d.name,
    category: i ? 'opening_closing' : 'product_codes',
    description: null,
    audience: JSON.stringify(d.audience),
    status: 'active',
    created_by: trainerUserId,
    created_at: at,
    updated_at: at,
    version: 1,
  }));
  await insertMany(db, 'drill_decks', decks);
  const cards = decks.flatMap((d) =>
    Array.from({ length: CARDS }, (_, i) => ({
      id: newId(),
      deck_id: d.id,
      kind: 'recall',
      prompt: `代码 ${i + 1}`,
      answer: `答案 ${i + 1}`,
      choices: null,
      knowledge_point: null,
      position: i,
      revision: 1,
      status: 'active',
      created_at: at,
      updated_at: at,
      version: 1,
    })),
  );
  await insertMany(db, 'drill_cards', cards);
  const states = [];
  for (const a of agents) {
    const start = Math.floor(rand() * CARDS);
    for (let k = 0; k < STATES_PER_AGENT; k++) {
      const card = cards[(start + k) % CARDS];
      const dueIn = Math.floor(rand() * 9) - 3; // -3 … +5 days
      states.push({
        employee_id: a.id,
        card_id: card.id,
        deck_id: card.deck_id,
        revision: 1,
        due: ts(addDays(today, dueIn), '08:00'),
        stability: 3,
        difficulty: 5,
        elapsed_days: 2,
        scheduled_days: 3,
        learning_steps: 0,
        reps: 3,
        lapses: 0,
        state: 2,
        last_review: ts(addDays(today, dueIn - 3), '10:00'),
        boost_reason: null,
        boost_ref: null,
        boosted_at: null,
      });
    }
  }
  await insertMany(db, 'drill_states', states);
  return { drillCards: cards.length, drillStates: states.length };
}

/** The trainer's sessions for each new-hire class: yesterday's (attendance not taken) and
 *  today's, every trainee enrolled — the trainer's attendance to take and the trainees' day. */
export async function seedSessions(db: Db, org: Org) {
  const { today, at, teams, trainerUserId, trainerEmployeeId } = org;
  const trainerId = newId();
  await insertMany(db, 'training_trainers', [
    {
      id: trainerId,
      kind: 'internal',
      employee_id: trainerEmployeeId,
      name: '讲师',
      category: 'hr_trainer',
      organization: null,
      certification: null,
      certified_on: null,
      certified_until: null,
      active: 1,
      notes: null,
      version: 1,
      created_at: at,
      updated_at: at,
    },
  ]);
  const courseId = newId();
  await insertMany(db, 'training_courses', [
    {
      id: courseId,
      code: 'BH-1',
      title: '业务系统操作',
      content_area: 'business_systems',
      method: 'lecture',
      hours: 3,
      description: null,
      archived: 0,
      created_by: trainerUserId,
      version: 1,
      created_at: at,
      updated_at: at,
    },
  ]);
  const sessions = [];
  const enrollments = [];
  for (const t of teams.filter((x) => x.trainees)) {
    for (const day of [addDays(today, -1), today]) {
      const id = newId();
      sessions.push({
        id,
        course_id: courseId,
        trainer_id: trainerId,
        plan_id: null,
        phase_id: null,
        title: null,
        room: '培训室1',
        starts_at: ts(day, '09:00'),
        ends_at: ts(day, '12:00'),
        status: 'scheduled',
        notes: null,
        created_by: trainerUserId,
        version: 1,
        created_at: at,
        updated_at: at,
      });
      for (const p of t.members)
        enrollments.push({ session_id: id, employee_id: p.id, enrolled_at: at, enrolled_by: trainerUserId });
    }
  }
  await insertMany(db, 'training_sessions', sessions);
  await insertMany(db, 'training_enrollments', enrollments);
  return { sessions: sessions.length, enrollments: enrollments.length };
}
