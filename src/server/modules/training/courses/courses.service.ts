import type { z } from 'zod';
import type { CourseInput, CourseListQuery, CourseUpdate } from '../../../../common/training-courses.js';
import type { Db } from '../../../db/connect.js';
import { containsCi, type DialectName } from '../../../db/portable.js';
import type { TrainingCourseTable } from '../../../db/schema-training.js';
import type { Actor } from '../../../lib/actor.js';
import { diff, recordAudit } from '../../../lib/audit.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';
import { uniqueOr, updateAtVersion } from '../shared/store.js';

// The course catalogue (SPEC §3): each course sits in one of the five content areas and is
// taught by one of the six methods; archived courses stay on records but are not scheduled.

type Row = TrainingCourseTable & { material_count?: number | string | null };

const toDto = (r: Row) => ({
  id: r.id,
  code: r.code,
  title: r.title,
  contentArea: r.content_area as never,
  method: r.method as never,
  hours: Number(r.hours),
  description: r.description,
  archived: r.archived === 1,
  materialCount: Number(r.material_count ?? 0),
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

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

export async function listCourses(db: Db, dialect: DialectName, q: z.output<typeof CourseListQuery>) {
  let query = withCounts(db).orderBy('c.content_area').orderBy('c.code');
  if (q.contentArea) query = query.where('c.content_area', '=', q.contentArea);
  if (q.method) query = query.where('c.method', '=', q.method);
  if (!q.includeArchived) query = query.where('c.archived', '=', 0);
  if (q.q)
    query = query.where((eb) =>
      eb.or([containsCi(dialect, eb.ref('c.title'), q.q!), containsCi(dialect, eb.ref('c.code'), q.q!)]),
    );
  return (await query.execute()).map(toDto);
}

export async function findCourse(db: Db, id: string) {
  return db.selectFrom('training_courses').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getCourse(db: Db, id: string) {
  const row = await withCounts(db).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Course');
  return toDto(row);
}

/** The courses with these ids, all of which must exist (and, for scheduling, not be archived). */
export async function requireCourses(db: Db, ids: string[], field: string, opts: { active?: boolean } = {}) {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = await db
    .selectFrom('training_courses')
    .select(['id', 'code', 'title', 'archived'])
    .where('id', 'in', unique)
    .execute();
  const missing = unique.find((id) => !rows.some((r) => r.id === id));
  if (missing) throw ruleBroken('UNKNOWN_COURSE', `No such course: ${missing}`, field);
  const archived = opts.active && rows.find((r) => r.archived === 1);
  if (archived) throw ruleBroken('COURSE_ARCHIVED', `The course ${archived.code} is archived`, field);
  return rows;
}

const uniqueCode = <T>(work: () => Promise<T>) =>
  uniqueOr(conflict('DUPLICATE_COURSE_CODE', 'Another course has this code', 'code'), work);

const columns = (input: z.output<typeof CourseInput>) => ({
  code: input.code,
  title: input.title,
  content_area: input.contentArea,
  method: input.method,
  hours: input.hours,
  description: input.description,
  archived: input.archived ? 1 : 0,
});

export async function createCourse(db: Db, actor: Actor, input: z.output<typeof CourseInput>) {
  const at = nowIso();
  const row = { id: newId(), ...columns(input), created_by: actor.userId, version: 1, created_at: at, updated_at: at };
  await uniqueCode(() =>
    db.transaction().execute(async (trx) => {
      await trx.insertInto('training_courses').values(row).execute();
      await recordAudit(trx, actor, { action: 'create', entity: 'training_course', entityId: row.id, newValue: row });
    }),
  );
  return row.id;
}

export async function updateCourse(db: Db, actor: Actor, id: string, input: z.output<typeof CourseUpdate>) {
  const before = await findCourse(db, id);
  if (!before) throw notFound('Course');
  const set = columns(input);
  const { oldValue, newValue, changed } = diff(before as unknown as Record<string, unknown>, set);
  if (!changed) return;
  await uniqueCode(() =>
    db.transaction().execute(async (trx) => {
      await updateAtVersion(trx, 'training_courses', id, input.version, set, 'course');
      await recordAudit(trx, actor, { action: 'update', entity: 'training_course', entityId: id, oldValue, newValue });
    }),
  );
}
