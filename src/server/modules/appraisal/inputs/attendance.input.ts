import type { Db } from '../../../db/connect.js';
import { attendanceCredit } from '../../attendance/summary/attendance.facts.js';
import { attendanceBreakdown } from '../../training/attendance/attendance.service.js';
import { round2, type KpiValue, type Period, type Subject } from './inputs.types.js';

// attendance (SPEC §9, §10): a person with working days on a published roster in the period is
// measured on those days (the attendance module's matched days, attendance.facts.ts); anyone else
// on training attendance, as before the attendance module. Both through the same credit rule
// (training/attendance/credit.ts: lateness and early leave earn partial credit,
// training.creditLate…), with approved leave, rest days and what has not happened yet left out.
//   attendance  % = 100 × Σ credit / counted days (or sessions); nothing counted → N/A
// A team's figure is over all its members' counted days and sessions (Σ credit / Σ counted).
export interface AttendanceSums {
  credit: number;
  counted: number;
}

export async function attendanceSums(db: Db, personIds: string[], p: Period) {
  const out = new Map<string, AttendanceSums>();
  const rostered = await attendanceCredit(db, personIds, p.from, p.to);
  for (const personId of personIds) {
    const r = rostered.get(personId);
    if (r) {
      if (r.counted) out.set(personId, { credit: r.credit, counted: r.counted });
      continue;
    }
    const b = await attendanceBreakdown(db, personId, p.from, p.to);
    if (b.counted) out.set(personId, { credit: b.credit, counted: b.counted });
  }
  return out;
}

export function addAttendanceSums(parts: (AttendanceSums | undefined)[]): AttendanceSums | undefined {
  const some = parts.filter((x): x is AttendanceSums => !!x);
  if (!some.length) return undefined;
  return { credit: some.reduce((s, x) => s + x.credit, 0), counted: some.reduce((s, x) => s + x.counted, 0) };
}

export const attendanceKpi = (a: AttendanceSums, who: Subject, p: Period): KpiValue => ({
  value: round2((100 * a.credit) / a.counted),
  source: 'data',
  evidence: { kind: 'attendance', ...who, from: p.from, to: p.to, count: a.counted },
});
