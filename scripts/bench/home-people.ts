import type { Db } from '../../src/server/db/connect.js';
import { insertMany, ts } from '../../src/server/demo/analytics-batch.js';
import { addDays } from '../../src/server/lib/clock.js';
import { newId } from '../../src/server/lib/ids.js';
import { addWorkingDays, workingDays, type Org } from './home-org.js';

// The home bench's attendance and people work: two weeks of attendance days (a few exceptions,
// the last days' still open), leave requests waiting on the team lead and some freshly answered,
// shift swaps waiting, elimination cases at every open step.

const ATTENDANCE_DAYS = 10;
const OUTCOMES: [string, number][] = [
  ['late', 0.04],
  ['early_leave', 0.02],
  ['absent', 0.01],
  ['missing_out', 0.01],
];

export async function seedAttendance(db: Db, org: Org) {
  const { rand, today, at, agents } = org;
  const days = workingDays(today, ATTENDANCE_DAYS);
  const recent = new Set(days.slice(-3));
  let n = 0;
  for (const day of days) {
    const rows = agents.map((a) => {
      let r = rand();
      let outcome = 'on_time';
      for (const [o, p] of OUTCOMES) {
        if (r < p) {
          outcome = o;
          break;
        }
        r -= p;
      }
      const exception = outcome !== 'on_time';
      const late = outcome === 'late' ? 5 + Math.floor(rand() * 30) : 0;
      return {
        employee_id: a.id,
        day,
        shift_id: null,
        scheduled_start: ts(day, '09:00'),
        scheduled_end: ts(day, '18:00'),
        first_in: outcome === 'absent' ? null : ts(day, late ? `09:${String(late).padStart(2, '0')}` : '08:52'),
        last_out:
          outcome === 'absent' || outcome === 'missing_out'
            ? null
            : ts(day, outcome === 'early_leave' ? '17:10' : '18:05'),
        late_minutes: late,
        early_minutes: outcome === 'early_leave' ? 50 : 0,
        outcome,
        resolution: exception ? (recent.has(day) ? 'open' : 'confirmed') : null,
        resolution_reason: null,
        resolved_by: exception && !recent.has(day) ? a.leadUserId : null,
        resolved_at: exception && !recent.has(day) ? ts(day, '20:00') : null,
        leave_request_id: null,
        computed_at: at,
        version: 1,
      };
    });
    await insertMany(db, 'attendance_days', rows);
    n += rows.length;
  }

  const requests = [];
  const steps = [];
  const swaps = [];
  const notices = [];
  // The timed lead's and agent's team (and the timed trainee's class) get their share and more.
  const focus = new Set([org.teams[0].id, org.teams[Math.min(9, org.teams.length - 1)].id]);
  for (const [i, a] of agents.entries()) {
    const boost = focus.has(a.teamId) ? 0.2 : 1;
    const r = a.userId === org.accounts.agent ? 0.01 : rand() * boost;
    if (r < 0.05) {
      // 3 in 100 wait on the lead; 2 in 100 were approved yesterday (the agent reads the answer).
      const answered = r < 0.02;
      const id = newId();
      const start = addWorkingDays(today, 1 + Math.floor(rand() * 8));
      const created = ts(addDays(today, -1 - Math.floor(rand() * 3)), '10:00');
      requests.push({
        id,
        employee_id: a.id,
        kind_code: 'annual',
        start_day: start,
        start_half: 'am',
        end_day: start,
        end_half: 'pm',
        days: 1,
        after_the_fact: 0,
        reason: '家中有事',
        status: answered ? 'approved' : 'pending',
        created_by: a.userId,
        created_at: created,
        decided_at: answered ? ts(addDays(today, -1), '11:00') : null,
        version: 1,
      });
      // One pending request in three is long enough to go on to the center manager.
      const toManager = !answered && rand() < 0.33;
      const leadDone = answered || toManager;
      steps.push({
        id: newId(),
        request_id: id,
        seq: 1,
        role: 'team_lead',
        status: leadDone ? 'approved' : 'pending',
        decided_by: leadDone ? a.leadUserId : null,
        decided_name: leadDone ? '组长' : null,
        decided_at: leadDone ? ts(addDays(today, -1), '11:00') : null,
        note: null,
      });
      if (toManager)
        steps.push({
          id: newId(),
          request_id: id,
          seq: 2,
          role: 'center_manager',
          status: 'pending',
          decided_by: null,
          decided_name: null,
          decided_at: null,
          note: null,
        });
      if (answered)
        notices.push({
          id: newId(),
          user_id: a.userId,
          kind: 'attendance_leave_approved',
          params: JSON.stringify({ start: start, end: start, days: 1 }),
          link: `/attendance/leave?request=${id}`,
          created_at: ts(addDays(today, -1), '11:00'),
          read_at: null,
        });
    }
    // The first agent of the first team asks the next one (the bench's agent) to swap.
    if (rand() * boost < 0.015 || i === 0) {
      const colleague = agents[i % 20 === 19 ? i - 1 : i + 1];
      const accepted = i > 0 && rand() < 0.6;
      swaps.push({
        id: newId(),
        requester_id: a.id,
        requester_day: addWorkingDays(today, 2),
        colleague_id: colleague.id,
        colleague_day: addWorkingDays(today, 4),
        reason: '调班',
        status: accepted ? 'accepted' : 'proposed',
        accepted_at: accepted ? ts(addDays(today, -1), '15:00') : null,
        decided_by: null,
        decided_by_name: null,
        decided_at: null,
        note: null,
        created_at: ts(addDays(today, -2), '15:00'),
        version: 1,
      });
    }
  }
  await insertMany(db, 'attendance_leave_requests', requests);
  await insertMany(db, 'attendance_leave_steps', steps);
  await insertMany(db, 'attendance_swaps', swaps);
  await insertMany(db, 'notifications', notices);
  return { attendanceDays: n, leaveRequests: requests.length, swaps: swaps.length };
}

const CASE_STEPS = ['listed', 'interviewed', 'notice', 'offboarding'] as const;

/** Elimination cases at each open step: one trainee in 25, the notice ones ending around today. */
export async function seedElimination(db: Db, org: Org) {
  const { rand, today, trainees, trainingUserId } = org;
  const cases = [];
  for (const [i, p] of trainees.entries()) {
    if (i % 25 !== 3) continue;
    const status = CASE_STEPS[Math.floor(rand() * CASE_STEPS.length)];
    const opened = ts(addWorkingDays(today, -6), '10:00');
    const noticeFrom = addWorkingDays(today, -3);
    const noticeEnds = addWorkingDays(today, Math.floor(rand() * 4) - 1);
    const noticed = status === 'notice' || status === 'offboarding';
    cases.push({
      id: newId(),
      employee_id: p.id,
      criterion: 'theory_fails',
      status,
      summary: '理论考试连续两次未通过',
      evidence: '[]',
      notice_published_on: noticed ? noticeFrom : null,
      notice_ends_on: noticed ? noticeEnds : null,
      notice_ends_at: noticed ? ts(noticeEnds, '23:59') : null,
      notice_provisional_year: null,
      decision: null,
      closed_at: null,
      opened_by: trainingUserId,
      opened_at: opened,
      version: 1,
      updated_at: opened,
    });
  }
  await insertMany(db, 'elimination_cases', cases);
  return { eliminationCases: cases.length };
}
