import { addMonths } from '../../../lib/clock.js';

// Time off in lieu (加班换休) as lots: each approved overtime with compensation "toil" earns one lot
// of hours that lapses after the setting attendance.overtime.toilExpiryMonths (SPEC §10: 3 months).
// Pure arithmetic, no database: the service (toil.service.ts) reads and writes the lots.
//
// Expiry: the same day of the month `months` later, and when that month is shorter, its last day
// (a lot earned 2026-11-30 expires 2027-02-28; one earned 2027-01-31 with 1 month, 2027-02-28; in
// a leap year 2028-02-29). `expiresOn` is the LAST day the lot may be used: on expiresOn it still
// counts, the day after it is gone. A lot counts from the day it was earned (no time off taken on
// a day before the overtime that pays for it).

export interface ToilLot {
  id: string;
  hours: number;
  usedHours: number;
  earnedOn: string;
  expiresOn: string;
}

/** Hours are kept to the hundredth (0.25 h, 1.5 h), so sums of doubles do not drift. */
export const roundHours = (h: number) => Math.round(h * 100) / 100;

/** The last day a lot earned on `earnedOn` may be used (month-end clamped, see above). */
export function toilExpiresOn(earnedOn: string, months: number): string {
  if (!Number.isInteger(months) || months < 1) throw new Error(`toilExpiresOn: months must be ≥ 1, got ${months}`);
  return addMonths(earnedOn, months);
}

/** Hours of the lot still open on `onDay` (0 when not yet earned or expired). */
export function hoursLeft(lot: ToilLot, onDay: string): number {
  if (lot.earnedOn > onDay || lot.expiresOn < onDay) return 0;
  return Math.max(0, roundHours(lot.hours - lot.usedHours));
}

/** The lots open on `onDay`, soonest expiry first (the order they are used in). */
export function openLots<T extends ToilLot>(lots: T[], onDay: string): T[] {
  return lots
    .filter((l) => hoursLeft(l, onDay) > 0)
    .sort((a, b) =>
      a.expiresOn !== b.expiresOn
        ? a.expiresOn.localeCompare(b.expiresOn)
        : a.earnedOn !== b.earnedOn
          ? a.earnedOn.localeCompare(b.earnedOn)
          : a.id.localeCompare(b.id),
    );
}

export const balanceOn = (lots: ToilLot[], onDay: string) =>
  roundHours(openLots(lots, onDay).reduce((s, l) => s + hoursLeft(l, onDay), 0));

/**
 * Which lots `hours` of time off on `onDay` draws on, first in first out by expiry (the lot that
 * lapses soonest is used first, so nothing lapses that could have been used). Null when the open
 * hours do not cover it.
 */
export function planToilUse(lots: ToilLot[], hours: number, onDay: string): { id: string; hours: number }[] | null {
  let rest = roundHours(hours);
  if (rest <= 0) return [];
  const out: { id: string; hours: number }[] = [];
  for (const lot of openLots(lots, onDay)) {
    const take = Math.min(rest, hoursLeft(lot, onDay));
    out.push({ id: lot.id, hours: roundHours(take) });
    rest = roundHours(rest - take);
    if (rest <= 0) return out;
  }
  return null;
}
