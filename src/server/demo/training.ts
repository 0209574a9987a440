import type { Db } from '../db/connect.js';
import { nowIso } from '../lib/clock.js';
import { mulberry32 } from './names.js';
import { COHORT_START } from './seed-org.js';
import { seedCatalogue } from './training-catalogue.js';
import { addDays, type TrainingDemo } from './training-data.js';
import { seedPlans } from './training-plans.js';
import { seedRecords } from './training-records.js';
import { seedSessions } from './training-sessions.js';

// Training demo data (issue 3): the new-hire cohort's running plan in its second week, with
// history — a needs survey answered before the start, a week of classroom sessions with
// attendance, leave (asked in advance, asked late, refused, and one still pending) and
// feedback, materials partly done, and the one-to-one mentoring phase starting this Monday —
// plus an on-the-job quarterly plan and an ad-hoc topic. Loaded after seedDemo() by the server
// and the CLI (never by the tests). Attendance, feedback and mentoring hours are written only
// for what has already happened when it runs, so the center looks alive on any day.

export async function seedTrainingDemo(db: Db): Promise<{ sessions: number } | null> {
  if (await db.selectFrom('training_courses').select('id').limit(1).executeTakeFirst()) return null;
  const who = async (username: string) =>
    (await db.selectFrom('users').select(['id', 'employee_id']).where('username', '=', username).executeTakeFirst()) ??
    null;
  const [manager, trainerA, mentor, trainee, lead] = await Promise.all(
    ['training', 'trainer', 'mentor', 'trainee', 'teamlead'].map(who),
  );
  if (!manager || !trainerA?.employee_id || !mentor?.employee_id || !trainee?.employee_id || !lead?.employee_id)
    return null;
  const [trainerEmp, mentorEmp, leadEmp] = [trainerA.employee_id, mentor.employee_id, lead.employee_id];
  const team = await db.selectFrom('teams').select('id').where('code', '=', 'TRN-NH').executeTakeFirst();
  if (!team) return null;
  const cohort = (
    await db
      .selectFrom('employees')
      .select('id')
      .where('team_id', '=', team.id)
      .where('status', '=', 'trainee')
      .orderBy('employee_no')
      .execute()
  ).map((e) => e.id);
  const secondTrainer = await db
    .selectFrom('employees')
    .select(['id', 'name'])
    .where('position', '=', '培训讲师')
    .where('id', '!=', trainerEmp)
    .executeTakeFirst();
  const floor = await db
    .selectFrom('employees as e')
    .innerJoin('teams as t', 't.id', 'e.team_id')
    .select('e.id')
    .where('e.status', 'in', ['key_staff', 'regular', 'team_lead'])
    .where('t.code', 'not in', ['CS1-0', 'QA-1', 'TRN-1', 'TRN-NH'])
    .where('e.id', '!=', mentorEmp)
    // Demo sign-ins other than `mentor` keep their plain role: the `agent` account sees only themself.
    .where((eb) => eb.not(eb.exists(eb.selectFrom('users as u').select('u.id').whereRef('u.employee_id', '=', 'e.id'))))
    .orderBy('e.status')
    .orderBy('e.employee_no')
    .execute();
  const names = new Map((await db.selectFrom('employees').select(['id', 'name']).execute()).map((e) => [e.id, e.name]));

  const rand = mulberry32(20261116);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const now = nowIso();
  const by = manager.id;
  const week = (n: number) => addDays(COHORT_START, n);
  const me = trainee.employee_id;

  return db.transaction().execute(async (trx) => {
    const c: TrainingDemo = { trx, now, by, me, cohort, rand, pick, week };
    const { course, trainer } = await seedCatalogue(c, { trainerEmp, leadEmp, names, secondTrainer });
    const { planId, phases } = await seedPlans(c, { teamId: team.id, managerEmp: manager.employee_id!, course });
    const sessions = await seedSessions(c, { course, trainer, planId, phases, trainerUserId: trainerA.id });
    await seedRecords(c, { course, planId, mentorEmp, trainerEmp, floor });
    return { sessions };
  });
}
