import type { Db } from '../../../db/connect.js';

// Test helpers for the staffing part: interactions history, shift templates, schedule entries and
// approved leave written straight into the tables (the parts that own them are tested on their
// own; here only what staffing reads matters). Instants are UTC; the demo center is UTC+8.

let seq = 0;
const id = (p: string) => `${p}-${++seq}-${Math.random().toString(36).slice(2, 8)}`;
const AT = '2025-01-01T00:00:00.000Z';

/** `count` answered inbound voice calls of `business` starting at local day+time, each with these seconds. */
export async function addCalls(
  db: Db,
  q: { day: string; localTime: string; count: number; business: string; talk?: number; hold?: number; wrap?: number },
) {
  const [h, m] = q.localTime.split(':').map(Number);
  const start = Date.parse(`${q.day}T00:00:00Z`) - 480 * 60_000 + (h * 60 + m) * 60_000;
  const agent = (await db.selectFrom('employees').select('id').limit(1).executeTakeFirstOrThrow()).id;
  const rows = Array.from({ length: q.count }, (_, i) => ({
    id: id('call'),
    agent_id: agent,
    started_at: new Date(start + i * 1000).toISOString(),
    day: q.day,
    direction: 'in',
    channel: 'voice',
    business_type: q.business,
    queue: null,
    answered: 1,
    talk_seconds: q.talk ?? 150,
    hold_seconds: q.hold ?? 10,
    wrap_seconds: q.wrap ?? 20,
    queue_wait_seconds: 5,
    fcr: null,
    csat: null,
    customer_ref: null,
    recording_url: null,
    transcript_url: null,
    import_id: 'staffing-test',
    call_id: null,
    leg: null,
  }));
  await db.insertInto('interactions').values(rows).execute();
  // The center rollup says the day has data (what a real import writes with the calls).
  await db
    .insertInto('interaction_center_daily')
    .values({
      day: q.day,
      business_type: q.business,
      channel: `voice-${seq}`,
      offered: q.count,
      handled: q.count,
      talk_sum: 0,
      hold_sum: 0,
      wrap_sum: 0,
      fcr_yes: 0,
      fcr_known: 0,
      csat_sum: 0,
      csat_count: 0,
      sl_within: 0,
      sl_offered: 0,
      csat_satisfied: 0,
    })
    .execute();
}

export async function addShift(db: Db, q: { start: string; end: string; breaks?: [string, string][]; skill?: string }) {
  const shiftId = id('shift');
  await db
    .insertInto('attendance_shifts')
    .values({
      id: shiftId,
      department_id: null,
      code: shiftId.slice(0, 30),
      name: shiftId,
      start_time: q.start,
      end_time: q.end,
      breaks: JSON.stringify((q.breaks ?? []).map(([start, end]) => ({ start, end }))),
      work_minutes: 480,
      skill: q.skill ?? null,
      color: null,
      active: 1,
      version: 1,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return shiftId;
}

export async function addRoster(db: Db, teamId: string, periodStart: string) {
  const rosterId = id('roster');
  await db
    .insertInto('attendance_rosters')
    .values({
      id: rosterId,
      team_id: teamId,
      period_start: periodStart,
      period_end: periodStart,
      status: 'published',
      published_at: AT,
      published_by: null,
      version: 1,
      created_by: 'test',
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return rosterId;
}

/** A schedule entry: the shift on the center day, local start/end times (end ≤ start: next day). */
export async function schedule(
  db: Db,
  q: { employeeId: string; day: string; rosterId: string; shiftId: string | null; start?: string; end?: string },
) {
  const local = (day: string, t: string) => {
    const [h, m] = t.split(':').map(Number);
    return Date.parse(`${day}T00:00:00Z`) - 480 * 60_000 + (h * 60 + m) * 60_000;
  };
  let starts: number | null = null;
  let ends: number | null = null;
  if (q.shiftId && q.start && q.end) {
    starts = local(q.day, q.start);
    ends = local(q.day, q.end);
    if (ends <= starts) ends += 86_400_000;
  }
  await db
    .insertInto('attendance_schedule')
    .values({
      employee_id: q.employeeId,
      day: q.day,
      roster_id: q.rosterId,
      shift_id: q.shiftId,
      starts_at: starts === null ? null : new Date(starts).toISOString(),
      ends_at: ends === null ? null : new Date(ends).toISOString(),
      work_minutes: 480,
      updated_at: AT,
      updated_by: null,
    })
    .execute();
}

export async function approvedLeave(
  db: Db,
  q: { employeeId: string; day: string; startHalf?: 'am' | 'pm'; endHalf?: 'am' | 'pm'; status?: string },
) {
  const leaveId = id('leave');
  await db
    .insertInto('attendance_leave_requests')
    .values({
      id: leaveId,
      employee_id: q.employeeId,
      kind_code: 'personal',
      start_day: q.day,
      start_half: q.startHalf ?? 'am',
      end_day: q.day,
      end_half: q.endHalf ?? 'pm',
      days: q.startHalf === q.endHalf && q.startHalf ? 0.5 : 1,
      after_the_fact: 0,
      reason: 'test',
      status: q.status ?? 'approved',
      created_by: 'test',
      created_at: AT,
      decided_at: q.status === 'pending' ? null : AT,
      version: 1,
    })
    .execute();
  return leaveId;
}

/** A swap accepted by the colleague, waiting for the lead. */
export async function acceptedSwap(
  db: Db,
  a: { employeeId: string; day: string },
  b: { employeeId: string; day: string },
) {
  const swapId = id('swap');
  await db
    .insertInto('attendance_swaps')
    .values({
      id: swapId,
      requester_id: a.employeeId,
      requester_day: a.day,
      colleague_id: b.employeeId,
      colleague_day: b.day,
      reason: 'test',
      status: 'accepted',
      accepted_at: AT,
      decided_by: null,
      decided_by_name: null,
      decided_at: null,
      note: null,
      created_at: AT,
      version: 1,
    })
    .execute();
  return swapId;
}

/** The team of a demo account's employee and up to `n` other current people of it. */
export async function teamOf(db: Db, username: string, n: number) {
  const user = await db
    .selectFrom('users')
    .select('employee_id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const me = await db
    .selectFrom('employees')
    .select('team_id')
    .where('id', '=', user.employee_id!)
    .executeTakeFirstOrThrow();
  const people = await db
    .selectFrom('employees')
    .select('id')
    .where('team_id', '=', me.team_id)
    .where('id', '<>', user.employee_id!)
    .where('status', 'not in', ['eliminated', 'resigned', 'dismissed'])
    .orderBy('employee_no')
    .limit(n)
    .execute();
  return { teamId: me.team_id, people: people.map((p) => p.id) };
}
