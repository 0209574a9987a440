import type { Db } from '../../../db/connect.js';
import { listShifts } from '../rosters/shifts.service.js';
import type { ShiftBreaks } from './rostered.js';

// The breaks of the shift templates a day's schedule uses, by shift id (the rostered count takes
// them off), read through the rosters part. Templates are few (dozens), so all are listed once
// per chart and the wanted ones kept.
export async function shiftBreaksOf(db: Db, ids: string[]): Promise<Map<string, ShiftBreaks>> {
  if (!ids.length) return new Map();
  const wanted = new Set(ids);
  return new Map(
    (await listShifts(db))
      .filter((s) => wanted.has(s.id))
      .map((s) => [s.id, { startTime: s.startTime, breaks: s.breaks.map((b) => ({ start: b.start, end: b.end })) }]),
  );
}
