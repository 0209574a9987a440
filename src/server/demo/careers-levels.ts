import type { Db } from '../db/connect.js';
import { addDays, addMonths, nowIso } from '../lib/clock.js';
import { todayInCenter } from '../lib/center-time.js';
import { newId } from '../lib/ids.js';
import { recordCareerEvent } from '../modules/careers/shared/events.js';
import { standingsOf } from '../modules/careers/levels/standing.js';
import { demoActor } from './demo-actor.js';

// Demo data of issue 21 (levels), after every other demo; relative to the clock, and a second run leaves it as it is.
// The training demo's four trainers placed on the default grades half a year ago (their
// internal certification: 中级 for the `trainer` account and the consultant, 初级 for the
// others), and a year of on-the-job sessions for the second internal trainer, well rated, so
// that they meet 中级讲师 now and stand on the ready-for-promotion list.

const PLACEMENT: [certification: string, gradeId: string][] = [
  ['内训师（高级）', 'trainer-grade-intermediate'],
  ['国家二级企业培训师', 'trainer-grade-intermediate'],
  ['内训师（中级）', 'trainer-grade-junior'],
  ['内训师（初级）', 'trainer-grade-junior'],
];
const REASON = '系统启用讲师等级时，按原内训师认证定级';

export async function seedCareersLevelsDemo(db: Db): Promise<void> {
  if (await db.selectFrom('career_trainer_levels').select('trainer_id').limit(1).executeTakeFirst()) return;
  const trainers = await db.selectFrom('training_trainers').selectAll().orderBy('created_at').execute();
  const grades = await db.selectFrom('career_trainer_grades').select(['id', 'name']).execute();
  if (!trainers.length || grades.length < 2) return;
  const manager = await demoActor(db, 'training');
  const today = await todayInCenter(db);
  const placedOn = addMonths(today, -6);
  const at = nowIso();
  const gradeName = new Map(grades.map((g) => [g.id, g.name]));
  const ready = trainers.find((t) => t.certification === '内训师（中级）' && t.employee_id);
  await db.transaction().execute(async (trx) => {
    if (ready) await pastSessions(trx, ready.id, today);
    for (const t of trainers) {
      const gradeId = PLACEMENT.find(([c]) => c === t.certification)?.[1];
      if (!gradeId || !gradeName.has(gradeId)) continue;
      const historyId = newId();
      await trx
        .insertInto('career_trainer_levels')
        .values({
          trainer_id: t.id,
          grade_id: gradeId,
          since: placedOn,
          confirmed_by: manager.userId,
          updated_at: at,
          version: 1,
        })
        .execute();
      await trx
        .insertInto('career_trainer_level_history')
        .values({
          id: historyId,
          trainer_id: t.id,
          grade_id: gradeId,
          previous_grade_id: null,
          day: placedOn,
          kind: 'set',
          reason: REASON,
          criteria: '[]',
          unmet: '[]',
          confirmed_by: manager.userId,
          confirmed_by_name: manager.name,
          created_at: at,
        })
        .execute();
      if (t.employee_id)
        await recordCareerEvent(trx, {
          employeeId: t.employee_id,
          kind: 'trainer_level_confirmed',
          day: placedOn,
          ref: historyId,
          detail: { trainerId: t.id, gradeId, gradeName: gradeName.get(gradeId), change: 'set', reason: REASON },
          recordedBy: manager.userId,
        });
    }
  });
  if (ready) {
    const s = (await standingsOf(db, [ready.id])).get(ready.id);
    if (!s?.ready)
      console.warn(`demo: trainer levels: ${ready.name} is not ready for promotion (${s?.unmet.join(', ')})`);
  }
}

/** Two on-the-job sessions a month over the last eleven months, each rated by three floor agents. */
async function pastSessions(trx: Db, trainerId: string, today: string) {
  const course = await trx.selectFrom('training_courses').select('id').orderBy('code').executeTakeFirst();
  const floor = await trx
    .selectFrom('employees')
    .select('id')
    .where('status', 'in', ['regular', 'key_staff'])
    .orderBy('employee_no')
    .limit(24)
    .execute();
  if (!course || floor.length < 3) return;
  const by = (await demoActor(trx, 'training')).userId;
  for (let i = 0; i < 22; i++) {
    const day = addDays(addMonths(today, -11 + Math.floor(i / 2)), (i % 2) * 7 + 1);
    if (day >= today) break;
    const starts = new Date(`${day}T14:00:00+08:00`).toISOString();
    const ends = new Date(`${day}T17:00:00+08:00`).toISOString();
    const id = newId();
    await trx
      .insertInto('training_sessions')
      .values({
        id,
        course_id: course.id,
        trainer_id: trainerId,
        plan_id: null,
        phase_id: null,
        title: '在岗提升专题',
        room: '培训中心302',
        starts_at: starts,
        ends_at: ends,
        status: 'scheduled',
        notes: null,
        created_by: by,
        version: 1,
        created_at: starts,
        updated_at: starts,
      })
      .execute();
    const learners = [0, 1, 2].map((k) => floor[(i * 3 + k) % floor.length].id);
    for (const [k, employee_id] of learners.entries()) {
      await trx
        .insertInto('training_enrollments')
        .values({ session_id: id, employee_id, enrolled_at: starts, enrolled_by: by })
        .execute();
      await trx
        .insertInto('training_attendance')
        .values({
          session_id: id,
          employee_id,
          status: 'present',
          minutes: null,
          note: null,
          recorded_by: by,
          recorded_at: ends,
        })
        .execute();
      const score = k === 2 ? 4 : 5;
      await trx
        .insertInto('training_feedback')
        .values({
          id: newId(),
          session_id: id,
          employee_id,
          content_score: score,
          trainer_score: score,
          method_score: score,
          suggestions: null,
          created_at: ends,
        })
        .execute();
    }
  }
}
