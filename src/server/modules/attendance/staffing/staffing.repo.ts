import type { Db } from '../../../db/connect.js';

// SQL of the staffing part. The rosters part owns attendance_shifts; it exports no reader of the
// shift templates' breaks yet (scheduleOf gives the shift id, not its breaks), so this one
// read-only query stands in until it does (see shift-breaks.ts).

export const shiftBreakRows = (db: Db, ids: string[]) =>
  ids.length
    ? db.selectFrom('attendance_shifts').select(['id', 'start_time', 'breaks']).where('id', 'in', ids).execute()
    : Promise.resolve([]);
