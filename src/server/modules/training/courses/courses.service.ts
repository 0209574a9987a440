import type { z } from 'zod';
import type { CourseInput, CourseListQuery, CourseUpdate } from '../../../../common/training-courses.js';
import type { Db } from '../../../db/connect.js';
import type { DialectName } from '../../../db/portable.js';
import type { TrainingCourseTable } from '../../../db/schema-training.js';
import type { Actor } from '../../../lib/actor.js';
import { diff, recordAudit } from '../../../lib/audit.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';
import { uniqueOr, updateAtVersion } from '../shared/store.js';
import { courseRow, courseRowsWithCounts, courseRowWithCounts, courseStates, insertCourse } from './courses.repo.js';

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

export async function listCourses(db: Db, dialect: DialectName, q: z.output<typeof CourseListQuery>) {
  const rows = await courseRowsWithCounts(db, dialect, {
    contentArea: q.contentArea,
    method: q.method,
    includeArchived: q.includeArchived,
    q: q.q,
  });
  return rows.map(toDto);
}

export async function findCourse(db: Db, id: string) {
  return courseRow(db, id);
}

export async function getCourse(db: Db, id: string) {
  const row = await courseRowWithCounts(db, id);
  if (!row) throw notFound('Course');
  return toDto(row);
}

/** The courses with these ids, all of which must exist (and, for scheduling, not be archived). */
export async function requireCourses(db: Db, ids: string[], field: string, opts: { active?: boolean } = {}) {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = await courseStates(db, unique);
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
      await insertCourse(trx, row);
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
