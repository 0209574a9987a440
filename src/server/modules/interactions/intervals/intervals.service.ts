import type { Db } from '../../../db/connect.js';
import * as repo from './intervals.repo.js';

// What other modules (attendance staffing, issue 19 item 6) read of the interactions per interval:
// inbound voice contacts, answered contacts and handle seconds per local day, business line and
// interval, grouped in SQL (intervals.repo.ts), and which days have data at all so that a missing
// import is not taken for a quiet day. No actor: the caller decides who may see the result; these
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

export const interactionDaysWithData = (db: Db, days: string[]) => repo.daysWithData(db, days);
