import type { WorkItem } from '../../../../common/home.js';
import { centerOffset } from '../../../lib/center-time.js';
import { localDate } from '../../../lib/clock.js';
import type { WorkSource } from '../../../lib/work.js';
import { identities } from '../../people/identity.service.js';
import { leaveLink, myLeaveLink } from '../leave/approvers.js';
import { ledTeamIds } from '../leave/leave.access.js';
import { leaveWaitingFor, unreadLeaveAnswers } from './work.repo.js';

// Leave on the home page (issue 26): the requests whose pending step the actor decides (the lead
// of the person's team, the center manager of their department, HR), due the day the leave
// starts — a decision after that is too late to plan the day; a request filed after the fact is
// due the day it was filed. And for the person: the answers to their requests not read yet.

const DECIDERS = ['team_lead', 'center_manager', 'hr'] as const;

export const leaveToDecide: WorkSource = {
  name: 'attendance.leaveToDecide',
  kinds: ['attendanceLeaveToDecide'],
  menus: ['attendance-leave-approvals'],
  appliesTo: (actor) => actor.roles.some((r) => (DECIDERS as readonly string[]).includes(r)),
  async items(db, actor) {
    const [led, offset] = await Promise.all([ledTeamIds(db, actor), centerOffset(db)]);
    const rows = await leaveWaitingFor(db, {
      teamIds: [...led],
      departmentIds: actor.roles.includes('center_manager') && actor.departmentId ? [actor.departmentId] : [],
      hr: actor.roles.includes('hr'),
      notEmployeeId: actor.employeeId,
    });
    const names = await identities(
      db,
      rows.map((r) => r.employee_id),
    );
    return rows.map((r): WorkItem => ({
      key: `attendanceLeaveToDecide:${r.id}`,
      kind: 'attendanceLeaveToDecide',
      menu: 'attendance-leave-approvals',
      due: r.after_the_fact ? localDate(r.created_at, offset) : r.start_day,
      provisional: false,
      link: leaveLink(r.id),
      params: { name: names.get(r.employee_id)?.name ?? '', days: Number(r.days), from: r.start_day, to: r.end_day },
    }));
  },
};

export const leaveAnswered: WorkSource = {
  name: 'attendance.leaveAnswered',
  kinds: ['attendanceLeaveApproved', 'attendanceLeaveRejected'],
  menus: ['attendance-leave'],
  appliesTo: (actor) => !!actor.employeeId,
  async items(db, actor) {
    const rows = await unreadLeaveAnswers(db, actor.userId);
    return rows.flatMap((n): WorkItem[] => {
      const id = n.link ? new URL(n.link, 'http://x').searchParams.get('request') : null;
      if (!id || n.link !== myLeaveLink(id)) return [];
      const params = JSON.parse(n.params || '{}') as Record<string, string | number>;
      const kind = n.kind === 'attendance_leave_approved' ? 'attendanceLeaveApproved' : 'attendanceLeaveRejected';
      return [
        {
          key: `${kind}:${id}`,
          kind,
          menu: 'attendance-leave',
          due: null,
          provisional: false,
          link: myLeaveLink(id),
          params: { from: String(params.from ?? ''), to: String(params.to ?? ''), days: Number(params.days ?? 0) },
        },
      ];
    });
  },
};
