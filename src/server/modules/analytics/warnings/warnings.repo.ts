import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { AnalyticsWarningActionTable, AnalyticsWarningTable } from '../../../db/schema-analytics-warnings.js';
import type { PeopleScope } from '../../../lib/access.js';
import { personInScope, personWhere } from '../../people/identity.query.js';

// The warnings' own tables (migrations/20261230-analytics-warnings.ts).

/** Warnings not yet resolved (open or closed): at most one per person and metric. */
export const liveWarnings = (db: Db) =>
  db.selectFrom('analytics_warnings').selectAll().where('open_key', 'is not', null).execute();

export const insertWarning = (db: Db, row: Insertable<AnalyticsWarningTable>) =>
  db.insertInto('analytics_warnings').values(row).execute();

export const updateWarning = (db: Db, id: string, patch: Updateable<AnalyticsWarningTable>) =>
  db.updateTable('analytics_warnings').set(patch).where('id', '=', id).execute();

export interface ListFilter {
  status: string;
  metric?: string;
  teamId?: string;
  page: number;
  pageSize: number;
}

const listed = (db: Db, scope: PeopleScope, f: Omit<ListFilter, 'page' | 'pageSize'>) =>
  db
    .selectFrom('analytics_warnings as w')
    .where(personInScope('w.employee_id', scope))
    .where(personWhere('w.employee_id', { teamId: f.teamId }))
    .$if(f.status === 'active', (q) => q.where('w.status', 'in', ['open', 'closed']))
    .$if(f.status !== 'active' && f.status !== 'all', (q) => q.where('w.status', '=', f.status))
    .$if(!!f.metric, (q) => q.where('w.metric', '=', f.metric!));

export async function listWarnings(db: Db, scope: PeopleScope, f: ListFilter) {
  const [rows, total] = await Promise.all([
    listed(db, scope, f)
      .selectAll('w')
      // open first (waiting for the lead), then the newest
      .orderBy((eb) => eb.case().when('w.status', '=', 'open').then(0).else(1).end())
      .orderBy('w.flagged_at', 'desc')
      .orderBy('w.id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    listed(db, scope, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export const warningById = (db: Db, id: string) =>
  db.selectFrom('analytics_warnings').selectAll().where('id', '=', id).executeTakeFirst();

export const actionsOf = (db: Db, warningIds: string[]) =>
  warningIds.length
    ? db
        .selectFrom('analytics_warning_actions')
        .selectAll()
        .where('warning_id', 'in', warningIds)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
    : Promise.resolve([]);

export const insertAction = (db: Db, row: Insertable<AnalyticsWarningActionTable>) =>
  db.insertInto('analytics_warning_actions').values(row).execute();

const actionsIn = (db: Db, scope: PeopleScope, from: string | undefined, to: string | undefined) =>
  db
    .selectFrom('analytics_warning_actions as a')
    .innerJoin('analytics_warnings as w', 'w.id', 'a.warning_id')
    .where(personInScope('w.employee_id', scope))
    .$if(!!from, (q) => q.where('a.created_at', '>=', from!))
    .$if(!!to, (q) => q.where('a.created_at', '<', to!));

/** Actions recorded in [from, to) (instants), newest first, with their warning's person and metric. */
export async function actionHistory(
  db: Db,
  scope: PeopleScope,
  q: { from?: string; to?: string; page: number; pageSize: number },
) {
  const [rows, total] = await Promise.all([
    actionsIn(db, scope, q.from, q.to)
      .selectAll('a')
      .select(['w.employee_id', 'w.metric', 'w.status'])
      .orderBy('a.created_at', 'desc')
      .orderBy('a.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    actionsIn(db, scope, q.from, q.to)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Warnings flagged in [from, to) or live at `to`, for the monthly report. */
export const warningsAround = (db: Db, scope: PeopleScope, from: string, to: string) =>
  db
    .selectFrom('analytics_warnings as w')
    .selectAll('w')
    .where(personInScope('w.employee_id', scope))
    .where('w.flagged_at', '<', to)
    .where((eb) =>
      eb.or([eb('w.flagged_at', '>=', from), eb('w.resolved_at', 'is', null), eb('w.resolved_at', '>=', from)]),
    )
    .orderBy('w.flagged_at')
    .execute();
