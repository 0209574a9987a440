import type { Db } from '../../../db/connect.js';
import { nowIso } from '../../../lib/clock.js';
import { insertAttempt, insertEliminationCase, insertExam, insertPlan, insertTrainer } from '../records.testkit.js';

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

/** An attempt at an exam: graded (passed at 60) unless another status is given. */
export { insertAttempt as addAttempt } from '../records.testkit.js';

const plan = (db: Db, title: string) => insertPlan(db, { title, start: '2026-01-05', end: '2026-02-27', at: AT });
const trainer = (db: Db, name: string) => insertTrainer(db, name, { at: AT });

/** An exam (closed, pass mark 60) of a course. */
export const addExam = (db: Db, title: string, course: string | null) =>
  insertExam(db, {
    title,
    course,
    opens: '2026-03-01T00:00:00.000Z',
    closes: '2026-05-01T00:00:00.000Z',
    timeLimitMinutes: 60,
    at: AT,
  });

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
  ) => insertAttempt(db, { examId: exams[ex], employeeId: people[key]!, no, score, at, status });
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

  const elimination = (key: string, criterion: string, decision: string | null) =>
    insertEliminationCase(db, {
      employeeId: people[key]!,
      criterion,
      status: decision === 'eliminate' ? 'eliminated' : decision === 'retain' ? 'retained' : 'notice',
      summary: '率测',
      decision,
      closedAt: decision ? '2026-03-20T08:00:00.000Z' : null,
      openedBy: 'rates-test',
      openedAt: '2026-03-12T08:00:00.000Z',
      updatedAt: AT,
    });
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
