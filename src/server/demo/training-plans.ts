import { newId } from '../lib/ids.js';
import { COHORT_START } from './seed-org.js';
import { addDays, COURSES, ts, type TrainingDemo } from './training-data.js';

/** The cohort, its needs survey (answered, closed) and its running plan, plus an on-the-job
 *  quarterly plan and an ad-hoc (draft) one. */
export async function seedPlans(
  c: TrainingDemo,
  p: { teamId: string; managerEmp: string; course: Map<string, string> },
) {
  const { trx, by, now, cohort, rand, pick, week } = c;
  const { course } = p;
  const cohortId = newId();
  await trx
    .insertInto('training_cohorts')
    .values({
      id: cohortId,
      name: '2026年11月新员工培训班',
      team_id: p.teamId,
      start_date: COHORT_START,
      created_by: by,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await trx
    .insertInto('training_cohort_members')
    .values(cohort.map((employee_id) => ({ cohort_id: cohortId, employee_id, added_at: now })))
    .execute();

  // Needs survey sent the week before the start, answered by most of the cohort and their supervisor, closed.
  const surveyId = newId();
  const questions = [
    {
      id: 'topics',
      kind: 'choice',
      text: '你最希望加强的培训内容（可多选）',
      options: ['产品知识', '系统操作', '沟通话术', '投诉处理', '情绪管理'],
      multiple: true,
    },
    { id: 'confidence', kind: 'rating', text: '你对独立接听客户来电的信心（1–5）', multiple: false },
    { id: 'wish', kind: 'text', text: '对培训安排的其他建议', multiple: false },
  ];
  await trx
    .insertInto('training_surveys')
    .values({
      id: surveyId,
      title: '新员工岗前培训需求调研',
      description: '用于制定2026年11月新员工培训计划',
      audience_kind: 'cohort',
      audience_ref: cohortId,
      questions: JSON.stringify(questions),
      status: 'closed',
      closes_on: addDays(COHORT_START, -2),
      created_by: by,
      version: 2,
      created_at: ts(addDays(COHORT_START, -7), '10:00'),
      updated_at: now,
    })
    .execute();
  const answered = ts(addDays(COHORT_START, -4), '16:00');
  await trx
    .insertInto('training_survey_recipients')
    .values([
      {
        survey_id: surveyId,
        employee_id: p.managerEmp,
        respondent_kind: 'supervisor',
        answers: JSON.stringify({
          topics: ['投诉处理', '系统操作'],
          confidence: 2,
          wish: '投诉处理与系统操作是上岗后最常见的短板',
        }),
        answered_at: answered,
      },
      ...cohort.map((employee_id, i) => ({
        survey_id: surveyId,
        employee_id,
        respondent_kind: 'individual',
        answered_at: i % 5 === 4 ? null : answered,
        answers:
          i % 5 === 4
            ? null
            : JSON.stringify({
                topics: [pick(['产品知识', '沟通话术', '情绪管理', '系统操作'])],
                confidence: 1 + Math.floor(rand() * 4),
              }),
      })),
    ])
    .execute();

  const planId = newId();
  const phase = (seq: number, name: string, kind: string, start: number, end: number, codes: string[]) => ({
    id: newId(),
    plan_id: planId,
    seq,
    name,
    kind,
    start_date: week(start),
    end_date: week(end),
    course_ids: JSON.stringify(codes.map((c) => course.get(c))),
  });
  const phases = [
    phase(
      1,
      '课堂培训',
      'classroom',
      0,
      11,
      COURSES.slice(0, 12).map((c) => c[0]),
    ),
    phase(2, '一对一跟听', 'one_to_one', 7, 18, ['NH-601']),
    phase(3, '一对五跟听', 'one_to_five', 21, 32, ['NH-601']),
    phase(4, '正式上岗', 'go_live', 35, 53, []),
  ];
  await trx
    .insertInto('training_plans')
    .values({
      id: planId,
      title: '2026年11月新员工岗前培训',
      audience: 'new_hire',
      cohort_id: cohortId,
      start_date: COHORT_START,
      end_date: week(53),
      recurrence: 'none',
      trigger: null,
      trigger_note: null,
      objectives: '八周内掌握产品、系统与服务规范，独立接听常见来电',
      assessment_plan: '每周理论测验；第二周末实践考核（角色扮演）；日常表现每周评分',
      supervision: '培训负责人每日巡查，班组长参与跟听阶段',
      venue: '培训中心301',
      equipment: '坐席电脑、耳麦、模拟工单系统、投影',
      methods: JSON.stringify(['lecture', 'case_study', 'role_play', 'mentoring', 'online', 'experience_sharing']),
      evaluation_method: '理论考核＋实践考核＋日常表现（考勤30、学习态度30、团队协作40）',
      status: 'active',
      needs_survey_id: surveyId,
      previous_plan_id: null,
      created_by: by,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await trx.insertInto('training_plan_phases').values(phases).execute();
  for (const [title, recurrence, trigger, note, start, end] of [
    ['2026年第四季度在岗服务技能提升', 'quarterly', null, null, '2026-10-08', '2026-12-31'],
    [
      '工单系统V3上线专题培训',
      'adhoc',
      'system_change',
      '工单系统V3于12月上线，新增工单合并与升级流程',
      '2026-11-24',
      '2026-12-04',
    ],
  ] as const) {
    await trx
      .insertInto('training_plans')
      .values({
        id: newId(),
        title,
        audience: 'on_the_job',
        cohort_id: null,
        start_date: start,
        end_date: end,
        recurrence,
        trigger,
        trigger_note: note,
        objectives: null,
        assessment_plan: '课后小测',
        supervision: null,
        venue: '培训中心302',
        equipment: null,
        methods: JSON.stringify(['lecture', 'online']),
        evaluation_method: '课后反馈与小测',
        status: recurrence === 'adhoc' ? 'draft' : 'active',
        needs_survey_id: null,
        previous_plan_id: null,
        created_by: by,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  return { planId, phases };
}
