import type { Db } from '../../../db/connect.js';

/** Every sheet's person, team and position type in a cycle (one query, read by cycle). */
export const sheetPlaces = (db: Db, cycleId: string) =>
  db
    .selectFrom('appraisal_sheets')
    .select(['employee_id', 'team_id', 'position_type'])
    .where('cycle_id', '=', cycleId)
    .execute();
