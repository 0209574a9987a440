import type { Db } from '../../../db/connect.js';
import { newId } from '../../../lib/ids.js';
import { insertCourse, insertEmployee, insertPlan, insertSession, insertTrainer } from '../records.testkit.js';
import { addRecords } from './facts-records.testkit.js';

// A small constructed center for the analytics tests (issue 22), written straight into the
// source tables so every figure can be checked by hand. Program P (a new-hire plan of cohort C)
// hires six people on 2025-01-06 and program Q (cohort D) four on 2025-02-03:
//   P1 eliminated 2025-02-05 (day 30, criterion theory_fails)   P2 resigned 2025-04-06 (day 90)
//   P3 regular 2025-03-01, dismissed 2025-07-05 (day 180)      P4, P5 regular 2025-03-01, stay
//   P6 resigned 2024-06-01 *before* this hire spell (a re-hire): stays
//   Q1 resigned 2025-03-05 (day 30)   Q2 resigned 2025-03-05 (day 30)   Q3 stays   Q4 stays
// Trainers: T1 taught P1–P5 most (P5 is a 1–1 tie, T1 met first), T2 taught P6 most; Q1–Q4 T2.
// P1–P3 sit in the `inside` team (the demo center manager's department); everyone else in a new
// department of their own. P4 has two mentors: the first one counts.
const AT = '2025-01-01T00:00:00.000Z';
const DAY0_P = '2025-01-06';
const DAY0_Q = '2025-02-03';

export interface FactsCenter {
  programP: string;
  programQ: string;
  cohortP: string;
  trainer1: string;
  trainer2: string;
  mentor1: string;
  mentor2: string;
  outsideDept: string;
  insideDept: string;
  people: Record<string, string>; // P1…P6, Q1…Q4 → employee id
}

export async function buildFactsCenter(
  db: Db,
  o: { insideTeamId: string; mentors: [string, string] },
): Promise<FactsCenter> {
  const insideDept = (
    await db.selectFrom('teams').select('department_id').where('id', '=', o.insideTeamId).executeTakeFirstOrThrow()
  ).department_id;
  const outsideDept = newId();
  const outsideTeam = newId();
  const code = `AX${outsideDept.slice(-6)}`;
  await db
    .insertInto('departments')
    .values({ id: outsideDept, code, name: '分析测试处', created_at: AT, updated_at: AT })
    .execute();
  await db
    .insertInto('teams')
    .values({
      id: outsideTeam,
      department_id: outsideDept,
      code: `${code}T`,
      name: '分析测试组',
      created_at: AT,
      updated_at: AT,
    })
    .execute();

  const people: Record<string, string> = {};
  const spec: [string, string, string, string][] = [
    ['P1', DAY0_P, o.insideTeamId, 'eliminated'],
    ['P2', DAY0_P, o.insideTeamId, 'resigned'],
    ['P3', DAY0_P, o.insideTeamId, 'dismissed'],
    ['P4', DAY0_P, outsideTeam, 'regular'],
    ['P5', DAY0_P, outsideTeam, 'regular'],
    ['P6', DAY0_P, outsideTeam, 'regular'],
    ['Q1', DAY0_Q, outsideTeam, 'resigned'],
    ['Q2', DAY0_Q, outsideTeam, 'resigned'],
    ['Q3', DAY0_Q, outsideTeam, 'regular'],
    ['Q4', DAY0_Q, outsideTeam, 'regular'],
  ];
  for (const [key, hire, team, status] of spec)
    people[key] = await insertEmployee(db, { teamId: team, name: `分析${key}`, hireDate: hire, status });
  const history: [string, string, string][] = [
    ['P1', 'eliminated', '2025-02-05'],
    ['P2', 'resigned', '2025-04-06'],
    ['P3', 'regular', '2025-03-01'],
    ['P3', 'dismissed', '2025-07-05'],
    ['P4', 'regular', '2025-03-01'],
    ['P5', 'regular', '2025-03-01'],
    ['P6', 'resigned', '2024-06-01'],
    ['Q1', 'resigned', '2025-03-05'],
    ['Q2', 'resigned', '2025-03-05'],
  ];
  for (const [key, to, day] of history)
    await db
      .insertInto('employee_status_history')
      .values({
        id: newId(),
        employee_id: people[key]!,
        from_status: null,
        to_status: to,
        effective_date: day,
        reason: 'analytics test',
        changed_by: null,
        created_at: AT,
      })
      .execute();

  const cohort = async (name: string, start: string, keys: string[]) => {
    const id = newId();
    await db
      .insertInto('training_cohorts')
      .values({ id, name, team_id: null, start_date: start, created_by: null, created_at: AT, updated_at: AT })
      .execute();
    for (const k of keys)
      await db
        .insertInto('training_cohort_members')
        .values({ cohort_id: id, employee_id: people[k]!, added_at: AT })
        .execute();
    return id;
  };
  const cohortP = await cohort('分析P期', DAY0_P, ['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
  const cohortQ = await cohort('分析Q期', DAY0_Q, ['Q1', 'Q2', 'Q3', 'Q4']);
  const programP = await insertPlan(db, { title: '分析项目P', cohortId: cohortP, start: DAY0_P, end: '2025-02-28' });
  const programQ = await insertPlan(db, { title: '分析项目Q', cohortId: cohortQ, start: DAY0_Q, end: '2025-03-28' });

  const trainer1 = await insertTrainer(db, '分析讲师甲');
  const trainer2 = await insertTrainer(db, '分析讲师乙');
  const courseId = await insertCourse(db, { title: '分析课程' });
  const session = (trainerId: string, day: string, keys: string[], planId: string) =>
    insertSession(db, { planId, courseId, trainerId, day, people: keys.map((k) => people[k]!) });
  await session(trainer1, '2025-01-07', ['P1', 'P2', 'P3', 'P4', 'P5'], programP);
  await session(trainer1, '2025-01-08', ['P1', 'P2', 'P3', 'P4', 'P6'], programP);
  await session(trainer2, '2025-01-09', ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'], programP);
  await session(trainer2, '2025-01-10', ['P6'], programP);
  await session(trainer2, '2025-02-04', ['Q1', 'Q2', 'Q3', 'Q4'], programQ);

  const [mentor1, mentor2] = o.mentors;
  const assign = (trainee: string, mentor: string, start: string) =>
    db
      .insertInto('training_mentor_assignments')
      .values({
        id: newId(),
        trainee_id: people[trainee]!,
        mentor_id: mentor,
        mode: 'one_to_one',
        plan_id: programP,
        start_date: start,
        end_date: null,
        status: 'active',
        end_reason: null,
        replaces_id: null,
        created_by: null,
        created_at: AT,
        updated_at: AT,
      })
      .execute();
  await assign('P4', mentor2, '2025-05-01');
  await assign('P4', mentor1, '2025-03-01');
  await assign('P5', mentor2, '2025-03-01');
  await addRecords(db, people);
  return { programP, programQ, cohortP, trainer1, trainer2, mentor1, mentor2, outsideDept, insideDept, people };
}
