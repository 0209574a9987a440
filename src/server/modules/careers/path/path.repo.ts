import type { Db } from '../../../db/connect.js';

// Kysely queries of the path part: the reserve round now running and a person's entry in it
// (the careers module's own tables).

const RUNNING = ['nominating', 'screening', 'candidates_published'];

/** The latest round that is taking entries, screening or scoring; undefined when none is. */
export const runningRound = (db: Db) =>
  db
    .selectFrom('career_rounds')
    .selectAll()
    .where('status', 'in', RUNNING)
    .orderBy('nominations_open', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();

export const entryOf = (db: Db, roundId: string, employeeId: string) =>
  db
    .selectFrom('career_nominations')
    .select(['status', 'outcome'])
    .where('round_id', '=', roundId)
    .where('employee_id', '=', employeeId)
    .executeTakeFirst();
