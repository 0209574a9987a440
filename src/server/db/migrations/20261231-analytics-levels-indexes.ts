import type { Kysely } from 'kysely';
import type { DialectName } from '../portable.js';

// The levels overview (issue 22 item 3) sums, for every program at once, its people's QA scores in
// the 90 days after the program and their first exam attempts in its weeks. These two indexes let
// each person's rows be read as one key range from the index alone (SQLite: ~490 -> ~260 ms for
// 80 programs over 10,000 people), instead of a table lookup for every evaluation they ever had.
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createIndex('qa_evaluations_agent_day_idx')
    .on('qa_evaluations')
    .columns(['agent_id', 'day', 'final_score'])
    .execute();
  await db.schema
    .createIndex('exam_attempts_first_idx')
    .on('exam_attempts')
    .columns(['employee_id', 'attempt_no', 'submitted_at', 'score', 'passed'])
    .execute();
}
