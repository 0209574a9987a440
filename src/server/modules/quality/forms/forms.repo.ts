import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { QaFormTable, QaFormVersionTable } from '../../../db/schema-quality.js';

// Kysely queries for scorecards and their versions (SPEC §8).

export const findForm = (db: Db, id: string) =>
  db.selectFrom('qa_forms').selectAll().where('id', '=', id).executeTakeFirst();

export const findVersion = (db: Db, id: string) =>
  db.selectFrom('qa_form_versions').selectAll().where('id', '=', id).executeTakeFirst();

export const versionsOf = (db: Db, formId: string) =>
  db.selectFrom('qa_form_versions').selectAll().where('form_id', '=', formId).orderBy('number', 'desc').execute();

export async function listForms(db: Db, f: { kind?: string; includeArchived?: boolean; publishedOnly?: boolean }) {
  let q = db
    .selectFrom('qa_forms as f')
    .leftJoin('qa_form_versions as p', 'p.id', 'f.published_version_id')
    .leftJoin('qa_form_versions as d', 'd.id', 'f.draft_version_id')
    .selectAll('f')
    .select(['p.number as published_number', 'd.number as draft_number'])
    .select((eb) =>
      eb
        .selectFrom('qa_evaluations as e')
        .whereRef('e.form_id', '=', 'f.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('evaluations'),
    );
  if (f.kind) q = q.where('f.kind', '=', f.kind);
  if (!f.includeArchived) q = q.where('f.archived', '=', 0);
  if (f.publishedOnly) q = q.where('f.published_version_id', 'is not', null);
  return q.orderBy('f.kind').orderBy('f.name').execute();
}

export const countEvaluations = async (db: Db, formId: string) =>
  Number(
    (
      await db
        .selectFrom('qa_evaluations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('form_id', '=', formId)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const insertForm = (db: Db, row: Insertable<QaFormTable>) => db.insertInto('qa_forms').values(row).execute();
export const insertVersion = (db: Db, row: Insertable<QaFormVersionTable>) =>
  db.insertInto('qa_form_versions').values(row).execute();

/** Optimistic update: false when someone changed the form since `version` was read. */
export async function updateForm(db: Db, id: string, version: number, changes: Updateable<QaFormTable>) {
  const res = await db
    .updateTable('qa_forms')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const updateVersion = (db: Db, id: string, changes: Updateable<QaFormVersionTable>) =>
  db.updateTable('qa_form_versions').set(changes).where('id', '=', id).execute();

export async function nextNumber(db: Db, formId: string) {
  const row = await db
    .selectFrom('qa_form_versions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('form_id', '=', formId)
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}
