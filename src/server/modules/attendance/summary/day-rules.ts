import { creditOf, type CreditRule } from '../../training/attendance/credit.js';

// What one matched attendance day (clock part: a scheduled day against its punches) means for
// the rest of the product, as pure functions so every boundary is plain to test:
//
// Breach (criterion 4, SPEC §6): the outcome is not on_time, rest, on_leave or pending — i.e.
// late, early_leave, late_and_early, half_day_absent, absent, missing_in, missing_out — and the
// team lead has not excused it nor turned it into leave (resolution excused | leave). Confirmed
// and open exceptions both count: the record stands until someone excuses it.
//
// Credit (daily-performance attendance, appraisal attendance KPI): the training credit rule
// (training/attendance/credit.ts) applied to a day:
//   on_time                       present                         1
//   late                          late by late_minutes            0.8 / 0.5 (minor / major)
//   early_leave                   left_early                      0.5
//   late_and_early                the lower of the two            —
//   half_day_absent               half the day missed             0.5
//   missing_in / missing_out      one end of the day unrecorded   0.5 (until resolved)
//   absent                                                        0
//   excused                       present, or left out when the whole day was absent (as leave)
//   rest, on_leave, pending, resolution leave                     left out (null)
// The half days are not settings: they are what "half a day" means.

export interface MatchedDay {
  employeeId: string;
  day: string;
  outcome: string;
  resolution: string | null;
  lateMinutes: number;
  earlyMinutes: number;
}

const NOT_BREACHES = new Set(['on_time', 'rest', 'on_leave', 'pending']);
const LEFT_OUT = new Set(['rest', 'on_leave', 'pending']);
const FORGIVEN = new Set(['excused', 'leave']);
export const MISSING = new Set(['missing_in', 'missing_out']);

/** An unexcused lateness, early leave, absence or missing punch. */
export const isBreach = (d: MatchedDay) => !NOT_BREACHES.has(d.outcome) && !FORGIVEN.has(d.resolution ?? '');

/** The credit a day earns (0…1), or null when it is left out of both sums. */
export function dayCredit(d: MatchedDay, rule: CreditRule): number | null {
  if (LEFT_OUT.has(d.outcome) || d.resolution === 'leave') return null;
  if (d.resolution === 'excused') return d.outcome === 'absent' ? null : 1;
  switch (d.outcome) {
    case 'on_time':
      return creditOf('present', null, rule).credit;
    case 'late':
      return creditOf('late', d.lateMinutes, rule).credit;
    case 'early_leave':
      return creditOf('left_early', d.earlyMinutes, rule).credit;
    case 'late_and_early':
      return Math.min(
        creditOf('late', d.lateMinutes, rule).credit,
        creditOf('left_early', d.earlyMinutes, rule).credit,
      );
    case 'half_day_absent':
    case 'missing_in':
    case 'missing_out':
      return 0.5;
    default:
      return 0;
  }
}

/** Σ credit and the days counted, over some days. */
export function creditSums(days: MatchedDay[], rule: CreditRule) {
  let credit = 0;
  let counted = 0;
  for (const d of days) {
    const c = dayCredit(d, rule);
    if (c === null) continue;
    credit += c;
    counted++;
  }
  return { credit: Math.round(credit * 100) / 100, counted };
}
