import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';

// The only place where SQLite and PostgreSQL differ. Everything else writes plain Kysely.
export type DialectName = 'sqlite' | 'postgres';

/** Case-insensitive "contains" that treats % and _ in the needle literally. */
export function containsCi(dialect: DialectName, column: Expression<unknown>, needle: string): RawBuilder<SqlBool> {
  const escaped = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return dialect === 'postgres'
    ? sql<SqlBool>`${column} ILIKE ${escaped} ESCAPE '\\'`
    : sql<SqlBool>`${column} LIKE ${escaped} ESCAPE '\\'`;
}

/** Appends to the audit log are allowed; changes to it are refused by the database itself. */
export function appendOnlyTriggerSql(dialect: DialectName, table: string): string[] {
  if (dialect === 'postgres') {
    return [
      `CREATE OR REPLACE FUNCTION ${table}_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION '${table} is append-only'; END; $$ LANGUAGE plpgsql`,
      `CREATE TRIGGER ${table}_no_update BEFORE UPDATE OR DELETE ON ${table}
       FOR EACH ROW EXECUTE FUNCTION ${table}_append_only()`,
    ];
  }
  return [
    `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
    `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
  ];
}

/** True when the error is a unique-constraint violation, on either engine. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
