import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Careers (SPEC §11, issue 21): the reserve team-lead competition (竞聘) — its rounds and each
// person's nomination, screening, scores and outcome — and the career record every part writes
// to (nominated, chosen, enrolled in management training, promoted, trainer level). The panel's
// sheet and scores, the lead routines and trainer levels are in 20261228-careers-*.ts.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('career_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('nominations_open', 'text', (c) => c.notNull())
    .addColumn('nominations_close', 'text', (c) => c.notNull())
    .addColumn('talk_day', 'text')
    .addColumn('talk_minutes', 'integer', (c) => c.notNull())
    .addColumn('seats', 'integer')
    .addColumn('criteria', 'text', (c) => c.notNull())
    .addColumn('cohort_id', 'text')
    .addColumn('candidates_published_at', 'text')
    .addColumn('results_published_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('career_nominations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull())
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('statement', 'text')
    .addColumn('recommended_by', 'text')
    .addColumn('recommendation', 'text')
    .addColumn('eligibility', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('screening_reason', 'text')
    .addColumn('screened_by', 'text')
    .addColumn('screened_at', 'text')
    .addColumn('panel_average', 'real')
    .addColumn('peer_average', 'real')
    .addColumn('final_score', 'real')
    .addColumn('outcome', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('career_nominations_round_employee_uq')
    .on('career_nominations')
    .columns(['round_id', 'employee_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('career_nominations_employee_idx')
    .on('career_nominations')
    .columns(['employee_id'])
    .execute();
  await db.schema
    .createTable('career_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('round_id', 'text')
    .addColumn('ref', 'text')
    .addColumn('detail', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('career_events_employee_idx')
    .on('career_events')
    .columns(['employee_id', 'day'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['career_events', 'career_nominations', 'career_rounds']) await db.schema.dropTable(t).execute();
}
