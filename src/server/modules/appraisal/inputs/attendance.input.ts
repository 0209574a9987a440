import type { Db } from '../../../db/connect.js';
import { attendanceBreakdown } from '../../training/attendance/attendance.service.js';
import { round2, type KpiValue, type Period } from './inputs.types.js';

// attendance until an attendance module exists (SPEC §9, §10): training attendance, through the
// training module's own breakdown so lateness and early leave earn the same partial credit there
// and here (training.creditLate…), approved leave and sessions not yet taken left out.
//   attendance  % = 100 × Σ credit / counted sessions; no counted session → N/A
export async function attendanceValues(db: Db, personIds: string[], p: Period) {
  const out = new Map<string, KpiValue>();
  for (const personId of personIds) {
    const b = await attendanceBreakdown(db, personId, p.from, p.to);
    if (!b.counted) continue;
    out.set(personId, {
      value: round2((100 * b.credit) / b.counted),
      source: 'data',
      evidence: { kind: 'attendance', personId, from: p.from, to: p.to, count: b.counted },
    });
  }
  return out;
}
