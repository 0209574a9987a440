import { newId } from '../lib/ids.js';
import { addDays, MATERIALS, TIMETABLE, ts, type TrainingDemo } from './training-data.js';

/** Materials with their completions, certificates, and the one-to-one mentoring phase. */
export async function seedRecords(
  c: TrainingDemo,
  p: { course: Map<string, string>; planId: string; mentorEmp: string; trainerEmp: string; floor: { id: string }[] },
) {
  const { trx, by, now, me, cohort, rand, pick, week } = c;
  const { course, planId, mentorEmp, trainerEmp, floor } = p;
  for (const [code, kind, title, url, due] of MATERIALS) {
    const id = newId();
    await trx
      .insertInto('training_materials')
      .values({
        id,
        course_id: course.get(code)!,
        kind,
        title,
        url,
        required: 1,
        due_offset_days: due,
        archived: 0,
        created_by: by,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const firstDay = week(TIMETABLE.find((t) => t[2] === code)![0]);
    if (ts(addDays(firstDay, due), '20:00') > now) continue;
    const done = cohort.filter((p) => (p === me ? code !== 'NH-202' : rand() < 0.85));
    if (done.length)
      await trx
        .insertInto('training_material_completions')
        .values(
          done.map((employee_id) => ({
            material_id: id,
            employee_id,
            completed_at: ts(addDays(firstDay, due), '20:00'),
          })),
        )
        .execute();
  }

  for (const [employee_id, name, issuer, issued] of [
    [mentorEmp, '带教导师资格', '培训发展室', '2025-06-30'],
    [trainerEmp, '企业内训师（高级）', '培训发展室', '2025-03-01'],
  ] as const) {
    await trx
      .insertInto('training_certificates')
      .values({
        id: newId(),
        employee_id,
        name,
        issuer,
        issued_on: issued,
        expires_on: null,
        course_id: null,
        note: null,
        created_by: by,
        created_at: now,
      })
      .execute();
  }

  // The one-to-one phase starts on the second Monday: a mentor per trainee, afternoons on the floor.
  const mentors = [mentorEmp, ...floor.map((f) => f.id)];
  const start = week(7);
  for (const [i, person] of [me, ...cohort.filter((p) => p !== me)].entries()) {
    if (!mentors[i]) break;
    const id = newId();
    await trx
      .insertInto('training_mentor_assignments')
      .values({
        id,
        trainee_id: person,
        mentor_id: mentors[i],
        mode: 'one_to_one',
        plan_id: planId,
        start_date: start,
        end_date: null,
        status: 'active',
        end_reason: null,
        replaces_id: null,
        created_by: by,
        created_at: now,
        updated_at: now,
      })
      .execute();
    for (let n = 0; n < 5; n++) {
      const d = week(7 + n);
      if (ts(d, '17:00') > now) break;
      await trx
        .insertInto('training_mentor_hours')
        .values({
          id: newId(),
          assignment_id: id,
          trainee_id: person,
          work_date: d,
          hours: pick([3, 3.5, 4]),
          note: null,
          logged_by: null,
          created_at: ts(d, '17:30'),
        })
        .execute();
      if (person === me && n === 0) {
        await trx
          .insertInto('training_mentor_problems')
          .values({
            id: newId(),
            assignment_id: id,
            trainee_id: person,
            work_date: d,
            description: '客户询问信用卡账单日调整，不熟悉系统路径',
            status: 'open',
            closed_on: null,
            resolution: null,
            created_by: null,
            created_at: ts(d, '17:30'),
            updated_at: ts(d, '17:30'),
          })
          .execute();
      }
    }
  }
}
