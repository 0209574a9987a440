import type { MyAttendanceView } from '../../../../common/attendance-clock.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { centerOffset } from '../../../lib/center-time.js';
import { addDays, addMonths, dayRange, localDate, nowIso } from '../../../lib/clock.js';
import { assertDateOrder } from '../../../lib/date-range.js';
import { ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { publishedOnly, scheduleOf } from '../rosters/schedule.service.js';
import { attendanceChanged } from '../shared/changes.js';
import { insertPunches, punchesBetween } from './clock.repo.js';
import { daysOf } from './days.service.js';

// The person's own side of the clock: a punch in the web (the actor's own employee record, at
// the one clock's now) and "my attendance" — the matched days of a period, today's shift and
// today's punches for the punch card.

const MAX_DAYS = 92;

function myEmployee(actor: Actor) {
  if (!actor.employeeId) throw ruleBroken('NO_EMPLOYEE', 'Your account is not linked to a person');
  return actor.employeeId;
}

/** Punch now. The day it counts for (today's shift, or last night's) is matched again at once. */
export async function webPunch(db: Db, actor: Actor) {
  const employeeId = myEmployee(actor);
  const at = `${nowIso().slice(0, 19)}.000Z`; // to the second: a double click is one punch
  const offset = await centerOffset(db);
  const today = localDate(at, offset);
  return db.transaction().execute(async (trx) => {
    await insertPunches(trx, [
      {
        id: newId(),
        employee_id: employeeId,
        at,
        source: 'web',
        device: null,
        import_id: null,
        created_by: actor.userId,
        created_at: at,
      },
    ]);
    await attendanceChanged(trx, { employeeIds: [employeeId], from: today, to: today, cause: 'punches' });
    const days = await daysOf(trx, [employeeId], addDays(today, -1), today);
    const day = days.find((d) => d.firstIn === at || d.lastOut === at) ?? days.find((d) => d.day === today) ?? null;
    return { punch: { employeeId, at, source: 'web', device: null }, day };
  });
}

/** My matched days from..to (default: this month), and for the punch card today's shift and punches. */
export async function myAttendance(db: Db, actor: Actor, q: { from?: string; to?: string }): Promise<MyAttendanceView> {
  const employeeId = myEmployee(actor);
  const offset = await centerOffset(db);
  const today = localDate(nowIso(), offset);
  const from = q.from ?? `${today.slice(0, 8)}01`;
  const to = q.to ?? addDays(addMonths(`${today.slice(0, 8)}01`, 1), -1);
  assertDateOrder(from, to, 'to');
  if (addDays(from, MAX_DAYS - 1) < to) throw ruleBroken('RANGE_TOO_LONG', `At most ${MAX_DAYS} days at a time`, 'to');
  const days = await daysOf(db, [employeeId], from, to);
  const shift = publishedOnly(await scheduleOf(db, [employeeId], today, today))[0];
  const range = dayRange(today, today, offset);
  const punches = await punchesBetween(db, [employeeId], range.start, range.end);
  return {
    days,
    punchesToday: punches.map((p) => p.at),
    today: shift ? { day: today, startsAt: shift.startsAt, endsAt: shift.endsAt, shiftId: shift.shiftId } : null,
  };
}
