import type { z } from 'zod';
import type { AttendanceInput } from '../../../../common/training-sessions.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { forbidden, ruleBroken } from '../../../lib/errors.js';
import { dayRange, nowIso, nowMs } from '../../../lib/clock.js';
import { getSetting } from '../../../lib/settings.js';
import { loadSession } from '../sessions/sessions.service.js';
import { centerOffset } from '../../../lib/center-time.js';
import { runsTraining } from '../shared/training.access.js';
import { creditOf, creditRule, creditScore } from './credit.js';
import {
  approvedLeaveAmong,
  attendanceInSessionsBetween,
  attendanceOf,
  enrolledAmong,
  unexcusedAttendanceSince,
  upsertAttendance,
} from './attendance.repo.js';

// Attendance per person per session (SPEC §3): present, late (minutes), left_early (minutes),
// absent, on_leave — the last only when an approved leave request exists. Taken by the session's
// trainer (an internal trainer, signed in as themself) or a training manager, from
// training.attendanceOpensMinutesBefore (30) minutes before the start on; taking it again
// corrects it, and every change is audited.

export async function takeAttendance(db: Db, actor: Actor, sessionId: string, input: z.output<typeof AttendanceInput>) {
  const s = await loadSession(db, sessionId);
  if (!runsTraining(actor) && !(actor.employeeId && s.trainer_employee_id === actor.employeeId)) {
    throw forbidden('Only the session’s trainer or a training manager takes its attendance');
  }
  if (s.status !== 'scheduled') throw ruleBroken('SESSION_CANCELLED', 'The session was cancelled');
  const early = await getSetting(db, 'training.attendanceOpensMinutesBefore');
  if (nowMs() < Date.parse(s.starts_at) - early * 60_000) {
    throw ruleBroken('SESSION_NOT_STARTED', `Attendance opens ${early} minutes before the session starts`);
  }
  const seen = new Set<string>();
  input.records.forEach((r, i) => {
    if (seen.has(r.employeeId))
      throw ruleBroken('DUPLICATE_PERSON', 'A person appears twice', `records.${i}.employeeId`);
    seen.add(r.employeeId);
  });
  const ids = [...seen];
  const enrolled = new Set(await enrolledAmong(db, sessionId, ids));
  const approved = new Set(await approvedLeaveAmong(db, sessionId, ids));
  const lengthMin = Math.round((Date.parse(s.ends_at) - Date.parse(s.starts_at)) / 60_000);
  const at = nowIso();
  const rows = input.records.map((r, i) => {
    const field = `records.${i}`;
    if (!enrolled.has(r.employeeId))
      throw ruleBroken('NOT_ENROLLED', 'This person is not enrolled in the session', `${field}.employeeId`);
    if (r.status === 'on_leave' && !approved.has(r.employeeId)) {
      throw ruleBroken(
        'LEAVE_NOT_APPROVED',
        'On leave needs an approved leave request for this session; otherwise mark absent',
        `${field}.status`,
      );
    }
    const timed = r.status === 'late' || r.status === 'left_early';
    if (timed && !r.minutes)
      throw ruleBroken('MINUTES_REQUIRED', `Say how many minutes (${r.status})`, `${field}.minutes`);
    if (timed && r.minutes! >= lengthMin)
      throw ruleBroken('MINUTES_TOO_MANY', `The session lasts ${lengthMin} minutes`, `${field}.minutes`);
    return {
      session_id: sessionId,
      employee_id: r.employeeId,
      status: r.status,
      minutes: timed ? r.minutes! : null,
      note: r.note,
      recorded_by: actor.userId,
      recorded_at: at,
    };
  });
  await db.transaction().execute(async (trx) => {
    const before = await attendanceOf(trx, sessionId, ids);
    for (const row of rows) await upsertAttendance(trx, row);
    await recordAudit(trx, actor, {
      action: before.length ? 'update' : 'create',
      entity: 'training_attendance',
      entityId: sessionId,
      oldValue: before.length ? before : undefined,
      newValue: rows.map((r) => ({ employee_id: r.employee_id, status: r.status, minutes: r.minutes })),
    });
  });
  return rows.length;
}

/**
 * The daily-performance attendance score (SPEC §4: attendance is worth 30 of 100 points).
 *
 * Over the sessions a person was enrolled in whose start falls on the center's days from..to
 * (inclusive), not cancelled, and whose attendance has been taken:
 *   present                                   credit 1
 *   late by ≤ training.lateMinorMinutes (10)   credit training.creditLateMinor (0.8)
 *   late by more                              credit training.creditLateMajor (0.5)
 *   left_early                                credit training.creditLeftEarly (0.5)
 *   absent (no leave, or leave not approved)  credit 0
 *   on_leave (approved leave)                 left out of both sums
 *   attendance not taken yet                  left out of both sums
 *   score = round1(training.attendancePoints (30) × Σ credit / counted sessions)
 * and null when no session counts (then the evaluator enters the value by hand).
 * Example: present, late 5 min, late 20 min, absent, on leave → 30 × (1+0.8+0.5+0)/4 = 17.3.
 */
export async function attendanceBreakdown(db: Db, employeeId: string, from: string, to: string) {
  const [points, rule, offset] = await Promise.all([
    getSetting(db, 'training.attendancePoints'),
    creditRule(db),
    centerOffset(db),
  ]);
  const { start, end } = dayRange(from, to, offset);
  const rows = await attendanceInSessionsBetween(db, employeeId, start, end);
  const breakdown = { present: 0, lateMinor: 0, lateMajor: 0, leftEarly: 0, absent: 0, onLeave: 0, notTaken: 0 };
  let credit = 0;
  for (const r of rows) {
    if (!r.status) breakdown.notTaken++;
    else if (r.status === 'on_leave') breakdown.onLeave++;
    else {
      // The credit rule is shared with rostered attendance days (credit.ts).
      const c = creditOf(r.status, r.minutes, rule);
      breakdown[c.bucket]++;
      credit += c.credit;
    }
  }
  const counted = rows.length - breakdown.notTaken - breakdown.onLeave;
  const score = creditScore(points, credit, counted);
  return { employeeId, from, to, points, score, counted, credit: Math.round(credit * 100) / 100, breakdown };
}

/** The attendance points (0–30, one decimal) for the exams module's daily-performance prefill; null when nothing counts. */
export async function attendanceScore(db: Db, employeeId: string, from: string, to: string): Promise<number | null> {
  return (await attendanceBreakdown(db, employeeId, from, to)).score;
}

/**
 * Unexcused lateness, early leave and absence of these people in sessions starting at or after
 * `sinceUtc` (not cancelled), oldest first; a record with an approved leave request for its
 * session is left out. For the new-hire criteria (SPEC §6 criterion 4).
 */
export async function attendanceBreachesOf(db: Db, employeeIds: string[], sinceUtc: string) {
  if (!employeeIds.length) return [];
  const rows = await unexcusedAttendanceSince(db, employeeIds, sinceUtc);
  return rows.map((r) => ({
    sessionId: r.session_id,
    employeeId: r.employee_id,
    status: r.status as 'late' | 'left_early' | 'absent',
    minutes: r.minutes,
    startsAt: r.starts_at,
    title: r.title ?? r.course_title,
  }));
}
