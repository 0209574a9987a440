import type { Db } from '../db/connect.js';
import { addDays } from '../lib/clock.js';
import { todayInCenter } from '../lib/center-time.js';
import { nowIso } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import type { FloorAgent, HistoryCtx, HistoryPerson } from './analytics-batch.js';
import { writeEliminations, writeExams } from './analytics-exams.js';
import { writeKpis, type KpiAgent } from './analytics-kpi.js';
import { gauss, hires, HISTORY_TEAMS, intakes, OPERATING_TEAMS, TRAINER_EFFECT } from './analytics-model.js';
import { OTJ, writeOnTheJob } from './analytics-otj.js';
import { writePeople, writeTraining } from './analytics-people.js';
import { writeQa } from './analytics-qa.js';
import { mulberry32, nameMaker } from './names.js';

// Two years of hiring cohorts with exits, for the training-proof pages (issue 22, SPEC §12): about
// 190 people hired monthly into the operating teams through three new-hire programs, taught by the
// demo's four trainers and mentored by eight agents on the floor, with their exams, feedback,
// exits (eliminated through closed cases, resigned, dismissed), QA and daily KPIs — plus last
// quarter's on-the-job course. Runs after the other demos (it needs their trainers, courses and
// scorecards) and before the rollups are rebuilt. Everything is written in one transaction with
// multi-row inserts, so the demo's first start stays quick.

const FIRST_NO = 3001;
// The mentors' quality, by place in the pool: how much they keep and lift their trainees.
const MENTOR_QUALITY = [0.9, -0.7, 0.3, 0, -0.9, 0.6, -0.2, 0.8];

export interface HistorySummary {
  people: number;
  exits: number;
  agentDays: number;
  evaluations: number;
}

async function trainerKeys(db: Db) {
  const trainerUser = await db
    .selectFrom('users')
    .select('employee_id')
    .where('username', '=', 'trainer')
    .executeTakeFirst();
  const rows = await db
    .selectFrom('training_trainers')
    .select(['id', 'kind', 'employee_id', 'category'])
    .orderBy('created_at')
    .execute();
  const a = rows.find((r) => r.employee_id && r.employee_id === trainerUser?.employee_id);
  const keys: Record<string, string | undefined> = {
    A: a?.id,
    B: rows.find((r) => r.kind === 'internal' && r.category === 'hr_trainer' && r.id !== a?.id)?.id,
    L: rows.find((r) => r.category === 'team_lead')?.id,
    X: rows.find((r) => r.kind === 'external')?.id,
  };
  return Object.values(keys).every(Boolean) ? (keys as Record<string, string>) : null;
}

export async function seedAnalyticsHistoryDemo(db: Db): Promise<HistorySummary | null> {
  if (await db.selectFrom('employees').select('id').where('employee_no', '=', `E${FIRST_NO}`).executeTakeFirst())
    return null;
  const manager = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('username', '=', 'training')
    .executeTakeFirst();
  const trainers = await trainerKeys(db);
  const courses = new Map(
    (await db.selectFrom('training_courses').select(['id', 'code']).execute()).map((r) => [r.code, r.id]),
  );
  if (!manager || !trainers || !courses.size) return null; // the training demo comes first
  const today = await todayInCenter(db);
  await addHistoryTeams(db);
  const teamRows = await db.selectFrom('teams').select(['id', 'code']).execute();
  const teamIds = new Map(teamRows.map((t) => [t.code, t.id]));
  const codeOf = new Map(teamRows.map((t) => [t.id, t.code]));
  const staff = await db
    .selectFrom('employees')
    .select(['id', 'team_id', 'status', 'hire_date', 'position', 'employee_no', 'name'])
    .orderBy('employee_no')
    .execute();
  const leads = new Map(staff.filter((e) => e.status === 'team_lead').map((e) => [codeOf.get(e.team_id)!, e.id]));
  const floor: FloorAgent[] = staff
    .filter(
      (e) => OPERATING_TEAMS.includes(codeOf.get(e.team_id) ?? '') && ['坐席', '资深坐席'].includes(e.position ?? ''),
    )
    .filter((e) => ['regular', 'key_staff', 'probation'].includes(e.status))
    .map((e) => ({ id: e.id, teamCode: codeOf.get(e.team_id)!, hireDate: e.hire_date, status: e.status }));
  const signIns = new Set(
    (await db.selectFrom('users').select(['employee_id', 'username']).execute())
      .filter((u) => u.username !== 'mentor')
      .map((u) => u.employee_id),
  );
  const mentors = floor
    .filter((f) => f.status !== 'probation' && !signIns.has(f.id))
    .slice(0, MENTOR_QUALITY.length)
    .map((f) => f.id);

  const rand = mulberry32(20261207);
  const quality = MENTOR_QUALITY.slice(0, mentors.length);
  const taken = new Set(staff.map((e) => e.name));
  const nextName = nameMaker(mulberry32(20241104));
  const name = () => {
    for (;;) {
      const n = nextName();
      if (!taken.has(n)) return n;
    }
  };
  const people: HistoryPerson[] = hires(rand, today, quality.length ? quality : [0]).map((h) => ({
    ...h,
    mentor: quality.length ? h.mentor : null,
    id: newId(),
    name: name(),
    teamId: teamIds.get(h.team)!,
  }));
  const windowStart =
    (
      await db
        .selectFrom('interaction_agent_daily')
        .select((eb) => eb.fn.min<string>('day').as('d'))
        .executeTakeFirst()
    )?.d ?? null;
  const evaluators = (
    await db
      .selectFrom('users as u')
      .innerJoin('user_roles as r', 'r.user_id', 'u.id')
      .select('u.id')
      .where('r.role', '=', 'qa_evaluator')
      .orderBy('u.username')
      .execute()
  ).map((u) => u.id);

  return db.transaction().execute(async (trx) => {
    const c: HistoryCtx = {
      trx,
      rand,
      today,
      now: nowIso(),
      by: manager.id,
      people,
      floor,
      mentors,
      trainers,
      courses,
      teamIds,
    };
    await writePeople(c, leads, FIRST_NO);
    await writeTraining(c, teamIds.get('TRN-NH') ?? null);
    await writeExams(c);
    await writeEliminations(c, manager.display_name);

    const historyStart = intakes()[0].start;
    const own = new Set(people.map((p) => p.id));
    const agents: KpiAgent[] = [
      ...people
        .filter((p) => p.probation < (p.exit?.day ?? today))
        .map((p) => ({
          id: p.id,
          team: p.team,
          hireDate: p.intake.start,
          from: p.probation,
          to: p.exit ? addDays(p.exit.day, -1) : today,
          skill: p.ability * 0.8 + (p.mentor !== null ? quality[p.mentor] * 0.4 : 0),
          trainedAfter: null as string | null,
        })),
      ...floor.map((f) => {
        const start = addDays(f.hireDate, 21);
        return {
          id: f.id,
          team: f.teamCode,
          hireDate: f.hireDate,
          from: start > historyStart ? start : historyStart,
          to: today,
          skill: gauss(rand) * 0.7 + 0.3,
          trainedAfter: null as string | null,
        };
      }),
    ];
    const trained = await writeOnTheJob(c, agents);
    for (const a of agents) if (trained.has(a.id)) a.trainedAfter = OTJ.end;
    const bonus = new Map(
      people.map((p) => [
        p.id,
        p.intake.program.qa + TRAINER_EFFECT[p.intake.trainer].qa + (p.mentor !== null ? quality[p.mentor] * 2 : 0),
      ]),
    );
    const agentDays = await writeKpis(c, agents, windowStart, own);
    const qaStart = (
      await trx
        .selectFrom('qa_evaluations')
        .select((eb) => eb.fn.min<string>('day').as('d'))
        .executeTakeFirst()
    )?.d;
    const evaluations = await writeQa(c, agents, bonus, evaluators, { own, until: qaStart ?? null });
    return { people: people.length, exits: people.filter((p) => p.exit).length, agentDays, evaluations };
  });
}

async function addHistoryTeams(db: Db) {
  const departments = new Map(
    (await db.selectFrom('departments').select(['id', 'code']).execute()).map((d) => [d.code, d.id]),
  );
  const at = nowIso();
  await db
    .insertInto('teams')
    .values(
      HISTORY_TEAMS.map(([code, name, dept]) => ({
        id: newId(),
        department_id: departments.get(dept)!,
        code,
        name,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
}
