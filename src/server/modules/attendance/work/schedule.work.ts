import type { WorkItem } from '../../../../common/home.js';
import { addDays } from '../../../lib/clock.js';
import type { WorkSource } from '../../../lib/work.js';
import { myShifts } from './work.repo.js';

// An agent's shifts today and tomorrow on the home page (issue 26): not a task with a deadline
// but the day's plan, each shift due the day it is worked so today's comes first. Published
// rosters only, rest days left out.

export const myShiftsSoon: WorkSource = {
  name: 'attendance.myShifts',
  kinds: ['attendanceShift'],
  menus: ['attendance-my-schedule'],
  appliesTo: (actor) => !!actor.employeeId && actor.roles.includes('agent'),
  async items(db, actor, { today }) {
    const rows = await myShifts(db, actor.employeeId!, today, addDays(today, 1));
    return rows.map((s): WorkItem => ({
      key: `attendanceShift:${actor.employeeId}:${s.day}`,
      kind: 'attendanceShift',
      menu: 'attendance-my-schedule',
      due: s.day,
      provisional: false,
      link: '/attendance/my-schedule',
      params: { day: s.day, shift: s.name, code: s.code, start: s.start_time, end: s.end_time },
    }));
  },
};
