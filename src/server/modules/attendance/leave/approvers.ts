import type { LeaveStepRoleName } from '../../../../common/attendance-leave.js';
import type { Db } from '../../../db/connect.js';
import { notify, userIdsWithRoles } from '../../../lib/notify.js';
import { employeesHolding, identities, teamLeads, type Identity } from '../../people/identity.service.js';

// Who is told that a step waits for them: the person's team lead(s), the center manager(s) of the
// person's department, or every HR account — never the person themselves.

export async function approverUserIds(db: Db, role: LeaveStepRoleName, p: Identity): Promise<string[]> {
  if (role === 'team_lead')
    return (await teamLeads(db, [p.teamId])).filter((l) => l.employeeId !== p.id).map((l) => l.userId);
  const all = await employeesHolding(db, [role]);
  const holders = all.filter((h) => h.employeeId !== p.id);
  if (role === 'hr') {
    // HR accounts need not be linked to a person; the person's own account is left out.
    const own = new Set(all.filter((h) => h.employeeId === p.id).map((h) => h.userId));
    return (await userIdsWithRoles(db, ['hr'])).filter((u) => !own.has(u));
  }
  const where = await identities(
    db,
    holders.map((h) => h.employeeId),
  );
  return holders.filter((h) => where.get(h.employeeId)?.departmentId === p.departmentId).map((h) => h.userId);
}

export const leaveLink = (id: string) => `/attendance/leave/approvals?request=${id}`;
export const myLeaveLink = (id: string) => `/attendance/leave?request=${id}`;

export async function tellApprovers(db: Db, role: LeaveStepRoleName, p: Identity, requestId: string, days: number) {
  await notify(db, {
    userIds: await approverUserIds(db, role, p),
    kind: 'attendance_leave_to_decide',
    params: { name: p.name, days },
    link: leaveLink(requestId),
  });
}
