import type {
  ActionHistoryRow,
  Warning,
  WarningAction,
  WarningActionInput,
  WarningListQuery,
} from '../../../../common/analytics-warnings.js';
import type { Db } from '../../../db/connect.js';
import type { AnalyticsWarningActionTable, AnalyticsWarningTable } from '../../../db/schema-analytics-warnings.js';
import { peopleScope, requireInScope, inPeopleScope, type PeopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { nowIso } from '../../../lib/clock.js';
import { conflict, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { settleNotices } from '../../../lib/notify.js';
import { identities, type Identity } from '../../people/identity.service.js';
import { warningLink } from './warnings.work.js';
import * as repo from './warnings.repo.js';

export { sweepWarnings } from './sweep.js';

// Early warnings as a lead sees them (issue 22 item 5): the live (and past) warnings of the people
// in the actor's scope — a team lead their team, a center manager their department, the training
// manager everyone — and the action a lead records, which closes an open warning. Resolving is
// the sweep's (sweep.ts): a warning ends when the decline does, not when someone says so.

/**
 * Whose warnings the actor sees: a team lead their team, a center manager their department, the
 * roles that see everyone all. The people a relation adds to a person's sight (a mentee, a
 * learner in another team) are left out: a warning is the team lead's to act on.
 */
export function warningScope(actor: Actor): PeopleScope {
  const scope = peopleScope(actor);
  return scope.kind === 'all' ? scope : { ...scope, employeeIds: [] };
}

const toAction = (a: AnalyticsWarningActionTable): WarningAction => ({
  id: a.id,
  warningId: a.warning_id,
  kind: a.kind as WarningAction['kind'],
  note: a.note,
  dueDate: a.due_date,
  createdBy: a.created_by,
  createdByName: a.created_by_name,
  createdAt: a.created_at,
});

function toWarning(w: AnalyticsWarningTable, p: Identity | undefined, actions: AnalyticsWarningActionTable[]): Warning {
  return {
    id: w.id,
    employeeId: w.employee_id,
    name: p?.name ?? w.employee_id,
    teamId: p?.teamId ?? '',
    teamName: p?.teamName ?? '',
    metric: w.metric as Warning['metric'],
    status: w.status as Warning['status'],
    method: Number(w.method),
    weeks: JSON.parse(w.weeks),
    fall: Number(w.fall),
    fallPercent: w.fall_percent === null ? null : Number(w.fall_percent),
    threshold: Number(w.threshold),
    causes: JSON.parse(w.causes),
    flaggedAt: w.flagged_at,
    sweptAt: w.swept_at,
    closedAt: w.closed_at,
    resolvedAt: w.resolved_at,
    version: Number(w.version),
    actions: actions.filter((a) => a.warning_id === w.id).map(toAction),
  };
}

/** Warnings with their people and actions, in the rows' order. */
export async function withPeople(db: Db, rows: AnalyticsWarningTable[]): Promise<Warning[]> {
  const [who, actions] = await Promise.all([
    identities(
      db,
      rows.map((r) => r.employee_id),
    ),
    repo.actionsOf(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((r) => toWarning(r, who.get(r.employee_id), actions));
}

export async function warningsFor(db: Db, actor: Actor, q: WarningListQuery) {
  const { rows, total } = await repo.listWarnings(db, warningScope(actor), q);
  return { data: await withPeople(db, rows), total };
}

async function visibleWarning(db: Db, actor: Actor, id: string) {
  const row = await repo.warningById(db, id);
  const person = row && (await identities(db, [row.employee_id])).get(row.employee_id);
  return requireInScope(
    row,
    () =>
      !!person &&
      inPeopleScope(warningScope(actor), { id: person.id, team_id: person.teamId, department_id: person.departmentId }),
    'Warning',
  );
}

export async function warningDetail(db: Db, actor: Actor, id: string): Promise<Warning> {
  return (await withPeople(db, [await visibleWarning(db, actor, id)]))[0]!;
}

/** The lead records what they did; the first action closes an open warning. A resolved one takes none. */
export async function recordAction(db: Db, actor: Actor, id: string, input: WarningActionInput): Promise<Warning> {
  const w = await visibleWarning(db, actor, id);
  if (w.status === 'resolved')
    throw conflict('WARNING_RESOLVED', 'The decline has ended and the warning is resolved; it takes no more actions');
  if (input.dueDate && input.dueDate < (await todayInCenter(db)))
    throw ruleBroken('WARNING_DUE_PAST', 'The due date is before today', 'dueDate');
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    const actionId = newId();
    await repo.insertAction(trx, {
      id: actionId,
      warning_id: id,
      kind: input.kind,
      note: input.note,
      due_date: input.dueDate ?? null,
      created_by: actor.userId,
      created_by_name: actor.name,
      created_at: at,
    });
    const closed = await trx
      .updateTable('analytics_warnings')
      .set((eb) => ({ status: 'closed', closed_at: at, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    // The lead has acted: the warning leaves the home page, and its notice is read (issue 26).
    await settleNotices(trx, [warningLink(id)]);
    // A sweep that resolved the warning between the read above and here wins: nothing half-written.
    const now = await repo.warningById(trx, id);
    if (now?.status === 'resolved')
      throw conflict('WARNING_RESOLVED', 'The decline has ended and the warning is resolved; it takes no more actions');
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'analytics_warning_action',
      entityId: actionId,
      newValue: {
        warningId: id,
        kind: input.kind,
        dueDate: input.dueDate ?? null,
        closed: !!Number(closed.numUpdatedRows),
      },
    });
  });
  return warningDetail(db, actor, id);
}

export async function actionHistoryFor(
  db: Db,
  actor: Actor,
  q: { from?: string; to?: string; page: number; pageSize: number },
): Promise<{ data: ActionHistoryRow[]; total: number }> {
  const { rows, total } = await repo.actionHistory(db, warningScope(actor), q);
  const who = await identities(
    db,
    rows.map((r) => r.employee_id),
  );
  return {
    data: rows.map((r) => ({
      ...toAction(r),
      employeeId: r.employee_id,
      name: who.get(r.employee_id)?.name ?? r.employee_id,
      metric: r.metric as ActionHistoryRow['metric'],
      status: r.status as ActionHistoryRow['status'],
    })),
    total,
  };
}

/** For the monthly report: warnings flagged in [from, to) or still live then, and the actions of [from, to). */
export async function warningsOfPeriod(db: Db, scope: PeopleScope, from: string, to: string) {
  const rows = await repo.warningsAround(db, scope, from, to);
  const warnings = await withPeople(db, rows);
  return {
    warnings,
    actions: warnings.flatMap((w) =>
      w.actions
        .filter((a) => a.createdAt >= from && a.createdAt < to)
        .map((a) => ({ ...a, name: w.name, metric: w.metric })),
    ),
  };
}
