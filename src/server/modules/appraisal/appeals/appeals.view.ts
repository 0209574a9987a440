import type { z } from 'zod';
import type { GradeName, KpiCodeName } from '../../../../common/appraisal-plans.js';
import type { AppealDetail, AppealEvent, AppealSummary } from '../../../../common/appraisal-results.js';
import { hasPermission } from '../../../../common/permissions.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { identities, teamsOf } from '../../people/identity.service.js';
import * as repo from './appeals.repo.js';
import type { AppealRow } from './appeals.repo.js';

// An appeal as the API shows it: codes, values and dates, never display text.

type Summary = z.infer<typeof AppealSummary>;
type Event = z.infer<typeof AppealEvent>;

export const isAppellant = (actor: Actor, a: Pick<AppealRow, 'employee_id'>) =>
  !!actor.employeeId && actor.employeeId === a.employee_id;

/** What the reader (who sees the appeal) may do with it now. */
export const allowedActions = (actor: Actor, a: Pick<AppealRow, 'employee_id' | 'status'>) => ({
  review: hasPermission(actor.roles, 'appraisal.review') && !isAppellant(actor, a) && a.status === 'open',
  decide: hasPermission(actor.roles, 'appraisal.decide') && !isAppellant(actor, a) && a.status === 'reviewed',
});

export async function toSummaries(db: Db, rows: AppealRow[]): Promise<Summary[]> {
  const [people, teams] = await Promise.all([
    identities(
      db,
      rows.map((r) => r.employee_id),
    ),
    teamsOf(
      db,
      rows.map((r) => r.team_id),
    ),
  ]);
  return rows.map((r) => ({
    id: r.id,
    cycleId: r.cycle_id,
    sheetId: r.sheet_id,
    employeeId: r.employee_id,
    employeeNo: people.get(r.employee_id)?.employeeNo ?? '',
    employeeName: people.get(r.employee_id)?.name ?? '',
    teamId: r.team_id,
    teamName: teams.get(r.team_id)?.name ?? '',
    kpiCode: r.kpi_code as KpiCodeName,
    status: r.status as Summary['status'],
    originalValue: r.original_value,
    claimedValue: r.claimed_value,
    filedAt: r.filed_at,
    windowEndsOn: r.window_ends_on,
  }));
}

const toEvent = (e: Awaited<ReturnType<typeof repo.eventsOf>>[number]): Event => ({
  kind: e.kind as Event['kind'],
  at: e.at,
  actor: { userId: e.actor_user_id, name: e.actor_name },
  params: JSON.parse(e.params) as Event['params'],
});

export async function toDetail(db: Db, actor: Actor, r: AppealRow): Promise<z.infer<typeof AppealDetail>> {
  const [[summary], events] = await Promise.all([toSummaries(db, [r]), repo.eventsOf(db, r.id)]);
  return {
    ...summary,
    reason: r.reason,
    review:
      r.reviewed_at && r.review_recommendation
        ? {
            recommendation: r.review_recommendation as 'uphold' | 'reject',
            comment: r.review_comment ?? '',
            by: { userId: r.reviewed_by, name: r.reviewed_by_name ?? '' },
            at: r.reviewed_at,
          }
        : null,
    decision:
      r.decided_at && r.decision
        ? {
            decision: r.decision as 'upheld' | 'rejected',
            reason: r.decision_reason ?? '',
            correctedValue: r.corrected_value,
            oldTotal: r.old_total,
            newTotal: r.new_total,
            oldGrade: r.old_grade as GradeName | null,
            newGrade: r.new_grade as GradeName | null,
            by: { userId: r.decided_by, name: r.decided_by_name ?? '' },
            at: r.decided_at,
          }
        : null,
    events: events.map(toEvent),
    can: allowedActions(actor, r),
  };
}
