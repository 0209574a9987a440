import type { Db } from '../../../db/connect.js';
import { newId } from '../../../lib/ids.js';

// Crafted attendance for the tests of the summary and the feeds (criterion 4, appraisal, daily
// performance): a published roster with a 09:00–18:00 shift (480 working minutes) and the clock
// part's matched days written as rows, so a test states each day's outcome exactly rather than
// going through punches (the matching has its own tests in clock/). Team and people are the demo's.

export interface CraftedDay {
  day: string;
  /** null: a rest day on the roster. */
  outcome: string | null;
  late?: number;
  early?: number;
  resolution?: 'open' | 'confirmed' | 'excused' | 'leave' | null;
}

const SHIFT_CODE = 'T-SUM-0918';

async function testShift(db: Db) {
  const found = await db.selectFrom('attendance_shifts').select('id').where('code', '=', SHIFT_CODE).executeTakeFirst();
  if (found) return found.id;
  const id = newId();
  const at = '2026-12-01T00:00:00.000Z';
  await db
    .insertInto('attendance_shifts')
    .values({
      id,
      department_id: null,
      code: SHIFT_CODE,
      name: '测试班 09-18',
      start_time: '09:00',
      end_time: '18:00',
      breaks: '[{"start":"12:00","end":"13:00"}]',
      work_minutes: 480,
      skill: null,
      color: null,
      active: 1,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

async function publishedRoster(db: Db, teamId: string, month: string) {
  const periodStart = `${month}-01`;
  const found = await db
    .selectFrom('attendance_rosters')
    .select('id')
    .where('team_id', '=', teamId)
    .where('period_start', '=', periodStart)
    .executeTakeFirst();
  if (found) return found.id;
  const id = newId();
  const at = '2026-12-01T00:00:00.000Z';
  await db
    .insertInto('attendance_rosters')
    .values({
      id,
      team_id: teamId,
      period_start: periodStart,
      period_end: `${month}-28`,
      status: 'published',
      published_at: at,
      published_by: null,
      version: 1,
      created_by: 'test',
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/** Center time is UTC+8 in the tests: 09:00 there is 01:00Z. */
const instant = (day: string, hm: string) => new Date(`${day}T${hm}:00+08:00`).toISOString();

/** Writes the person's roster days and their matched outcomes (a rest day when outcome is null). */
export async function craftDays(db: Db, employeeId: string, teamId: string, days: CraftedDay[]) {
  const shiftId = await testShift(db);
  const at = '2026-12-01T00:00:00.000Z';
  for (const d of days) {
    const rosterId = await publishedRoster(db, teamId, d.day.slice(0, 7));
    const rest = d.outcome === null || d.outcome === 'rest';
    const start = rest ? null : instant(d.day, '09:00');
    const end = rest ? null : instant(d.day, '18:00');
    await db
      .insertInto('attendance_schedule')
      .values({
        employee_id: employeeId,
        day: d.day,
        roster_id: rosterId,
        shift_id: rest ? null : shiftId,
        starts_at: start,
        ends_at: end,
        work_minutes: rest ? 0 : 480,
        updated_at: at,
        updated_by: null,
      })
      .execute();
    await db
      .insertInto('attendance_days')
      .values({
        employee_id: employeeId,
        day: d.day,
        shift_id: rest ? null : shiftId,
        scheduled_start: start,
        scheduled_end: end,
        first_in: null,
        last_out: null,
        late_minutes: d.late ?? 0,
        early_minutes: d.early ?? 0,
        outcome: d.outcome ?? 'rest',
        resolution: d.resolution ?? (rest || d.outcome === 'on_time' ? null : 'open'),
        resolution_reason: null,
        resolved_by: null,
        resolved_at: null,
        leave_request_id: null,
        computed_at: at,
        version: 1,
      })
      .execute();
  }
}

/** An approved leave request as the leave part stores it (its chain is not the point here). */
export async function craftLeave(
  db: Db,
  employeeId: string,
  r: { kind: string; start: string; startHalf?: 'am' | 'pm'; end: string; endHalf?: 'am' | 'pm'; days: number },
) {
  const at = '2026-12-01T00:00:00.000Z';
  await db
    .insertInto('attendance_leave_requests')
    .values({
      id: newId(),
      employee_id: employeeId,
      kind_code: r.kind,
      start_day: r.start,
      start_half: r.startHalf ?? 'am',
      end_day: r.end,
      end_half: r.endHalf ?? 'pm',
      days: r.days,
      after_the_fact: 0,
      reason: '测试请假',
      status: 'approved',
      created_by: 'test',
      created_at: at,
      decided_at: at,
      version: 1,
    })
    .execute();
}

/** Approved overtime; with compensation toil, the lot of time off in lieu it earned (3 months). */
export async function craftOvertime(
  db: Db,
  employeeId: string,
  o: { day: string; hours: number; compensation: 'toil' | 'paid'; expiresOn?: string },
) {
  const id = newId();
  const at = '2026-12-01T00:00:00.000Z';
  await db
    .insertInto('attendance_overtime')
    .values({
      id,
      employee_id: employeeId,
      day: o.day,
      starts_at: instant(o.day, '18:00'),
      ends_at: new Date(Date.parse(instant(o.day, '18:00')) + o.hours * 3_600_000).toISOString(),
      hours: o.hours,
      reason: '测试加班',
      recorded: 1,
      compensation: o.compensation,
      status: 'approved',
      decided_by: null,
      decided_at: at,
      note: null,
      created_by: 'test',
      created_at: at,
      version: 1,
    })
    .execute();
  if (o.compensation === 'toil')
    await db
      .insertInto('attendance_toil')
      .values({
        id: newId(),
        employee_id: employeeId,
        overtime_id: id,
        hours: o.hours,
        earned_on: o.day,
        expires_on: o.expiresOn ?? '2099-12-31',
        used_hours: 0,
        created_at: at,
      })
      .execute();
}
