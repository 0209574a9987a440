import type { Db } from '../../../db/connect.js';
import { nowIso } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';

// A constructed center for the rates tests (issue 22 item 2), every figure checkable by hand.
// Ten demo employees: A1–A3 in the demo center manager's department, the rest outside. Program A
// (trainer T1; A6 has no trainer) hired in 2026-01, program B (trainer T2) in 2026-02.
// First attempts (✓ passed, ✗ failed), submitted 2026-03-10 unless said:
//   E1 产品知识: A1 ✓90 A2 ✗50 A3 ✓80 A4 ✓85 A5 ✗55 B1 ✓70 B2 ✗40   (A2 retakes ✓75: not counted)
//   E2 系统操作 (2026-04-20): A1 ✓ A4 ✓ B1 ✗ B3 ✓   (B4 in progress: not counted)
//   E3 no course: A6 ✓ submitted 2026-03-31T17:00Z = 04-01 01:00 in the center (UTC+8)
// → program A 6 of 8, B 2 of 4; course 产品知识 4/7, 系统操作 3/4, none 1/1; T1 5/7, T2 2/4, none 1/1.
// Exits: A2, A5 (theory_fails) and B2 (daily_below) eliminated by closed cases decided eliminate;
// B4 resigned with an open case; B3 a closed case decided retain. Eliminated: A 2 of 6, B 1 of 4.
const AT = '2026-01-01T00:00:00.000Z';

export interface RatesCenter {
  programA: string;
  programB: string;
  trainer1: string;
  trainer2: string;
  exams: Record<'E1' | 'E2' | 'E3', string>;
  people: Record<string, string>;
  insideDept: string;
}

type Person = {
  key: string;
  program: 'A' | 'B';
  trainer: 'T1' | 'T2' | null;
  exit: string | null;
  criterion: string | null;
};
const PEOPLE: Person[] = [
  { key: 'A1', program: 'A', trainer: 'T1', exit: null, criterion: null },
  { key: 'A2', program: 'A', trainer: 'T1', exit: 'eliminated', criterion: 'theory_fails' },
  { key: 'A3', program: 'A', trainer: 'T1', exit: null, criterion: null },
  { key: 'A4', program: 'A', trainer: 'T1', exit: null, criterion: null },
  { key: 'A5', program: 'A', trainer: 'T1', exit: 'eliminated', criterion: 'theory_fails' },
  { key: 'A6', program: 'A', trainer: null, exit: null, criterion: null },
  { key: 'B1', program: 'B', trainer: 'T2', exit: null, criterion: null },
  { key: 'B2', program: 'B', trainer: 'T2', exit: 'eliminated', criterion: 'daily_below' },
  { key: 'B3', program: 'B', trainer: 'T2', exit: null, criterion: null },
  { key: 'B4', program: 'B', trainer: 'T2', exit: 'resigned', criterion: null },
];

/** Ten demo people: three of the center manager's department first, then seven of others. */
async function pickPeople(db: Db) {
  const manager = await db
    .selectFrom('users as u')
    .innerJoin('employees as e', 'e.id', 'u.employee_id')
    .innerJoin('teams as t', 't.id', 'e.team_id')
    .select('t.department_id')
    .where('u.username', '=', 'manager')
    .executeTakeFirstOrThrow();
  const all = await db
    .selectFrom('employees as e')
    .innerJoin('teams as t', 't.id', 'e.team_id')
    .select(['e.id', 'e.name', 'e.team_id', 't.department_id'])
    .orderBy('e.employee_no')
    .execute();
  const inside = all.filter((p) => p.department_id === manager.department_id).slice(0, 3);
  const outside = all.filter((p) => p.department_id !== manager.department_id).slice(0, 7);
  if (inside.length < 3 || outside.length < 7) throw new Error('the demo center is too small for the rates kit');
  return { people: [...inside, ...outside], insideDept: manager.department_id };
}

async function plan(db: Db, title: string) {
  const id = newId();
  await db
    .insertInto('training_plans')
    .values({
      id,
      title,
      audience: 'new_hire',
      cohort_id: null,
      start_date: '2026-01-05',
      end_date: '2026-02-27',
      recurrence: 'none',
      trigger: null,
      trigger_note: null,
      objectives: null,
      assessment_plan: null,
      supervision: null,
      venue: null,
      equipment: null,
      methods: '[]',
      evaluation_method: null,
      status: 'completed',
      needs_survey_id: null,
      previous_plan_id: null,
      created_by: null,
      version: 1,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return id;
}

async function trainer(db: Db, name: string) {
  const id = newId();
  await db
    .insertInto('training_trainers')
    .values({
      id,
      kind: 'external',
      employee_id: null,
      name,
      category: 'external_consultant',
      organization: null,
      certification: null,
      certified_on: null,
      certified_until: null,
      active: 1,
      notes: null,
      version: 1,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return id;
}

/** An exam (closed, pass mark 60) of a course. */
export async function addExam(db: Db, title: string, course: string | null) {
  const id = newId();
  await db
    .insertInto('exams')
    .values({
      id,
      title,
      kind: 'theory',
      paper_id: null,
      opens_at: '2026-03-01T00:00:00.000Z',
      closes_at: '2026-05-01T00:00:00.000Z',
      time_limit_minutes: 60,
      max_attempts: 2,
      pass_mark: 60,
      shuffle_questions: 0,
      shuffle_options: 0,
      weights: null,
      course,
      status: 'closed',
      results_released_at: null,
      created_by: null,
      version: 1,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return id;
}

export async function buildRatesCenter(db: Db): Promise<RatesCenter> {
  const { people: picked, insideDept } = await pickPeople(db);
  const programs = { A: await plan(db, '率测项目甲'), B: await plan(db, '率测项目乙') };
  const trainers = { T1: await trainer(db, '率测讲师一'), T2: await trainer(db, '率测讲师二') };
  const exams = {
    E1: await addExam(db, '率测考试一', '产品知识'),
    E2: await addExam(db, '率测考试二', '系统操作'),
    E3: await addExam(db, '率测考试三', null),
  };
  const people: Record<string, string> = {};
  const rollup = PEOPLE.map((p, i) => {
    const e = picked[i]!;
    people[p.key] = e.id;
    const month = p.program === 'A' ? '2026-01' : '2026-02';
    return {
      employee_id: e.id,
      name: e.name,
      hire_date: `${month}-05`,
      hire_month: month,
      department_id: e.department_id,
      team_id: e.team_id,
      status: p.exit ?? 'probation',
      program_id: programs[p.program],
      cohort_id: null,
      trainer_id: p.trainer ? trainers[p.trainer] : null,
      mentor_id: null,
      live_date: null,
      exit_date: p.exit ? '2026-03-20' : null,
      exit_kind: p.exit,
      exit_criterion: p.criterion,
    };
  });
  // The rollup as the facts part's rebuild writes it; the state keeps the hourly task from
  // rebuilding it from the (incomplete) source records under the test.
  await db.insertInto('analytics_people').values(rollup).execute();
  await db.deleteFrom('analytics_state').execute();
  await db
    .insertInto('analytics_state')
    .values({ id: 'rollups', as_of: nowIso(), took_ms: 0, people: rollup.length, months: 0 })
    .execute();

  const attempt = (
    key: string,
    ex: 'E1' | 'E2' | 'E3',
    no: number,
    score: number | null,
    at: string,
    status = 'graded',
  ) => addAttempt(db, { examId: exams[ex], employeeId: people[key]!, no, score, at, status });
  const MARCH = '2026-03-10T02:00:00.000Z';
  const APRIL = '2026-04-20T02:00:00.000Z';
  for (const [k, s] of [
    ['A1', 90],
    ['A2', 50],
    ['A3', 80],
    ['A4', 85],
    ['A5', 55],
    ['B1', 70],
    ['B2', 40],
  ] as const)
    await attempt(k, 'E1', 1, s, MARCH);
  await attempt('A2', 'E1', 2, 75, '2026-03-17T02:00:00.000Z');
  for (const [k, s] of [
    ['A1', 95],
    ['A4', 88],
    ['B1', 45],
    ['B3', 66],
  ] as const)
    await attempt(k, 'E2', 1, s, APRIL);
  await attempt('B4', 'E2', 1, null, APRIL, 'in_progress');
  await attempt('A6', 'E3', 1, 77, '2026-03-31T17:00:00.000Z');

  const elimination = async (key: string, criterion: string, decision: string | null) =>
    db
      .insertInto('elimination_cases')
      .values({
        id: newId(),
        employee_id: people[key]!,
        criterion,
        status: decision === 'eliminate' ? 'eliminated' : decision === 'retain' ? 'retained' : 'notice',
        summary: '率测',
        evidence: '{}',
        notice_published_on: null,
        notice_ends_on: null,
        notice_ends_at: null,
        decision,
        closed_at: decision ? '2026-03-20T08:00:00.000Z' : null,
        opened_by: 'rates-test',
        opened_at: '2026-03-12T08:00:00.000Z',
        version: 1,
        updated_at: AT,
      })
      .execute();
  await elimination('A2', 'theory_fails', 'eliminate');
  await elimination('A5', 'theory_fails', 'eliminate');
  await elimination('B2', 'daily_below', 'eliminate');
  await elimination('B4', 'attendance_breaches', null);
  await elimination('B3', 'cannot_handle', 'retain');

  return {
    programA: programs.A,
    programB: programs.B,
    trainer1: trainers.T1,
    trainer2: trainers.T2,
    exams,
    people,
    insideDept,
  };
}

/** An attempt at an exam: graded (passed at 60) unless another status is given. */
export async function addAttempt(
  db: Db,
  a: { examId: string; employeeId: string; no: number; score: number | null; at: string; status?: string },
) {
  const id = newId();
  const status = a.status ?? 'graded';
  const graded = status === 'graded';
  await db
    .insertInto('exam_attempts')
    .values({
      id,
      exam_id: a.examId,
      employee_id: a.employeeId,
      attempt_no: a.no,
      seed: 1,
      anon_code: `R${id.slice(-12)}`,
      status,
      started_at: a.at,
      deadline_at: a.at,
      submitted_at: graded ? a.at : null,
      auto_submitted: 0,
      raw_score: a.score,
      max_score: 100,
      score: a.score,
      passed: a.score === null ? null : a.score >= 60 ? 1 : 0,
      pending_manual: 0,
      graded_at: graded ? a.at : null,
      version: 1,
    })
    .execute();
}
