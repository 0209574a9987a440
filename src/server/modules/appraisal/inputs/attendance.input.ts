import type { Db } from '../../../db/connect.js';
import { attendanceBreakdown } from '../../training/attendance/attendance.service.js';
import { round2, type KpiValue, type Period, type Subject } from './inputs.types.js';

// attendance until an attendance module exists (SPEC §9, §10): training attendance, through the
// training module's own breakdown so lateness and early leave earn the same partial credit there
// and here (training.creditLate…), approved leave and sessions not yet taken left out.
//   attendance  % = 100 × Σ credit / counted sessions; no counted session → N/A
// A team's figure is over all its members' counted sessions (Σ credit / Σ counted).
export interface AttendanceSums {
  credit: number;
  counted: number;
}

export async function attendanceSums(db: Db, personIds: string[], p: Period) {
  const out = new Map<string, AttendanceSums>();
  for (const personId of personIds) {
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
