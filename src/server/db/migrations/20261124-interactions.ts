import type { Kysely } from 'kysely';
import { clusteredByKey, type DialectName } from '../portable.js';

// Interactions, imports, daily KPI rollups and the durable jobs table (SPEC §8, §9; issue 6).
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('progress', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_by', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('heartbeat_at', 'text')
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('jobs_state_idx').on('jobs').columns(['state', 'created_at']).execute();

  // The source's interaction ID is the key: importing the same file twice adds nothing; on
  // SQLite the rows are stored in that key's b-tree (source IDs mostly grow with time). No
  // foreign key on agent_id: the import resolves every agent before a row is written, and a
  // per-row key check would cost a lookup on each of millions of inserts.
  await db.schema
    .createTable('interactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('business_type', 'text', (c) => c.notNull())
    .addColumn('queue', 'text')
    .addColumn('answered', 'integer', (c) => c.notNull())
    .addColumn('talk_seconds', 'integer', (c) => c.notNull())
    .addColumn('hold_seconds', 'integer', (c) => c.notNull())
    .addColumn('wrap_seconds', 'integer', (c) => c.notNull())
    .addColumn('queue_wait_seconds', 'integer')
    .addColumn('fcr', 'integer')
    .addColumn('csat', 'integer')
    .addColumn('customer_ref', 'text')
    .addColumn('recording_url', 'text')
    .addColumn('transcript_url', 'text')
    .addColumn('import_id', 'text')
    .$call(clusteredByKey(dialect))
    .execute();
  // Day first: rows arrive in time order, so new entries land in one hot region of the index
  // (agent first scattered them over every agent's pages and cost twice the insert time).
  await db.schema.createIndex('interactions_day_agent_idx').on('interactions').columns(['day', 'agent_id']).execute();

  // Dashboards read these, never the raw interactions. Clustered by the key on SQLite, agent
  // first: a team's month is one short range per agent, already in the order it is summed by.
  await db.schema
    .createTable('interaction_daily')
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('business_type', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('offered', 'integer', (c) => c.notNull())
    .addColumn('handled', 'integer', (c) => c.notNull())
    .addColumn('talk_sum', 'bigint', (c) => c.notNull())
    .addColumn('hold_sum', 'bigint', (c) => c.notNull())
    .addColumn('wrap_sum', 'bigint', (c) => c.notNull())
    .addColumn('fcr_yes', 'integer', (c) => c.notNull())
    .addColumn('fcr_known', 'integer', (c) => c.notNull())
    .addColumn('csat_sum', 'integer', (c) => c.notNull())
    .addColumn('csat_count', 'integer', (c) => c.notNull())
    .addColumn('sl_within', 'integer', (c) => c.notNull())
    .addColumn('sl_offered', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('interaction_daily_pk', ['agent_id', 'day', 'business_type', 'channel'])
    .$call(clusteredByKey(dialect))
    .execute();

  await db.schema
    .createTable('interaction_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job_id', 'text')
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('mapping_name', 'text')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_path', 'text', (c) => c.notNull())
    .addColumn('file_type', 'text', (c) => c.notNull())
    .addColumn('bytes_total', 'bigint', (c) => c.notNull())
    .addColumn('bytes_read', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('accepted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rejected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('duplicates', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('committed_line', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('committed_bytes', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_by_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('run_started_at', 'text')
    .addColumn('run_start_bytes', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('finished_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('interaction_imports_created_idx')
    .on('interaction_imports')
    .column('created_at')
    .execute();

  await db.schema
    .createTable('interaction_import_rejects')
    .addColumn('import_id', 'text', (c) => c.notNull())
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('raw', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('interaction_import_rejects_pk', ['import_id', 'line'])
    .execute();

  await db.schema
    .createTable('interaction_mappings')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('description', 'text')
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('interaction_agent_aliases')
    .addColumn('alias', 'text', (c) => c.primaryKey())
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createIndex('interaction_agent_aliases_emp_idx')
    .on('interaction_agent_aliases')
    .column('employee_id')
    .execute();
}
