import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import { containsCi, type DialectName } from '../../../db/portable.js';
import type { TrainingCourseTable } from '../../../db/schema-training.js';

// Kysely queries for the course catalogue (courses.service.ts holds the rules).

/** Courses with how many active materials each has. */
const withCounts = (db: Db) =>
  db
    .selectFrom('training_courses as c')
    .selectAll('c')
    .select((eb) =>
      eb
        .selectFrom('training_materials as m')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('m.course_id', '=', 'c.id')
        .where('m.archived', '=', 0)
        .as('material_count'),
    );

export interface CourseFilter {
  contentArea?: string;
  method?: string;
  includeArchived?: boolean;
  q?: string;
}

/** Courses with material counts, by content area and code, narrowed by the filter. */
export function courseRowsWithCounts(db: Db, dialect: DialectName, f: CourseFilter) {
  let query = withCounts(db).orderBy('c.content_area').orderBy('c.code');
  if (f.contentArea) query = query.where('c.content_area', '=', f.contentArea);
  if (f.method) query = query.where('c.method', '=', f.method);
  if (!f.includeArchived) query = query.where('c.archived', '=', 0);
  if (f.q) {
    const text = f.q;
    query = query.where((eb) =>
      eb.or([containsCi(dialect, eb.ref('c.title'), text), containsCi(dialect, eb.ref('c.code'), text)]),
    );
  }
  return query.execute();
}

export const courseRowWithCounts = (db: Db, id: string) => withCounts(db).where('c.id', '=', id).executeTakeFirst();

export const courseRow = (db: Db, id: string) =>
  db.selectFrom('training_courses').selectAll().where('id', '=', id).executeTakeFirst();

export const courseStates = (db: Db, ids: string[]) =>
  db.selectFrom('training_courses').select(['id', 'code', 'title', 'archived']).where('id', 'in', ids).execute();

export const insertCourse = (db: Db, row: Insertable<TrainingCourseTable>) =>
  db.insertInto('training_courses').values(row).execute();
