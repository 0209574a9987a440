import type { Db } from '../../../db/connect.js';
import { personIn } from '../../people/identity.query.js';

// The SQL behind attendance's home-page work (issue 26): one indexed read per kind of work, never
// a query per person, so a manager of 500 agents gets the list at once.

export interface LeaveDeciders {
  /** Teams whose team_lead steps the actor decides (the team they lead). */
  teamIds: string[];
  /** Departments whose center_manager steps the actor decides. */
  departmentIds: string[];
  /** Whether the actor decides HR steps (any person). */
  hr: boolean;
  /** The actor's own person: nobody decides their own leave. */
  notEmployeeId: string | null;
}

/** Pending leave requests whose pending step the actor decides. */
export async function leaveWaitingFor(db: Db, d: LeaveDeciders) {
  if (!d.teamIds.length && !d.departmentIds.length && !d.hr) return [];
  return db
    .selectFrom('attendance_leave_requests as r')
    .innerJoin('attendance_leave_steps as s', 's.request_id', 'r.id')
    .select(['r.id', 'r.employee_id', 'r.start_day', 'r.end_day', 'r.days', 'r.after_the_fact', 'r.created_at'])
    .where('r.status', '=', 'pending')
    .where('s.status', '=', 'pending')
    .where((eb) =>
      eb.or([
        ...(d.teamIds.length
          ? [eb.and([eb('s.role', '=', 'team_lead'), personIn('r.employee_id', { teamIds: d.teamIds })])]
          : []),
        ...(d.departmentIds.length
          ? [
              eb.and([
                eb('s.role', '=', 'center_manager'),
                personIn('r.employee_id', { departmentIds: d.departmentIds }),
              ]),
            ]
          : []),
        ...(d.hr ? [eb('s.role', '=', 'hr')] : []),
      ]),
    )
    .$if(!!d.notEmployeeId, (q) => q.where('r.employee_id', '!=', d.notEmployeeId!))
    .execute();
}

/** Swaps a colleague asked the person to take (waiting for their answer). */
export const swapsAskingMe = (db: Db, employeeId: string) =>
  db
    .selectFrom('attendance_swaps')
    .select(['id', 'requester_id', 'requester_day', 'colleague_day'])
    .where('colleague_id', '=', employeeId)
    .where('status', '=', 'proposed')
    .execute();

/** Accepted swaps of a team's people, waiting for the lead's approval (not the lead's own). */
export const swapsToApprove = (db: Db, teamId: string, notEmployeeId: string | null) =>
  db
    .selectFrom('attendance_swaps')
    .select(['id', 'requester_id', 'colleague_id', 'requester_day', 'colleague_day'])
    .where('status', '=', 'accepted')
    .where(personIn('requester_id', { teamIds: [teamId] }))
    .$if(!!notEmployeeId, (q) =>
      q.where('requester_id', '!=', notEmployeeId!).where('colleague_id', '!=', notEmployeeId!),
    )
    .execute();

/** A person's published shifts from..to (rest days left out), with the shift's name and times. */
export const myShifts = (db: Db, employeeId: string, from: string, to: string) =>
  db
    .selectFrom('attendance_schedule as s')
    .innerJoin('attendance_rosters as r', 'r.id', 's.roster_id')
    .innerJoin('attendance_shifts as sh', 'sh.id', 's.shift_id')
    .select(['s.day', 'sh.code', 'sh.name', 'sh.start_time', 'sh.end_time'])
    .where('s.employee_id', '=', employeeId)
    .where('s.day', '>=', from)
    .where('s.day', '<=', to)
    .where('r.status', '=', 'published')
    .orderBy('s.day')
    .execute();

/** The answers to the person's leave requests they have not read yet (unread notices). */
export const unreadLeaveAnswers = (db: Db, userId: string) =>
  db
    .selectFrom('notifications')
    .select(['id', 'kind', 'params', 'link', 'created_at'])
    .where('user_id', '=', userId)
    .where('kind', 'in', ['attendance_leave_approved', 'attendance_leave_rejected'])
    .where('read_at', 'is', null)
    .execute();
