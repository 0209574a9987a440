import type { Db } from '../../src/server/db/connect.js';
import type { AnalyticsMonthCounters } from '../../src/server/db/schema-analytics.js';
import { insertMany } from '../../src/server/demo/analytics-batch.js';
import { gauss } from '../../src/server/demo/analytics-model.js';
import { mulberry32 } from '../../src/server/demo/names.js';
import { addDays, addMonths, nowIso } from '../../src/server/lib/clock.js';
import { newId } from '../../src/server/lib/ids.js';
import { seedSources } from './analytics-sources.js';
import { employeeRow } from './setup.js';

// The analytics benchmark's center (scripts/bench/analytics.ts): PEOPLE hires over the last 60
// months, written straight into the rollups the training-proof pages read (analytics_people,
// analytics_person_months, analytics_center_months, analytics_state) and the small source tables
// they read beside them (plans, sessions, enrolments, feedback, exams and first attempts, closed
// elimination cases, QA evaluations of the first months). No raw interactions: a person-month's
// counters stand for ~900 calls, so 10,000 people over 5 years are ~100M calls' worth of rollups.

const MONTHS = 60;
const TEAMS_PER_DEPT = 10;
const DEPTS = 8;
const TRAINERS = 40;
const CRITERIA = ['theory_fails', 'practical_fails', 'daily_below', 'attendance_breaches', 'cannot_handle'];

export interface BenchIds {
  programs: string[]; // new-hire plan ids, oldest first
  otjPlans: string[];
  trainers: string[];
  mentors: string[];
  departments: string[];
  lastMonth: string; // 'YYYY-MM'
  warningId: string | null;
  counts: Record<string, number>;
}

const zero = (): AnalyticsMonthCounters => ({
  qa_count: 0,
  qa_sum: 0,
  qa_sum_sq: 0,
  qa_passed: 0,
  handled: 0,
  talk_sum: 0,
  hold_sum: 0,
  wrap_sum: 0,
  fcr_yes: 0,
  fcr_known: 0,
  csat_sum: 0,
  csat_count: 0,
});

export async function seedAnalyticsBench(db: Db, people: number, managerUserId: string): Promise<BenchIds> {
  const rand = mulberry32(20261207);
  const at = nowIso();
  const today = at.slice(0, 10);
  const thisMonth = `${today.slice(0, 7)}-01`;
  const months = Array.from({ length: MONTHS }, (_, i) => addMonths(thisMonth, i - MONTHS).slice(0, 7));
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];

  const departments = Array.from({ length: DEPTS }, (_, d) => ({
    id: newId(),
    code: `BA${d + 1}`,
    name: `压测${d + 1}处`,
    created_at: at,
    updated_at: at,
  }));
  await insertMany(db, 'departments', departments);
  const teams = departments.flatMap((d, di) =>
    Array.from({ length: TEAMS_PER_DEPT }, (_, t) => ({
      id: newId(),
      department_id: d.id,
      code: `BA${di + 1}-${t + 1}`,
      name: `压测${di + 1}处${t + 1}组`,
      created_at: at,
      updated_at: at,
    })),
  );
  await insertMany(db, 'teams', teams);
  const trainers = Array.from({ length: TRAINERS }, (_, i) => ({
    id: newId(),
    kind: i % 4 === 3 ? 'external' : 'internal',
    employee_id: null,
    name: `讲师${i + 1}`,
    category: i % 4 === 3 ? 'external_consultant' : 'hr_trainer',
    organization: null,
    certification: null,
    certified_on: null,
    certified_until: null,
    active: 1,
    notes: null,
    version: 1,
    created_at: at,
    updated_at: at,
  }));
  await insertMany(db, 'training_trainers', trainers);
  const courses = Array.from({ length: 12 }, (_, i) => ({
    id: newId(),
    code: `BC-${i + 1}`,
    title: `压测课程${i + 1}`,
    content_area: 'business_systems',
    method: 'lecture',
    hours: 3,
    description: null,
    archived: 0,
    created_by: managerUserId,
    version: 1,
    created_at: at,
    updated_at: at,
  }));
  await insertMany(db, 'training_courses', courses);
  const formId = newId();
  const versionId = newId();
  await insertMany(db, 'qa_forms', [
    {
      id: formId,
      name: '压测评分表',
      kind: 'inbound',
      description: null,
      archived: 0,
      published_version_id: versionId,
      draft_version_id: null,
      created_by: managerUserId,
      version: 1,
      created_at: at,
      updated_at: at,
    },
  ]);
  await insertMany(db, 'qa_form_versions', [
    {
      id: versionId,
      form_id: formId,
      number: 1,
      status: 'published',
      content: '{"sections":[]}',
      pass_score: 80,
      published_at: at,
      published_by: managerUserId,
      created_by: managerUserId,
      created_at: at,
      updated_at: at,
    },
  ]);

  const plan = (title: string, audience: string, start: string, end: string, cohortId: string | null) => ({
    id: newId(),
    title,
    audience,
    cohort_id: cohortId,
    start_date: start,
    end_date: end,
    recurrence: audience === 'new_hire' ? 'none' : 'quarterly',
    trigger: null,
    trigger_note: null,
    objectives: null,
    assessment_plan: null,
    supervision: null,
    venue: null,
    equipment: null,
    methods: '["lecture"]',
    evaluation_method: null,
    status: end < today ? 'completed' : 'active',
    needs_survey_id: null,
    previous_plan_id: null,
    created_by: managerUserId,
    version: 1,
    created_at: at,
    updated_at: at,
  });
  const cohorts = months.map((m) => ({
    id: newId(),
    name: `${m} 新员工培训班`,
    team_id: null,
    start_date: `${m}-03`,
    created_by: managerUserId,
    created_at: at,
    updated_at: at,
  }));
  await insertMany(db, 'training_cohorts', cohorts);
  const programs = months.map((m, i) =>
    plan(`${m} 新员工岗前培训`, 'new_hire', `${m}-03`, addDays(`${m}-03`, 55), cohorts[i].id),
  );
  const otj = months
    .filter((_, i) => i % 3 === 1)
    .map((m) => plan(`${m} 在岗技能提升`, 'on_the_job', `${m}-05`, `${m}-16`, null));
  await insertMany(db, 'training_plans', [...programs, ...otj]);

  // People: the hires of each month, their fate, and their months.
  const employees = [];
  const facts = [];
  const members = [];
  const personMonths = [];
  const center = new Map(months.map((m) => [m, zero()]));
  const perMonth = Math.ceil(people / MONTHS);
  const mentors: string[] = [];
  let no = 0;
  for (const [mi, month] of months.entries()) {
    const trainersOfMonth = [pick(trainers).id, pick(trainers).id, pick(trainers).id];
    for (let k = 0; k < perMonth && no < people; k++) {
      const id = newId();
      const team = teams[(no * 7) % teams.length];
      const hire = addDays(`${month}-03`, Math.floor(rand() * 3));
      const r = rand();
      const exitAt =
        r < 0.1 ? 20 + rand() * 30 : r < 0.3 ? 15 + rand() * 75 : 90 + (-Math.log(1 - rand()) / 0.022) * 30.4;
      const kind = r < 0.1 ? 'eliminated' : rand() < 0.06 ? 'dismissed' : 'resigned';
      const exitDay = addDays(hire, Math.round(exitAt));
      const exit = exitDay < today ? exitDay : null;
      const live = addDays(hire, 84);
      const isLive = live < (exit ?? today);
      const status = exit ? kind : isLive ? 'regular' : addDays(hire, 21) < today ? 'probation' : 'trainee';
      employees.push(
        employeeRow(
          {
            id,
            employee_no: `BA${++no}`,
            name: `员工${no}`,
            team_id: team.id,
            hire_date: hire,
            status,
            status_since: exit ?? hire,
          },
          at,
        ),
      );
      if (mi < 6 && !exit && mentors.length < 300) mentors.push(id);
      facts.push({
        employee_id: id,
        name: `员工${no}`,
        hire_date: hire,
        hire_month: month,
        department_id: team.department_id,
        team_id: team.id,
        status,
        program_id: programs[mi].id,
        cohort_id: cohorts[mi].id,
        trainer_id: trainersOfMonth[k % 3 === 2 ? 1 : 0],
        mentor_id: mi >= 12 && mentors.length ? pick(mentors) : null,
        live_date: isLive ? live : null,
        exit_date: exit,
        exit_kind: exit ? kind : null,
        exit_criterion: exit && kind === 'eliminated' ? pick(CRITERIA) : null,
      });
      members.push({ cohort_id: cohorts[mi].id, employee_id: id, added_at: at });
      const skill = gauss(rand);
      for (let m = mi + 1; m < MONTHS; m++) {
        const mm = months[m];
        if (exit && exit < `${mm}-01`) break;
        const c = zero();
        const tenure = Math.min(1, (m - mi) / 6);
        const qa = 2 + Math.floor(rand() * 3);
        for (let q = 0; q < qa; q++) {
          const s = Math.min(100, 72 + 10 * tenure + 3 * skill + gauss(rand) * 6);
          c.qa_count++;
          c.qa_sum += s;
          c.qa_sum_sq += s * s;
          c.qa_passed += s >= 80 ? 1 : 0;
        }
        c.handled = Math.round(800 + rand() * 200);
        c.talk_sum = Math.round(c.handled * (200 - 30 * tenure - 5 * skill));
        c.hold_sum = Math.round(c.handled * 8);
        c.wrap_sum = Math.round(c.handled * 30);
        c.fcr_known = c.handled;
        c.fcr_yes = Math.round(c.handled * Math.min(0.95, 0.66 + 0.12 * tenure + 0.03 * skill));
        c.csat_count = Math.round(c.handled * 0.3);
        c.csat_sum = Math.round(c.csat_count * Math.min(5, 4 + 0.4 * tenure + 0.1 * skill));
        personMonths.push({ employee_id: id, month: mm, ...c });
        const sum = center.get(mm)!;
        for (const key of Object.keys(c) as (keyof AnalyticsMonthCounters)[]) sum[key] += c[key];
      }
    }
  }
  await insertMany(db, 'employees', employees);
  await insertMany(db, 'training_cohort_members', members);
  await insertMany(db, 'analytics_people', facts);
  await insertMany(db, 'analytics_person_months', personMonths);
  await insertMany(
    db,
    'analytics_center_months',
    [...center].map(([month, c]) => ({ month, ...c })),
  );
  await insertMany(db, 'analytics_state', [
    { id: 'rollups', as_of: at, took_ms: 0, people: facts.length, months: personMonths.length },
  ]);
  const sources = await seedSources(db, {
    rand,
    at,
    today,
    months,
    programs,
    otj,
    facts,
    courses,
    versionId,
    formId,
    managerUserId,
  });
  return {
    programs: programs.map((p) => p.id),
    otjPlans: otj.map((p) => p.id),
    trainers: trainers.map((t) => t.id),
    mentors,
    departments: departments.map((d) => d.id),
    lastMonth: months[months.length - 1],
    warningId: (await db.selectFrom('analytics_warnings').select('id').limit(1).executeTakeFirst())?.id ?? null,
    counts: { people: facts.length, personMonths: personMonths.length, ...sources },
  };
}
