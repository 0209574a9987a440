import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { InteractionImportTable } from '../../../db/schema-interactions.js';
import { nowIso } from '../../../lib/clock.js';
import { personName, personNo } from '../../people/identity.query.js';

// Queries for imports, their rejected rows, saved column mappings and agent aliases.

export const insertImport = (db: Db, row: Insertable<InteractionImportTable>) =>
  db.insertInto('interaction_imports').values(row).execute();

export const findImport = (db: Db, id: string) =>
  db.selectFrom('interaction_imports').selectAll().where('id', '=', id).executeTakeFirst();

export const updateImport = (db: Db, id: string, set: Updateable<InteractionImportTable>) =>
  db
    .updateTable('interaction_imports')
    .set({ ...set, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();

export async function listImports(db: Db, page: number, pageSize: number, state?: string) {
  let q = db.selectFrom('interaction_imports');
  if (state) q = q.where('state', '=', state);
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function listRejects(db: Db, importId: string, page: number, pageSize: number, code?: string) {
  let q = db.selectFrom('interaction_import_rejects').where('import_id', '=', importId);
  if (code) q = q.where('code', '=', code);
  const [rows, count] = await Promise.all([
    q
      .select(['line', 'code', 'message', 'raw', 'params'])
      .orderBy('line')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Rejects after a line, in line order: the .xlsx report pages through them by key. */
export const rejectsAfter = (db: Db, importId: string, afterLine: number, limit: number) =>
  db
    .selectFrom('interaction_import_rejects')
    .select(['line', 'code', 'message', 'raw'])
    .where('import_id', '=', importId)
    .where('line', '>', afterLine)
    .orderBy('line')
    .limit(limit)
    .execute();

export const countRejects = async (db: Db, importId: string) =>
  Number(
    (
      await db
        .selectFrom('interaction_import_rejects')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('import_id', '=', importId)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const rejectCodeCounts = (db: Db, importId: string) =>
  db
    .selectFrom('interaction_import_rejects')
    .select((eb) => ['code', eb.fn.countAll<number>().as('n')])
    .where('import_id', '=', importId)
    .groupBy('code')
    .orderBy('code')
    .execute();

// Saved column mappings.
export const listMappings = (db: Db) => db.selectFrom('interaction_mappings').selectAll().orderBy('name').execute();
export const findMapping = (db: Db, name: string) =>
  db.selectFrom('interaction_mappings').selectAll().where('name', '=', name).executeTakeFirst();
export const upsertMapping = (
  db: Db,
  row: { name: string; description: string | null; mapping: string; at: string; by: string | null },
) =>
  db
    .insertInto('interaction_mappings')
    .values({
      name: row.name,
      description: row.description,
      mapping: row.mapping,
      created_at: row.at,
      updated_at: row.at,
      updated_by: row.by,
    })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ description: row.description, mapping: row.mapping, updated_at: row.at, updated_by: row.by }),
    )
    .execute();
export const deleteMapping = (db: Db, name: string) =>
  db.deleteFrom('interaction_mappings').where('name', '=', name).executeTakeFirst();

// Agent aliases (telephony agent id / extension / account code → employee).
export const listAliases = (db: Db) =>
  db
    .selectFrom('interaction_agent_aliases as a')
    .select([
      'a.alias',
      'a.employee_id',
      'a.note',
      'a.created_at',
      personNo('a.employee_id').as('employee_no'),
      personName('a.employee_id').as('employee_name'),
    ])
    .orderBy('a.alias')
    .execute();
export const findAlias = (db: Db, alias: string) =>
  db.selectFrom('interaction_agent_aliases').selectAll().where('alias', '=', alias).executeTakeFirst();
export const insertAlias = (
  db: Db,
  row: { alias: string; employee_id: string; note: string | null; created_at: string; created_by: string | null },
) => db.insertInto('interaction_agent_aliases').values(row).execute();
export const deleteAlias = (db: Db, alias: string) =>
  db.deleteFrom('interaction_agent_aliases').where('alias', '=', alias).executeTakeFirst();

/** Every key an import may name an agent by: employee numbers and aliases, lower-cased. */
export async function agentDirectory(db: Db): Promise<Map<string, string>> {
  const [emps, aliases] = await Promise.all([
    db.selectFrom('employees').select(['id', 'employee_no']).execute(),
    db.selectFrom('interaction_agent_aliases').select(['alias', 'employee_id']).execute(),
  ]);
  const m = new Map<string, string>();
  for (const a of aliases) m.set(a.alias.toLowerCase(), a.employee_id);
  for (const e of emps) m.set(e.employee_no.toLowerCase(), e.id); // an employee number wins over an alias
  return m;
}
