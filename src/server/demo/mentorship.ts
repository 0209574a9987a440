import type { Db } from '../db/connect.js';
import { centerOffset } from '../lib/center-time.js';
import { addDays, centerToday, nowIso } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import '../modules/mentorship/pool/gate.js';
import { eligibilityOf } from '../modules/mentorship/pool/eligibility.js';
import { putConfig, selectMentor } from '../modules/mentorship/pool/pool.service.js';
import { identities } from '../modules/people/identity.service.js';
import { assign } from '../modules/training/mentoring/mentoring.service.js';
import { demoActor } from './demo-actor.js';

// Demo data of issue 20 (mentorship), after every other demo: the mentor-training course chosen,
// the demo's mentors (those the training demo assigned, and the `mentor` account) trained and
// judged by the pool's own rules — those eligible selected, and one more with an override reason
// naming what they do not meet yet — a trainee's ratings of two mentors (one low enough to be flagged), and
// a coaching mentor for the regular agent with the weakest QA average. Relative to the clock; a
// second run finds the pool configured and leaves everything as it is.

const COURSE = { code: 'MT-101', title: '带教导师培训（选拔与带教方法）' };
const CRITERION_NAMES: Record<string, string> = {
  tenure: '司龄',
  qa: '质检均分',
  appraisal: '绩效',
  mentorTraining: '导师培训',
};

export async function seedMentorshipDemo(db: Db): Promise<{ mentors: number } | null> {
  if (await db.selectFrom('mentor_pool_config').select('id').executeTakeFirst()) return null;
  const manager = await demoActor(db, 'training');
  const today = centerToday(await centerOffset(db));
  const now = nowIso();

  let course = await db.selectFrom('training_courses').select('id').where('code', '=', COURSE.code).executeTakeFirst();
  if (!course) {
    course = { id: newId() };
    await db
      .insertInto('training_courses')
      .values({
        id: course.id,
        code: COURSE.code,
        title: COURSE.title,
        content_area: 'conduct_mindset',
        method: 'mentoring',
        hours: 6,
        description: '导师入池前的必修课：带教职责、跟听反馈方法、问题当日闭环、情绪与沟通',
        archived: 0,
        created_by: manager.userId,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  await putConfig(db, manager, { mentorCourseId: course.id, version: 0 });

  const assigned = await db.selectFrom('training_mentor_assignments').select('mentor_id').distinct().execute();
  const mentorIds = [
    ...new Set([manager.employeeId, (await demoActor(db, 'mentor')).employeeId, ...assigned.map((a) => a.mentor_id)]),
  ].filter((id): id is string => !!id && id !== manager.employeeId);
  const people = [...(await identities(db, mentorIds)).values()].filter((p) =>
    ['regular', 'key_staff', 'team_lead'].includes(p.status),
  );
  // All but the last have passed mentor training (certificate of the course, a month ago).
  for (const p of people.slice(0, -1))
    await db
      .insertInto('training_certificates')
      .values({
        id: newId(),
        employee_id: p.id,
        name: '带教导师培训合格',
        issuer: '培训发展室',
        issued_on: addDays(today, -30),
        expires_on: null,
        course_id: course.id,
        note: null,
        created_by: manager.userId,
        created_at: now,
      })
      .execute();
  // Those who meet every criterion are selected; of the others only the `mentor` account (or the
  // first of them), with an override reason naming what is missing. The rest stay candidates: their
  // current mentees keep them, but they get no new one until selected.
  const facts = await eligibilityOf(db, people);
  const mentorAccount = (await demoActor(db, 'mentor')).employeeId;
  const unmetOnes = people.filter((p) => facts.get(p.id)!.unmet.length);
  const overridden = unmetOnes.find((p) => p.id === mentorAccount) ?? unmetOnes[0];
  const selected = people.filter((p) => !facts.get(p.id)!.unmet.length || p === overridden);
  for (const p of selected) {
    const unmet = facts.get(p.id)!.unmet;
    const overrideReason = unmet.length
      ? `培训负责人推荐：带教经验丰富、学员反馈好；暂未满足${unmet.map((k) => CRITERION_NAMES[k]).join('、')}，三个月内补齐`
      : null;
    await selectMentor(db, manager, { employeeId: p.id, overrideReason });
  }

  await rateMentors(
    db,
    now,
    selected.map((p) => p.id),
  );
  await coachWeakestAgent(db, manager, selected, today);
  return { mentors: selected.length };
}

/** Trainees rate pool mentors: one low (that mentor is flagged), one warmly. */
async function rateMentors(db: Db, now: string, mentorIds: string[]) {
  if (!mentorIds.length) return;
  const rows = await db
    .selectFrom('training_mentor_assignments as a')
    .leftJoin('training_mentor_ratings as r', 'r.assignment_id', 'a.id')
    .select(['a.id', 'a.trainee_id', 'a.mentor_id'])
    .where('a.status', '=', 'active')
    .where('a.mode', '=', 'one_to_one')
    .where('a.mentor_id', 'in', mentorIds)
    .where('r.id', 'is', null)
    .orderBy('a.start_date')
    .orderBy('a.id')
    .limit(2)
    .execute();
  const given: [number, string][] = [
    [2, '批评过于严厉，不敢提问'],
    [5, '耐心细致，每天下班前一起复盘'],
  ];
  for (const [i, a] of rows.entries())
    await db
      .insertInto('training_mentor_ratings')
      .values({
        id: newId(),
        assignment_id: a.id,
        trainee_id: a.trainee_id,
        mentor_id: a.mentor_id,
        score: given[i][0],
        comment: given[i][1],
        created_at: now,
      })
      .execute();
}

/** The regular agent with the lowest QA average of the last 90 days (any regular agent without
 *  evaluations yet) gets a coaching mentor. */
async function coachWeakestAgent(
  db: Db,
  manager: Awaited<ReturnType<typeof demoActor>>,
  mentors: { id: string }[],
  today: string,
) {
  const coach = mentors.at(0);
  if (!coach) return;
  const others = mentors.map((m) => m.id);
  const weakest = await db
    .selectFrom('qa_evaluations as q')
    .innerJoin('employees as e', 'e.id', 'q.agent_id')
    .select(['q.agent_id', (eb) => eb.fn.avg<number>('q.final_score').as('avg')])
    .where('e.status', '=', 'regular')
    .where('q.day', '>=', addDays(today, -90))
    .where('q.agent_id', 'not in', others)
    .groupBy('q.agent_id')
    .orderBy('avg')
    .orderBy('q.agent_id')
    .executeTakeFirst();
  const anyone = weakest
    ? null
    : await db
        .selectFrom('employees')
        .select('id')
        .where('status', '=', 'regular')
        .where('id', 'not in', others)
        .orderBy('employee_no')
        .executeTakeFirst();
  const traineeId = weakest?.agent_id ?? anyone?.id;
  if (!traineeId) return;
  const why = weakest
    ? `近 90 天质检均分 ${Math.round(Number(weakest.avg) * 10) / 10}，低于中心要求`
    : '上线后业务不熟，班组长申请';
  await assign(db, manager, {
    traineeId,
    mentorId: coach.id,
    mode: 'coaching',
    startDate: today,
    planId: null,
    reason: `${why}，安排骨干辅导带教一个月`,
  });
}
