import type { Db } from '../../../db/connect.js';

// What changed someone's attendance days: a schedule edit or swap (rosters, swaps), a leave
// decision (leave), new punches (clock). The parts that derive something from those days (the
// clock's matching) register a hook here instead of being imported by every part that writes,
// which keeps the parts free of import cycles: writers call attendanceChanged inside their
// transaction, and the hooks run in that same transaction.
export interface AttendanceChange {
  employeeIds: string[];
  from: string; // first center day touched, 'YYYY-MM-DD'
  to: string; // last center day touched
  cause: 'schedule' | 'leave' | 'punches' | 'swap';
}
export type AttendanceChangeHook = (trx: Db, change: AttendanceChange) => Promise<void>;

const hooks = new Map<string, AttendanceChangeHook>();

/** Register (or replace, by name) what runs when someone's attendance days change. */
export function onAttendanceChange(name: string, hook: AttendanceChangeHook) {
  hooks.set(name, hook);
}

/** Tell the registered hooks; call inside the transaction that made the change. */
export async function attendanceChanged(trx: Db, change: AttendanceChange) {
  if (!change.employeeIds.length) return;
  for (const hook of hooks.values()) await hook(trx, change);
}
