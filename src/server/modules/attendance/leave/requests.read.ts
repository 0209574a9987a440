import type { z } from 'zod';
import type { LeaveListQuery, LeaveRequestView, LeaveStepRoleName } from '../../../../common/attendance-leave.js';
import type { Db } from '../../../db/connect.js';
import { peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { identities, type Identity } from '../../people/identity.service.js';
import { settleNotices } from '../../../lib/notify.js';
import { myLeaveLink } from './approvers.js';
import { ledTeamIds, mayDecideStep } from './leave.access.js';
import * as repo from './leave.repo.js';
import { evidenceRequired, evidenceThreshold } from './requests.rules.js';
import { visibleRequest } from './requests.service.js';

// Reading leave requests: mine, those waiting for a step I may decide, or all in my sight; each
// with its chain, files and what the reader may do with it.

const STEP_ROLES: LeaveStepRoleName[] = ['team_lead', 'center_manager', 'hr'];

async function toViews(db: Db, actor: Actor, rows: repo.RequestRow[]): Promise<LeaveRequestView[]> {
  const ids = rows.map((r) => r.id);
  const [steps, files, people, led, today, kinds] = await Promise.all([
    repo.stepsOf(db, ids),
    repo.filesOf(db, ids),
    identities(
      db,
      rows.map((r) => r.employee_id),
    ),
    ledTeamIds(db, actor),
    todayInCenter(db),
    repo.listKinds(db),
  ]);
  const thresholds = new Map<string, number | null>();
  for (const k of kinds) thresholds.set(k.code, await evidenceThreshold(db, k));
  return rows.map((r) => {
    const p = people.get(r.employee_id) as Identity | undefined;
    const mine = steps.filter((s) => s.request_id === r.id);
    const pending = mine.find((s) => s.status === 'pending');
    const own = r.employee_id === actor.employeeId || r.created_by === actor.userId;
    return {
      id: r.id,
      employeeId: r.employee_id,
      employeeName: p?.name ?? '',
      employeeNo: p?.employeeNo ?? '',
      teamName: p?.teamName ?? '',
      kindCode: r.kind_code,
      startDay: r.start_day,
      startHalf: r.start_half as 'am' | 'pm',
      endDay: r.end_day,
      endHalf: r.end_half as 'am' | 'pm',
      days: r.days,
      afterTheFact: r.after_the_fact === 1,
      reason: r.reason,
      status: r.status as LeaveRequestView['status'],
      createdAt: r.created_at,
      decidedAt: r.decided_at,
      evidenceRequired: evidenceRequired(thresholds.get(r.kind_code) ?? null, r.days),
      steps: mine.map((s) => ({
        seq: s.seq,
        role: s.role as LeaveStepRoleName,
        status: s.status as LeaveRequestView['steps'][number]['status'],
        decidedName: s.decided_name,
        decidedAt: s.decided_at,
        note: s.note,
      })),
      files: files
        .filter((f) => f.request_id === r.id)
        .map((f) => ({ id: f.id, fileName: f.file_name, mime: f.mime, size: f.size, uploadedAt: f.uploaded_at })),
      canDecide: !!pending && !!p && mayDecideStep(actor, pending.role as LeaveStepRoleName, p, led),
      canCancel: own && (r.status === 'pending' || r.status === 'approved') && r.start_day > today,
    };
  });
}

export async function listRequests(db: Db, actor: Actor, q: z.output<typeof LeaveListQuery>) {
  const base = {
    status: q.status,
    employeeId: q.employeeId,
    kindCode: q.kindCode,
    from: q.from,
    to: q.to,
    page: q.page,
    pageSize: q.pageSize,
  };
  const filter: repo.ListFilter =
    q.scope === 'mine'
      ? { ...base, mineId: actor.employeeId }
      : q.scope === 'to_decide'
        ? {
            ...base,
            scope: peopleScope(actor),
            pendingRoles: STEP_ROLES.filter((r) => actor.roles.includes(r)),
            notEmployeeId: actor.employeeId,
          }
        : { ...base, scope: peopleScope(actor) };
  const { rows, total } = await repo.listRequests(db, filter);
  let views = await toViews(db, actor, rows);
  // A step of the actor's role for people they may see but not decide for (another team in their
  // center, for a lead who is also a manager) is not theirs to decide: leave it out of the queue.
  if (q.scope === 'to_decide') views = views.filter((v) => v.canDecide);
  return { data: views, total };
}

export async function requestDetail(db: Db, actor: Actor, id: string) {
  const { r } = await visibleRequest(db, actor, id);
  // The person opening their answered request has read the answer (home page, issue 26).
  if (r.employee_id === actor.employeeId && r.status !== 'pending') await settleNotices(db, [myLeaveLink(r.id)]);
  return (await toViews(db, actor, [r]))[0];
}
