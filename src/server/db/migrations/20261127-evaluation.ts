import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// New-hire evaluation (SPEC §6, issue 5): the certification record — each step of a trainee's
// move to shadowing (probation) and then to regular status, with the evidence it rested on, who
// decided and when. Criteria and at-risk warnings are computed from records, never stored.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('evaluation_certifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('effective_date', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('certified_by', 'text')
    .addColumn('certified_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('evaluation_certifications_emp_idx')
    .on('evaluation_certifications')
    .columns(['employee_id', 'created_at'])
    .execute();
}
