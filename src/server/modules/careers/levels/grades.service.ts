import type { z } from 'zod';
import type { Grade, GradeInput, GradeUpdate } from '../../../../common/careers-levels.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import type { CareerTrainerGradesTable } from '../../../db/schema-careers-levels.js';
import type { Actor } from '../../../lib/actor.js';
import { diff, recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { conflict, notFound } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import * as repo from './levels.repo.js';

// The grades the training manager edits: names, order (position, low to high) and standards.
// A grade someone holds, or that appears in a level history, cannot be deleted (the history
// would lose its name); rename it instead.

const toDto = (g: CareerTrainerGradesTable, holders: Map<string, number>): Grade => ({
  id: g.id,
  name: g.name,
  position: g.position,
  minHours: g.min_hours === null ? null : Number(g.min_hours),
  minSessions: g.min_sessions,
  minRating: g.min_rating === null ? null : Number(g.min_rating),
  minPassRate: g.min_pass_rate === null ? null : Number(g.min_pass_rate),
  description: g.description,
  holders: holders.get(g.id) ?? 0,
  version: g.version,
});

export async function listGrades(db: Db) {
  const [rows, holders] = await Promise.all([repo.gradeRows(db), repo.holdersByGrade(db)]);
  return rows.map((g) => toDto(g, holders));
}

const columns = (input: z.output<typeof GradeInput>) => ({
  name: input.name,
  position: input.position,
  min_hours: input.minHours,
  min_sessions: input.minSessions,
  min_rating: input.minRating,
  min_pass_rate: input.minPassRate,
  description: input.description || null,
});

async function uniqueName<T>(work: () => Promise<T>) {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('DUPLICATE_GRADE', 'A grade with this name already exists', 'name');
    throw err;
  }
}

export async function createGrade(db: Db, actor: Actor, input: z.output<typeof GradeInput>) {
  const at = nowIso();
  const row = { id: newId(), ...columns(input), created_at: at, updated_at: at, version: 1 };
  await uniqueName(() =>
    db.transaction().execute(async (trx) => {
      await repo.insertGrade(trx, row);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'career_trainer_grade',
        entityId: row.id,
        newValue: row,
      });
    }),
  );
  return row.id;
}

export async function updateGrade(db: Db, actor: Actor, id: string, input: z.output<typeof GradeUpdate>) {
  const before = await repo.gradeRow(db, id);
  if (!before) throw notFound('Grade');
  const set = columns(input);
  const { oldValue, newValue, changed } = diff(before as unknown as Record<string, unknown>, set);
  if (before.version !== input.version) throw stale();
  if (!changed) return;
  await uniqueName(() =>
    db.transaction().execute(async (trx) => {
      if (!(await repo.updateGrade(trx, id, input.version, { ...set, updated_at: nowIso() }))) throw stale();
      await recordAudit(trx, actor, {
        action: 'update',
        entity: 'career_trainer_grade',
        entityId: id,
        oldValue,
        newValue,
      });
    }),
  );
}

const stale = () => conflict('STALE', 'Someone else changed this meanwhile; reload and try again', 'version');

export async function deleteGrade(db: Db, actor: Actor, id: string) {
  const before = await repo.gradeRow(db, id);
  if (!before) throw notFound('Grade');
  await db.transaction().execute(async (trx) => {
    if (await repo.gradeInUse(trx, id))
      throw conflict('GRADE_IN_USE', 'Trainers hold this grade or it is in a level history; rename it instead', 'id');
    await repo.deleteGrade(trx, id);
    await recordAudit(trx, actor, { action: 'delete', entity: 'career_trainer_grade', entityId: id, oldValue: before });
  });
}

export { stale };
