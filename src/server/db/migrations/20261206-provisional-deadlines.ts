import type { Kysely } from 'kysely';

// A deadline counted through a year the working-day calendar has no data for is provisional
// (lib/calendar.ts countWorkingDaysIn): the notice keeps the year that makes it so, and nothing
// final is decided on it until that year is entered. QA feedback already keeps the same fact in
// qa_feedback.due_problem / due_problem_year; from this step on its due_day is filled with the
// provisional day as well, instead of being left empty.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('elimination_cases').addColumn('notice_provisional_year', 'integer').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('elimination_cases').dropColumn('notice_provisional_year').execute();
}
