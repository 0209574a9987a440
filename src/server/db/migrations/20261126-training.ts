import type { CreateTableBuilder, Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// Training management (SPEC §3, §7, issue 3): needs surveys, plans with phases, cohorts, the
// course catalogue, trainers, sessions with enrolment, attendance and leave, materials,
// feedback, certificates, and mentoring (assignments, live hours, problems, ratings).
// Hours are double precision on both engines (SQLite gives the name REAL affinity).
const NUM = 'double precision';

type T = CreateTableBuilder<string, never>;
const stamps = (t: T) =>
  t.addColumn('created_at', 'text', (c) => c.notNull()).addColumn('updated_at', 'text', (c) => c.notNull());
const id = (t: T) => t.addColumn('id', 'text', (c) => c.primaryKey());

export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await stamps(
    id(db.schema.createTable('training_courses'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('content_area', 'text', (c) => c.notNull())
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('hours', NUM, (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();

  await stamps(
    id(db.schema.createTable('training_trainers'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('employee_id', 'text', (c) => c.unique().references('employees.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('organization', 'text')
      .addColumn('certification', 'text')
      .addColumn('certified_on', 'text')
      .addColumn('certified_until', 'text')
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('notes', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();

  await stamps(
    id(db.schema.createTable('training_cohorts'))
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('team_id', 'text', (c) => c.references('teams.id'))
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text'),
  ).execute();
  await db.schema
    .createTable('training_cohort_members')
    .addColumn('cohort_id', 'text', (c) => c.notNull().references('training_cohorts.id'))
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('training_cohort_members_pk', ['cohort_id', 'employee_id'])
    .execute();
  await db.schema
    .createIndex('training_cohort_members_emp_idx')
    .on('training_cohort_members')
    .column('employee_id')
    .execute();

  await stamps(
    id(db.schema.createTable('training_surveys'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('audience_kind', 'text', (c) => c.notNull())
      .addColumn('audience_ref', 'text', (c) => c.notNull())
      .addColumn('questions', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('closes_on', 'text')
      .addColumn('created_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();
  await db.schema
    .createTable('training_survey_recipients')
    .addColumn('survey_id', 'text', (c) => c.notNull().references('training_surveys.id'))
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('respondent_kind', 'text', (c) => c.notNull())
    .addColumn('answers', 'text')
    .addColumn('answered_at', 'text')
    .addPrimaryKeyConstraint('training_survey_recipients_pk', ['survey_id', 'employee_id'])
    .execute();
  await db.schema
    .createIndex('training_survey_recipients_emp_idx')
    .on('training_survey_recipients')
    .column('employee_id')
    .execute();

  await stamps(
    id(db.schema.createTable('training_plans'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('audience', 'text', (c) => c.notNull())
      .addColumn('cohort_id', 'text', (c) => c.references('training_cohorts.id'))
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text', (c) => c.notNull())
      .addColumn('recurrence', 'text', (c) => c.notNull())
      .addColumn('trigger', 'text')
      .addColumn('trigger_note', 'text')
      .addColumn('objectives', 'text')
      .addColumn('assessment_plan', 'text')
      .addColumn('supervision', 'text')
      .addColumn('venue', 'text')
      .addColumn('equipment', 'text')
      .addColumn('methods', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('evaluation_method', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('needs_survey_id', 'text', (c) => c.references('training_surveys.id'))
      .addColumn('previous_plan_id', 'text')
      .addColumn('created_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();
  await db.schema.createIndex('training_plans_cohort_idx').on('training_plans').column('cohort_id').execute();
  await id(db.schema.createTable('training_plan_phases'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('training_plans.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('course_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addUniqueConstraint('training_plan_phases_seq_uq', ['plan_id', 'seq'])
    .execute();

  await stamps(
    id(db.schema.createTable('training_sessions'))
      .addColumn('course_id', 'text', (c) => c.notNull().references('training_courses.id'))
      .addColumn('trainer_id', 'text', (c) => c.notNull().references('training_trainers.id'))
      .addColumn('plan_id', 'text', (c) => c.references('training_plans.id'))
      .addColumn('phase_id', 'text', (c) => c.references('training_plan_phases.id'))
      .addColumn('title', 'text')
      .addColumn('room', 'text')
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('notes', 'text')
      .addColumn('created_by', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();
  await db.schema
    .createIndex('training_sessions_time_idx')
    .on('training_sessions')
    .columns(['starts_at', 'ends_at'])
    .execute();
  await db.schema
    .createIndex('training_sessions_trainer_idx')
    .on('training_sessions')
    .columns(['trainer_id', 'starts_at'])
    .execute();
  await db.schema.createIndex('training_sessions_plan_idx').on('training_sessions').column('plan_id').execute();

  await db.schema
    .createTable('training_enrollments')
    .addColumn('session_id', 'text', (c) => c.notNull().references('training_sessions.id'))
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('enrolled_at', 'text', (c) => c.notNull())
    .addColumn('enrolled_by', 'text')
    .addPrimaryKeyConstraint('training_enrollments_pk', ['session_id', 'employee_id'])
    .execute();
  await db.schema
    .createIndex('training_enrollments_emp_idx')
    .on('training_enrollments')
    .column('employee_id')
    .execute();

  await db.schema
    .createTable('training_attendance')
    .addColumn('session_id', 'text', (c) => c.notNull().references('training_sessions.id'))
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer')
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('training_attendance_pk', ['session_id', 'employee_id'])
    .execute();
  await db.schema.createIndex('training_attendance_emp_idx').on('training_attendance').column('employee_id').execute();

  await id(db.schema.createTable('training_leave'))
    .addColumn('session_id', 'text', (c) => c.notNull().references('training_sessions.id'))
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('late', 'integer', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text')
    .addUniqueConstraint('training_leave_uq', ['session_id', 'employee_id'])
    .execute();
  await db.schema
    .createIndex('training_leave_status_idx')
    .on('training_leave')
    .columns(['status', 'requested_at'])
    .execute();
  await db.schema.createIndex('training_leave_emp_idx').on('training_leave').column('employee_id').execute();

  await stamps(
    id(db.schema.createTable('training_materials'))
      .addColumn('course_id', 'text', (c) => c.notNull().references('training_courses.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('required', 'integer', (c) => c.notNull())
      .addColumn('due_offset_days', 'integer', (c) => c.notNull())
      .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_by', 'text'),
  ).execute();
  await db.schema.createIndex('training_materials_course_idx').on('training_materials').column('course_id').execute();
  await db.schema
    .createTable('training_material_completions')
    .addColumn('material_id', 'text', (c) => c.notNull().references('training_materials.id'))
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('completed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('training_material_completions_pk', ['material_id', 'employee_id'])
    .execute();

  await id(db.schema.createTable('training_feedback'))
    .addColumn('session_id', 'text', (c) => c.notNull().references('training_sessions.id'))
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('content_score', 'integer', (c) => c.notNull())
    .addColumn('trainer_score', 'integer', (c) => c.notNull())
    .addColumn('method_score', 'integer', (c) => c.notNull())
    .addColumn('suggestions', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('training_feedback_uq', ['session_id', 'employee_id'])
    .execute();

  await id(db.schema.createTable('training_certificates'))
    .addColumn('employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text')
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'text')
    .addColumn('course_id', 'text', (c) => c.references('training_courses.id'))
    .addColumn('note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('training_certificates_emp_idx')
    .on('training_certificates')
    .column('employee_id')
    .execute();

  await stamps(
    id(db.schema.createTable('training_mentor_assignments'))
      .addColumn('trainee_id', 'text', (c) => c.notNull().references('employees.id'))
      .addColumn('mentor_id', 'text', (c) => c.notNull().references('employees.id'))
      .addColumn('mode', 'text', (c) => c.notNull())
      .addColumn('plan_id', 'text', (c) => c.references('training_plans.id'))
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('end_reason', 'text')
      .addColumn('replaces_id', 'text')
      .addColumn('created_by', 'text'),
  ).execute();
  await db.schema
    .createIndex('training_mentor_assignments_trainee_idx')
    .on('training_mentor_assignments')
    .columns(['trainee_id', 'status'])
    .execute();
  await db.schema
    .createIndex('training_mentor_assignments_mentor_idx')
    .on('training_mentor_assignments')
    .columns(['mentor_id', 'status'])
    .execute();

  await id(db.schema.createTable('training_mentor_hours'))
    .addColumn('assignment_id', 'text', (c) => c.notNull().references('training_mentor_assignments.id'))
    .addColumn('trainee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('work_date', 'text', (c) => c.notNull())
    .addColumn('hours', NUM, (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('logged_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('training_mentor_hours_day_idx')
    .on('training_mentor_hours')
    .columns(['trainee_id', 'work_date'])
    .execute();

  await stamps(
    id(db.schema.createTable('training_mentor_problems'))
      .addColumn('assignment_id', 'text', (c) => c.notNull().references('training_mentor_assignments.id'))
      .addColumn('trainee_id', 'text', (c) => c.notNull().references('employees.id'))
      .addColumn('work_date', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('closed_on', 'text')
      .addColumn('resolution', 'text')
      .addColumn('created_by', 'text'),
  ).execute();
  await db.schema
    .createIndex('training_mentor_problems_idx')
    .on('training_mentor_problems')
    .columns(['assignment_id', 'work_date'])
    .execute();

  await id(db.schema.createTable('training_mentor_ratings'))
    .addColumn('assignment_id', 'text', (c) => c.notNull().unique().references('training_mentor_assignments.id'))
    .addColumn('trainee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('mentor_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('training_warnings'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('recipient_employee_id', 'text', (c) => c.notNull().references('employees.id'))
    .addColumn('subject_employee_id', 'text', (c) => c.references('employees.id'))
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('training_warnings_recipient_idx')
    .on('training_warnings')
    .columns(['recipient_employee_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('training_locks')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('training_locks')
    .values([
      { key: 'schedule', at: '' },
      { key: 'mentoring', at: '' },
    ])
    .execute();
}
