import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Trainer levels (issue 21 item 3): the grades, their promotion standards, and each trainer's level with the training manager's confirmations.
// A standard left null is not required for that grade. The three default grades (初级/中级/高级讲师)
// are rows the training manager edits like any other; their numbers are a starting point only.
// Double precision on both engines (PostgreSQL's `real` is float4: 4.2 would read 4.1999998).
const NUM = 'double precision';

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('career_trainer_grades')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('min_hours', NUM)
    .addColumn('min_sessions', 'integer')
    .addColumn('min_rating', NUM)
    .addColumn('min_pass_rate', NUM)
    .addColumn('description', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('career_trainer_grades_name_uq')
    .on('career_trainer_grades')
    .column('name')
    .unique()
    .execute();
  await db.schema
    .createTable('career_trainer_levels')
    .addColumn('trainer_id', 'text', (c) => c.primaryKey())
    .addColumn('grade_id', 'text', (c) => c.notNull())
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('confirmed_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('career_trainer_level_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('trainer_id', 'text', (c) => c.notNull())
    .addColumn('grade_id', 'text', (c) => c.notNull())
    .addColumn('previous_grade_id', 'text')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('criteria', 'text', (c) => c.notNull())
    .addColumn('unmet', 'text', (c) => c.notNull())
    .addColumn('confirmed_by', 'text')
    .addColumn('confirmed_by_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('career_trainer_level_history_trainer_idx')
    .on('career_trainer_level_history')
    .columns(['trainer_id', 'created_at'])
    .execute();
  const at = '2026-12-28T00:00:00.000Z';
  await db
    .insertInto('career_trainer_grades')
    .values(
      DEFAULT_GRADES.map(([id, name, hours, sessions, rating, passRate], i) => ({
        id,
        name,
        position: (i + 1) * 10,
        min_hours: hours,
        min_sessions: sessions,
        min_rating: rating,
        min_pass_rate: passRate,
        description: null,
        created_at: at,
        updated_at: at,
        version: 1,
      })),
    )
    .execute();
}

// [id, name, teaching hours, sessions, learner rating (1–5), learners' pass rate (%)] over the window.
const DEFAULT_GRADES: [string, string, number, number, number, number | null][] = [
  ['trainer-grade-junior', '初级讲师', 12, 4, 4.0, null],
  ['trainer-grade-intermediate', '中级讲师', 60, 20, 4.2, 80],
  ['trainer-grade-senior', '高级讲师', 120, 40, 4.5, 85],
];

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['career_trainer_level_history', 'career_trainer_levels', 'career_trainer_grades'])
    await db.schema.dropTable(t).execute();
}
