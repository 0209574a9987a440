import type { Db } from '../../../db/connect.js';

// Modules whose events a leave can clash with (exams today) tell the leave part here how to find
// them, instead of the leave part importing them: exams already reads attendance (the daily
// prefill), so a direct import back would be a module cycle. Each source answers for one person
// and a UTC span with what to tell whom.
export interface LeaveOverlap {
  title: string;
  userIds: string[];
  link: string;
}
export type LeaveOverlapSource = (
  db: Db,
  employeeId: string,
  startsAt: string,
  endsAt: string,
) => Promise<LeaveOverlap[]>;

const sources = new Map<string, LeaveOverlapSource>();

/** Register (or replace, by kind) a source; kind names the notice: attendance_leave_<kind>_overlap. */
export function registerLeaveOverlaps(kind: string, source: LeaveOverlapSource) {
  sources.set(kind, source);
}

export async function leaveOverlapsOf(db: Db, employeeId: string, startsAt: string, endsAt: string) {
  const out: { kind: string; overlap: LeaveOverlap }[] = [];
  for (const [kind, source] of sources)
    for (const overlap of await source(db, employeeId, startsAt, endsAt)) out.push({ kind, overlap });
  return out;
}
