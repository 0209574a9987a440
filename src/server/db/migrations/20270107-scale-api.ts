import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Issue 23 (speed and scale): the API path.
//
// 1. `people_version`: one row whose number the database itself raises on every change to
//    employees, teams or departments (triggers), so a node can keep people lists in memory and
//    know with one tiny read whether they are still current, whoever wrote: this node, another
//    node, a module that never heard of the cache, or psql. PostgreSQL bumps once per statement.
// 2. Indexes for the sample queue of a limited reader (team, agent or department IN …, by day):
//    each term of the scope's OR has an index, so SQLite and PostgreSQL can read only those rows.

const PEOPLE_TABLES = ['employees', 'teams', 'departments'];

export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('people_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('people_version').values({ id: 1, version: 1 }).execute();

  if (dialect === 'postgres') {
    await sql
      .raw(
        `CREATE OR REPLACE FUNCTION people_version_bump() RETURNS trigger AS $$
         BEGIN UPDATE people_version SET version = version + 1 WHERE id = 1; RETURN NULL; END; $$ LANGUAGE plpgsql`,
      )
      .execute(db);
    for (const table of PEOPLE_TABLES)
      await sql
        .raw(
          `CREATE TRIGGER ${table}_people_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION people_version_bump()`,
        )
        .execute(db);
  } else {
    for (const table of PEOPLE_TABLES)
      for (const op of ['INSERT', 'UPDATE', 'DELETE'])
        await sql
          .raw(
            `CREATE TRIGGER ${table}_people_version_${op.toLowerCase()} AFTER ${op} ON ${table}
             BEGIN UPDATE people_version SET version = version + 1 WHERE id = 1; END`,
          )
          .execute(db);
  }

  for (const column of ['team_id', 'agent_id', 'department_id'])
    await db.schema.createIndex(`qa_samples_${column}_day_idx`).on('qa_samples').columns([column, 'day']).execute();
}
