import type { Db } from '../../../db/connect.js';
import { getSetting } from '../../../lib/settings.js';

// The partial credit one attended unit earns (SPEC §3/§4), shared by training attendance
// (attendanceBreakdown: one unit = a session) and the attendance module's rostered days
// (attendance/summary/attendance.facts.ts: one unit = a scheduled day), so lateness and early
// leave cost the same in the daily-performance score, criterion 4's neighbours and appraisal:
//   present                                    1
//   late by ≤ training.lateMinorMinutes (10)    training.creditLateMinor (0.8)
//   late by more                               training.creditLateMajor (0.5)
//   left_early                                 training.creditLeftEarly (0.5)
//   absent                                     0

export interface CreditRule {
  minorMinutes: number;
  lateMinor: number;
  lateMajor: number;
  leftEarly: number;
}

export type CreditBucket = 'present' | 'lateMinor' | 'lateMajor' | 'leftEarly' | 'absent';

export async function creditRule(db: Db): Promise<CreditRule> {
  const [minorMinutes, lateMinor, lateMajor, leftEarly] = await Promise.all([
    getSetting(db, 'training.lateMinorMinutes'),
    getSetting(db, 'training.creditLateMinor'),
    getSetting(db, 'training.creditLateMajor'),
    getSetting(db, 'training.creditLeftEarly'),
  ]);
  return { minorMinutes, lateMinor, lateMajor, leftEarly };
}

/** Which bucket a counted record falls in and the credit it earns; anything else than present, late or left_early is absent. */
export function creditOf(
  status: string,
  minutes: number | null,
  rule: CreditRule,
): { bucket: CreditBucket; credit: number } {
  if (status === 'present') return { bucket: 'present', credit: 1 };
  if (status === 'late' && (minutes ?? 0) <= rule.minorMinutes) return { bucket: 'lateMinor', credit: rule.lateMinor };
  if (status === 'late') return { bucket: 'lateMajor', credit: rule.lateMajor };
  if (status === 'left_early') return { bucket: 'leftEarly', credit: rule.leftEarly };
  return { bucket: 'absent', credit: 0 };
}

/**
 * The attendance points: round1(points × Σ credit / counted), null when nothing counts.
 * toFixed(9) first, so that float dust (2.2999999…) cannot turn a half up into a half down.
 */
export const creditScore = (points: number, credit: number, counted: number) =>
  counted ? Math.round(Number(((points * credit) / counted).toFixed(9)) * 10) / 10 : null;
