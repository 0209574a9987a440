import type { Db } from '../../../db/connect.js';
import * as repo from './intervals.repo.js';

// What other modules (attendance staffing, issue 19 item 6) read of the interactions per interval:
// inbound voice contacts, answered contacts and handle seconds per local day, business line and
// interval, grouped in SQL (intervals.repo.ts), and how many interactions each day has at all (so that a
// missing import is not taken for a quiet day, and a re-import is noticed). No actor: the caller decides who may see the result; these
// are center-wide volumes with no person in them.

export interface IntervalVolume {
  day: string;
  businessType: string;
  /** Minutes since the center's midnight / intervalMinutes. */
  slot: number;
  contacts: number;
  answered: number;
  handleSeconds: number;
}

export async function intervalVolumes(
  db: Db,
  q: { days: string[]; businessType?: string | null; intervalMinutes: number; offsetMinutes: number },
): Promise<IntervalVolume[]> {
  const rows = await repo.intervalRows(db, { ...q, businessType: q.businessType ?? null });
  return rows.map((r) => ({
    day: r.day,
    businessType: r.business_type,
    slot: r.slot,
    contacts: r.contacts,
    answered: r.answered,
    handleSeconds: r.handle_seconds,
  }));
}

/** Of these days, the interactions each one has (all lines and channels); a day without any is absent. */
export const interactionDayTotals = (db: Db, days: string[]) => repo.dayTotals(db, days);
