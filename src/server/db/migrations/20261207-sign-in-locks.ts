import type { Kysely } from 'kysely';

// Sign-in locks grow with each further lock (auth.lockMinutes, doubled per lock up to
// auth.lockMaxMinutes): lock_count is how many locks in a row an account has had since its last
// successful sign-in or an administrator's unlock.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('lock_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('lock_count').execute();
}
