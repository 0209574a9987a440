import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { TrainingMaterialTable } from '../../../db/schema-training.js';
import { personNo } from '../../people/identity.query.js';

// Kysely queries for learning materials and their completion (materials.service.ts holds the rules).

export const materialsOfCourse = (db: Db, courseId: string) =>
  db.selectFrom('training_materials').selectAll().where('course_id', '=', courseId).orderBy('id').execute();

export const findMaterial = (db: Db, id: string) =>
  db.selectFrom('training_materials').selectAll().where('id', '=', id).executeTakeFirst();

export const insertMaterial = (db: Db, row: Insertable<TrainingMaterialTable>) =>
  db.insertInto('training_materials').values(row).execute();

export const updateMaterial = (db: Db, id: string, set: Updateable<TrainingMaterialTable>) =>
  db.updateTable('training_materials').set(set).where('id', '=', id).execute();

/** Whether the person is booked on a scheduled session of the course. */
export const isBookedOnCourse = async (db: Db, employeeId: string, courseId: string) =>
  !!(await db
    .selectFrom('training_enrollments as en')
    .innerJoin('training_sessions as s', 's.id', 'en.session_id')
    .select('s.id')
    .where('en.employee_id', '=', employeeId)
    .where('s.course_id', '=', courseId)
    .where('s.status', '=', 'scheduled')
    .executeTakeFirst());

/** Records a completion; a second one for the same material and person changes nothing. */
export const insertCompletion = (db: Db, materialId: string, employeeId: string, at: string) =>
  db
    .insertInto('training_material_completions')
    .values({ material_id: materialId, employee_id: employeeId, completed_at: at })
    .onConflict((oc) => oc.columns(['material_id', 'employee_id']).doNothing())
    .execute();

/** The courses a person is booked on (scheduled sessions), with the start of their first session. */
export const firstSessionsOf = (db: Db, employeeId: string) =>
  db
    .selectFrom('training_enrollments as en')
    .innerJoin('training_sessions as s', 's.id', 'en.session_id')
    .innerJoin('training_courses as c', 'c.id', 's.course_id')
    .select(['s.course_id', 'c.title'])
    .select((eb) => eb.fn.min('s.starts_at').as('first'))
    .where('en.employee_id', '=', employeeId)
    .where('s.status', '=', 'scheduled')
    .groupBy(['s.course_id', 'c.title'])
    .execute();

/** The unarchived materials of these courses, with when the person completed each. */
export const materialsWithCompletion = (db: Db, courseIds: string[], employeeId: string) =>
  db
    .selectFrom('training_materials as m')
    .leftJoin('training_material_completions as mc', (j) =>
      j.onRef('mc.material_id', '=', 'm.id').on('mc.employee_id', '=', employeeId),
    )
    .selectAll('m')
    .select('mc.completed_at')
    .where('m.course_id', 'in', courseIds)
    .where('m.archived', '=', 0)
    .execute();

/** The people booked on the course (scheduled sessions) with their completion of the material, by employee number. */
export const completionsOf = (db: Db, courseId: string, materialId: string) =>
  db
    .selectFrom('training_enrollments as en')
    .innerJoin('training_sessions as s', 's.id', 'en.session_id')
    .leftJoin('training_material_completions as mc', (j) =>
      j.onRef('mc.employee_id', '=', 'en.employee_id').on('mc.material_id', '=', materialId),
    )
    // DISTINCT on PostgreSQL sorts only by what it selects
    .select(['en.employee_id', 'mc.completed_at', personNo('en.employee_id').as('sort_no')])
    .distinct()
    .where('s.course_id', '=', courseId)
    .where('s.status', '=', 'scheduled')
    .orderBy('sort_no')
    .execute();
