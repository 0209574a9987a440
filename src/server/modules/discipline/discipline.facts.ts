import type { Db } from '../../db/connect.js';
import { todayInCenter } from '../../lib/center-time.js';
import * as repo from './discipline.repo.js';

// The read side other modules rely on: the records that count. A record counts while it is
// confirmed by HR and not expired (from its expires_on day it no longer does). Used by the
// evaluation module for criterion 4 (SPEC §6 "other recorded misconduct"), and meant for
// reserve-lead eligibility (SPEC §11 "no disciplinary record") and appraisal.

export interface ConfirmedRecord {
  id: string;
  employeeId: string;
  kind: string;
  occurredOn: string;
  description: string;
  expiresOn: string;
  /** The training session whose attendance record is the evidence, when linked. */
  attendanceSessionId: string | null;
  interactionId: string | null;
}

/** Confirmed, unexpired records of these people as of `asOf` (default today in the center), optionally dated within a window; oldest first. */
export async function confirmedRecords(
  db: Db,
  employeeIds: string[],
  window: { from?: string; to?: string } = {},
  asOf?: string,
): Promise<ConfirmedRecord[]> {
  const rows = await repo.confirmedOf(db, [...new Set(employeeIds)], asOf ?? (await todayInCenter(db)), window);
  return rows.map((r) => ({
    id: r.id,
    employeeId: r.employee_id,
    kind: r.kind,
    occurredOn: r.occurred_on,
    description: r.description,
    expiresOn: r.expires_on,
    attendanceSessionId: r.attendance_session_id,
    interactionId: r.interaction_id,
  }));
}

/** Whether the person has no record that counts (as of `asOf`, default today) dated within the window. */
export async function cleanRecord(
  db: Db,
  personId: string,
  window: { from: string; to: string },
  asOf?: string,
): Promise<boolean> {
  return (await confirmedRecords(db, [personId], window, asOf)).length === 0;
}
