import type { Db } from '../../db/connect.js';
import { centerOffset, todayInCenter } from '../../lib/center-time.js';
import { dayRange, nowIso } from '../../lib/clock.js';
import { newId } from '../../lib/ids.js';

// Work waiting for the demo users on the home page (issue 26), this area's part: the items each
// demo role finds at the top of its list, some due today, some late. The training demo already
// leaves the trainer a late session without attendance (the ad-hoc V3 briefing), the mentor an
// open problem from weeks ago, the trainee an open exam; the drills demo gives agents today's
// quiz and due cards. What it lacks is a session today: the trainer's attendance to take and the
// trainee's (and four classmates') session of the afternoon.
export async function seedHomeTrainingDemo(db: Db): Promise<void> {
  const trainer = await db
    .selectFrom('users as u')
    .innerJoin('training_trainers as t', 't.employee_id', 'u.employee_id')
    .select('t.id')
    .where('u.username', '=', 'trainer')
    .executeTakeFirst();
  const learner = await db
    .selectFrom('users')
    .select('employee_id')
    .where('username', '=', 'trainee')
    .executeTakeFirst();
  const course = await db
    .selectFrom('training_courses')
    .select('id')
    .where('archived', '=', 0)
    .orderBy('code')
    .executeTakeFirst();
  if (!trainer || !learner?.employee_id || !course) return;
  const today = await todayInCenter(db);
  const { start } = dayRange(today, today, await centerOffset(db));
  const startsAt = new Date(Date.parse(start) + 14 * 3_600_000).toISOString(); // 14:00 in the center
  const endsAt = new Date(Date.parse(start) + 16 * 3_600_000).toISOString();
  const taken = await db
    .selectFrom('training_sessions')
    .select('id')
    .where('trainer_id', '=', trainer.id)
    .where('starts_at', '=', startsAt)
    .executeTakeFirst();
  if (taken) return;
  const classmates = await db
    .selectFrom('training_enrollments as en')
    .innerJoin('training_sessions as s', 's.id', 'en.session_id')
    .select('en.employee_id')
    .distinct()
    .where('s.trainer_id', '=', trainer.id)
    // Classmates without an account: the other demo users keep their own lists.
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('users as o').select('o.id').whereRef('o.employee_id', '=', 'en.employee_id'))),
    )
    .orderBy('en.employee_id')
    .limit(4)
    .execute();
  const id = newId();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('training_sessions')
      .values({
        id,
        course_id: course.id,
        trainer_id: trainer.id,
        plan_id: null,
        phase_id: null,
        title: '今日复训：投诉升级流程',
        room: '培训中心303',
        starts_at: startsAt,
        ends_at: endsAt,
        status: 'scheduled',
        notes: null,
        created_by: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx
      .insertInto('training_enrollments')
      .values(
        [learner.employee_id!, ...classmates.map((c) => c.employee_id)].map((employee_id) => ({
          session_id: id,
          employee_id,
          enrolled_at: now,
          enrolled_by: null,
        })),
      )
      .execute();
  });
}
