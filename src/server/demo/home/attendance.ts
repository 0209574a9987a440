import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { getCalendar, workingByRecord } from '../../lib/calendar.js';
import { todayInCenter } from '../../lib/center-time.js';
import { addDays, shiftClock } from '../../lib/clock.js';
import { decide, fileRequest } from '../../modules/attendance/leave/requests.service.js';
import { demoActor } from '../demo-actor.js';

// Work waiting for the demo users on the home page (issue 26), this area's part: the items each
// demo role finds at the top of its list, some due today, some late. The attendance, appraisal
// and warnings demos already give the team lead a leave request a week ahead, an appeal to
// review, their own sheet to confirm and declining agents, and the agent today's and tomorrow's
// shifts and their sheet to confirm. What they lack is leave due now: the mentor asks for today
// (due today), the agent asked three days ago for the last working day, which the lead has still
// not decided (late), and the agent has an answer to read — a half day the lead approved.
export async function seedHomeAttendanceDemo(db: Db): Promise<void> {
  const who = await Promise.all(['teamlead', 'mentor', 'agent'].map((u) => demoActor(db, u).catch(() => null)));
  const [lead, mentor, agent] = who;
  if (!lead || !mentor || !agent) return;
  const today = await todayInCenter(db);
  const cal = await getCalendar(db);
  const working = (from: string, step: 1 | -1) => {
    let day = from;
    for (let i = 0; i < 14 && !workingByRecord(cal, day); i++) day = addDays(day, step);
    return day;
  };
  await leave(db, mentor, working(today, 1), '孩子发烧，需请假一天照顾');
  // Filed three days ago, before the day it asks for: due that day, now past.
  const DAYS = 3 * 86_400_000;
  shiftClock(-DAYS);
  try {
    await leave(db, agent, working(addDays(today, -1), -1), '预约了医院复诊');
  } finally {
    shiftClock(DAYS);
  }
  const answered = await leave(db, agent, working(addDays(today, 2), 1), '办理房屋过户手续', 'am');
  if (answered) await decide(db, lead, answered, { decision: 'approve', note: '同意，注意交接' });
}

/** Files a day (or a morning) of personal leave; null when it cannot (already there, a day off). */
async function leave(db: Db, who: Actor, day: string, reason: string, endHalf: 'am' | 'pm' = 'pm') {
  try {
    const r = await fileRequest(db, who, {
      kindCode: 'personal',
      startDay: day,
      startHalf: 'am',
      endDay: day,
      endHalf,
      reason,
    });
    return r.id;
  } catch {
    return null; // a second run meets its own requests (LEAVE_OVERLAP): the demo stands as it is
  }
}
