import { addDays } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import { clamp, insertMany, ts, type HistoryCtx, type HistoryPerson } from './analytics-batch.js';
import { gauss, intakes, PROGRAMS, statusPath, TRAINER_EFFECT } from './analytics-model.js';
import { SUGGESTIONS } from './training-data.js';

// The two years of hires as records (demo/analytics-history.ts): the people with their status
// and team history, a monthly intake cohort each, the three standing new-hire programs (a plan
// with a rolling cohort each), each intake's classroom sessions with enrolment and feedback, and
// the one-to-one mentor on the floor.

const EXIT_REASON: Record<string, string> = {
  eliminated: '培训期淘汰（淘汰流程已结案）',
  resigned: '个人原因离职',
  dismissed: '严重违反劳动纪律，解除劳动合同',
};
const SESSIONS: [number, 'am' | 'pm', string, 'main' | 'other'][] = [
  [0, 'am', 'NH-101', 'other'],
  [1, 'am', 'NH-201', 'main'],
  [2, 'am', 'NH-202', 'main'],
  [3, 'am', 'NH-301', 'main'],
  [4, 'pm', 'NH-302', 'other'],
  [7, 'am', 'NH-303', 'main'],
];

export async function writePeople(c: HistoryCtx, leads: Map<string, string>, seq: number) {
  const { trx, now, today } = c;
  const employees = [];
  const statuses = [];
  const teams = [];
  for (const p of c.people) {
    const path = statusPath(p, today);
    const [status, since] = path[path.length - 1];
    employees.push({
      id: p.id,
      employee_no: `E${seq++}`,
      name: p.name,
      gender: c.rand() < 0.7 ? 'female' : 'male',
      phone: `13${Math.floor(100000000 + c.rand() * 899999999)}`,
      email: null,
      hire_date: p.intake.start,
      team_id: p.teamId,
      supervisor_id: leads.get(p.team) ?? null,
      status,
      status_since: since,
      position: '坐席',
      skills: JSON.stringify([]),
      version: 1,
      created_at: now,
      updated_at: now,
    });
    let from: string | null = null;
    for (const [to, day] of path) {
      statuses.push({
        id: newId(),
        employee_id: p.id,
        from_status: from,
        to_status: to,
        effective_date: day,
        reason: from === null ? '入职' : (EXIT_REASON[to] ?? '阶段评估通过'),
        changed_by: null,
        created_at: ts(day, '18:00'),
      });
      from = to;
    }
    teams.push({
      id: newId(),
      employee_id: p.id,
      from_team_id: null,
      to_team_id: p.teamId,
      effective_date: p.intake.start,
      reason: '入职',
      changed_by: null,
      created_at: ts(p.intake.start, '09:00'),
    });
  }
  await insertMany(trx, 'employees', employees);
  await insertMany(trx, 'employee_status_history', statuses);
  await insertMany(trx, 'employee_team_history', teams);
}

/** Programs, cohorts, sessions, enrolment, feedback and mentors; returns the program plan ids by key. */
export async function writeTraining(c: HistoryCtx, classTeamId: string | null) {
  const { trx, now, by, rand } = c;
  const all = intakes();
  const byIntake = new Map<number, HistoryPerson[]>();
  for (const p of c.people) byIntake.set(p.intake.index, [...(byIntake.get(p.intake.index) ?? []), p]);

  const cohorts = [];
  const members = [];
  const plans = new Map<string, string>();
  const phases = [];
  for (const prog of PROGRAMS) {
    const mine = all.filter((i) => i.program.key === prog.key);
    const start = mine[0].start;
    const end = addDays(mine[mine.length - 1].start, prog.weeks * 7 - 3);
    const cohortId = newId();
    cohorts.push({
      id: cohortId,
      name: `${prog.title}（滚动开班）`,
      team_id: classTeamId,
      start_date: start,
      created_by: by,
      created_at: ts(start, '08:00'),
      updated_at: now,
    });
    for (const p of c.people.filter((x) => x.intake.program.key === prog.key))
      members.push({ cohort_id: cohortId, employee_id: p.id, added_at: ts(p.intake.start, '08:30') });
    const planId = newId();
    plans.set(prog.key, planId);
    await insertMany(trx, 'training_cohorts', [cohorts[cohorts.length - 1]]);
    await insertMany(trx, 'training_plans', [
      {
        id: planId,
        title: prog.title,
        audience: 'new_hire',
        cohort_id: cohortId,
        start_date: start,
        end_date: end,
        recurrence: 'monthly',
        trigger: null,
        trigger_note: null,
        objectives: `${prog.weeks}周内掌握产品、系统与服务规范，独立接听常见来电`,
        assessment_plan: '入职摸底测验；第二周理论考核两门（可补考一次）；跟听阶段每周质检',
        supervision: '培训负责人每周巡查',
        venue: '培训中心301',
        equipment: '坐席电脑、耳麦、模拟工单系统',
        methods: JSON.stringify(['lecture', 'case_study', 'role_play', 'mentoring']),
        evaluation_method: '理论考核＋实践考核＋日常表现',
        status: end < c.today ? 'completed' : 'active',
        needs_survey_id: null,
        previous_plan_id: null,
        created_by: by,
        version: 1,
        created_at: ts(addDays(start, -14), '10:00'),
        updated_at: now,
      },
    ]);
    const w = prog.weeks * 7;
    for (const [seq, name, kind, from, to] of [
      [1, '课堂培训', 'classroom', 0, 11],
      [2, '一对一跟听', 'one_to_one', 21, 34],
      [3, '一对五跟听', 'one_to_five', 35, Math.max(36, w - 8)],
      [4, '正式上岗', 'go_live', Math.max(37, w - 7), w],
    ] as const)
      phases.push({
        id: newId(),
        plan_id: planId,
        seq,
        name,
        kind,
        start_date: addDays(start, from),
        end_date: to === w ? end : addDays(mine[mine.length - 1].start, to),
        course_ids: JSON.stringify(kind === 'classroom' ? SESSIONS.map((s) => c.courses.get(s[2])) : []),
      });
  }
  await insertMany(trx, 'training_plan_phases', phases);

  const sessions = [];
  const enrolments = [];
  const feedback = [];
  const mentoring = [];
  for (const intake of all) {
    const people = byIntake.get(intake.index) ?? [];
    const cohortId = newId();
    const [y, m] = intake.month.split('-');
    cohorts.push({
      id: cohortId,
      name: `${y}年${Number(m)}月新员工培训班`,
      team_id: classTeamId,
      start_date: intake.start,
      created_by: by,
      created_at: ts(addDays(intake.start, -7), '10:00'),
      updated_at: now,
    });
    for (const p of people)
      members.push({ cohort_id: cohortId, employee_id: p.id, added_at: ts(intake.start, '08:30') });
    const planId = plans.get(intake.program.key)!;
    const phaseId = phases.find((ph) => ph.plan_id === planId && ph.seq === 1)!.id;
    for (const [offset, half, code, who] of SESSIONS) {
      const key = who === 'main' ? intake.trainer : intake.other;
      const day = addDays(intake.start, offset);
      const [from, to] = half === 'am' ? ['09:00', '12:00'] : ['13:30', '16:30'];
      const id = newId();
      sessions.push({
        id,
        course_id: c.courses.get(code)!,
        trainer_id: c.trainers[key],
        plan_id: planId,
        phase_id: phaseId,
        title: null,
        room: '培训中心301',
        starts_at: ts(day, from),
        ends_at: ts(day, to),
        status: 'scheduled',
        notes: null,
        created_by: by,
        version: 1,
        created_at: ts(addDays(intake.start, -7), '10:00'),
        updated_at: ts(addDays(intake.start, -7), '10:00'),
      });
      const level = 3.9 + intake.program.l1 + TRAINER_EFFECT[key].l1;
      for (const p of people) {
        enrolments.push({
          session_id: id,
          employee_id: p.id,
          enrolled_at: ts(addDays(intake.start, -3), '10:00'),
          enrolled_by: by,
        });
        if (rand() > 0.65 || (p.exit && p.exit.day <= day)) continue;
        const score = () => Math.round(clamp(level + gauss(rand) * 0.6, 1, 5));
        feedback.push({
          id: newId(),
          session_id: id,
          employee_id: p.id,
          content_score: score(),
          trainer_score: score(),
          method_score: score(),
          suggestions: SUGGESTIONS[Math.floor(rand() * SUGGESTIONS.length)],
          created_at: ts(day, half === 'am' ? '12:30' : '17:00'),
        });
      }
    }
    for (const p of people) {
      if (p.mentor === null) continue;
      const start = addDays(intake.start, 21);
      const until = addDays(intake.start, 34);
      const gone = p.exit && p.exit.day < until;
      const running = !gone && until >= c.today;
      mentoring.push({
        id: newId(),
        trainee_id: p.id,
        mentor_id: c.mentors[p.mentor],
        mode: 'one_to_one',
        plan_id: planId,
        start_date: start,
        end_date: running ? null : gone ? p.exit!.day : until,
        status: running ? 'active' : 'ended',
        end_reason: running ? null : gone ? '学员离开培训' : '跟听阶段结束',
        replaces_id: null,
        created_by: by,
        created_at: ts(start, '08:30'),
        updated_at: now,
      });
    }
  }
  await insertMany(trx, 'training_cohorts', cohorts.slice(PROGRAMS.length));
  await insertMany(trx, 'training_cohort_members', members);
  await insertMany(trx, 'training_sessions', sessions);
  await insertMany(trx, 'training_enrollments', enrolments);
  await insertMany(trx, 'training_feedback', feedback);
  await insertMany(trx, 'training_mentor_assignments', mentoring);
  return plans;
}
