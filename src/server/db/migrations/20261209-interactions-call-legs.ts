import type { Kysely } from 'kysely';

// Asterisk call legs (issue 16). A cdr_csv file has one row per leg, and several legs may share a
// uniqueid (transfers, queue attempts that rang several agents, forked CDRs); the interaction's
// key is now the leg. call_id groups the legs of one call (linkedid where the file has it, else
// uniqueid); leg says what the leg counts as (import.legs.ts): 'call' the call's own leg, offered
// once (answered or not, and the one the service level counts), 'transfer' another agent's
// answered leg, 'segment' the same agent's further answered leg (talk only), 'attempt' a leg
// that rang without answer while another leg carries the call (counts nothing). Rows of other
// sources have neither (null: one row is one contact, as before).
// The import keeps what the file held: calls, legs, transfers and attempts.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('interactions').addColumn('call_id', 'text').execute();
  await db.schema.alterTable('interactions').addColumn('leg', 'text').execute();
  for (const c of ['calls', 'legs', 'transfers', 'attempts']) {
    await db.schema
      .alterTable('interaction_imports')
      .addColumn(c, 'integer', (col) => col.notNull().defaultTo(0))
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const c of ['calls', 'legs', 'transfers', 'attempts'])
    await db.schema.alterTable('interaction_imports').dropColumn(c).execute();
  await db.schema.alterTable('interactions').dropColumn('leg').execute();
  await db.schema.alterTable('interactions').dropColumn('call_id').execute();
}
