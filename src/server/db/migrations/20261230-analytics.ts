import type { Kysely } from 'kysely';
import { clusteredByKey, type DialectName } from '../portable.js';

// Training proof (培训效果, SPEC §12, issue 22): the rollups every analytics page reads, so that
// a center of 10,000 people over five years answers from ~10k + ~600k small rows instead of the
// raw interactions, evaluations and status history. modules/analytics/facts/ rebuilds them.
//   analytics_people         one row per person: the hire spell, its exit and kind, and what the
//                            person was trained by (program, cohort, trainer, mentor)
//   analytics_person_months  per person and month: QA sums and the KPI counters
//   analytics_center_months  the same counters for the whole center per month
//   analytics_state          when the rollups were last rebuilt and how long it took
const NUM = 'double precision';
const COUNTERS: [string, string][] = [
  ['qa_count', 'integer'],
  ['qa_sum', NUM],
  ['qa_sum_sq', NUM],
  ['qa_passed', 'integer'],
  ['handled', 'integer'],
  ['talk_sum', 'bigint'],
  ['hold_sum', 'bigint'],
  ['wrap_sum', 'bigint'],
  ['fcr_yes', 'integer'],
  ['fcr_known', 'integer'],
  ['csat_sum', 'integer'],
  ['csat_count', 'integer'],
];

export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('analytics_people')
    .addColumn('employee_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('hire_date', 'text', (c) => c.notNull())
    .addColumn('hire_month', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('program_id', 'text')
    .addColumn('cohort_id', 'text')
    .addColumn('trainer_id', 'text')
    .addColumn('mentor_id', 'text')
    .addColumn('live_date', 'text')
    .addColumn('exit_date', 'text')
    .addColumn('exit_kind', 'text')
    .addColumn('exit_criterion', 'text')
    .execute();
  for (const col of ['hire_month', 'program_id', 'department_id', 'trainer_id', 'mentor_id']) {
    await db.schema.createIndex(`analytics_people_${col}_idx`).on('analytics_people').column(col).execute();
  }
  for (const [table, key] of [
    ['analytics_person_months', ['employee_id', 'month']],
    ['analytics_center_months', ['month']],
  ] as const) {
    let t = db.schema.createTable(table);
    for (const c of key) t = t.addColumn(c, 'text', (col) => col.notNull());
    for (const [c, type] of COUNTERS) t = t.addColumn(c, type as 'integer', (col) => col.notNull().defaultTo(0));
    await t
      .addPrimaryKeyConstraint(`${table}_pk`, key as unknown as never[])
      .$call(clusteredByKey(dialect))
      .execute();
  }
  await db.schema
    .createIndex('analytics_person_months_month_idx')
    .on('analytics_person_months')
    .column('month')
    .execute();
  await db.schema
    .createTable('analytics_state')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('took_ms', 'integer', (c) => c.notNull())
    .addColumn('people', 'integer', (c) => c.notNull())
    .addColumn('months', 'integer', (c) => c.notNull())
    .execute();
}
