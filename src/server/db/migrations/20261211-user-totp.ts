import type { Kysely } from 'kysely';

// The optional second sign-in step (TOTP) of administrators and HR (issue 25): one row per user
// who started setting it up. pending_secret is shown at set-up until a code confirms it; then it
// becomes secret and enabled_at is set. last_step is the time step of the last code accepted, so
// a code works once.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('user_totp')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('secret', 'text')
    .addColumn('pending_secret', 'text')
    .addColumn('enabled_at', 'text')
    .addColumn('last_step', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('user_totp').execute();
}
