import type { Db } from '../../../db/connect.js';
import type { ShiftBreaks } from './rostered.js';
import { shiftBreakRows } from './staffing.repo.js';

// The breaks of the shift templates a day's schedule uses, by shift id (the rostered count takes
// them off). One query per chart.

function parseBreaks(json: string): ShiftBreaks['breaks'] {
  try {
    const v: unknown = JSON.parse(json);
    if (!Array.isArray(v)) return [];
    return v
      .filter(
        (b): b is { start: string; end: string } => !!b && typeof b.start === 'string' && typeof b.end === 'string',
      )
      .map((b) => ({ start: b.start, end: b.end }));
  } catch {
    return [];
  }
}

export async function shiftBreaksOf(db: Db, ids: string[]): Promise<Map<string, ShiftBreaks>> {
  const rows = await shiftBreakRows(db, ids);
  return new Map(rows.map((r) => [r.id, { startTime: r.start_time, breaks: parseBreaks(r.breaks) }]));
}
