import type { Expression, ExpressionBuilder, Insertable, SqlBool } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { QaSummaryActionTable } from '../../../db/schema-quality-feedback.js';
import { personWhere } from '../../people/identity.query.js';

// Kysely queries for the daily summary and the mentors' figures. Which evaluations the caller may
// see is the rule of feedback.access.ts (`evaluationVisible`), passed in as a WHERE clause on `e`.

export type Visible = (eb: ExpressionBuilder<any, any>) => Expression<SqlBool>;

/** The day's visible evaluations, optionally of one team or department. */
export const dayEvaluationRows = (
  db: Db,
  visible: Visible,
  q: { day: string; teamId?: string | null; departmentId?: string | null },
) =>
  db
    .selectFrom('qa_evaluations as e')
    .where(visible)
    .where('e.day', '=', q.day)
    .where(personWhere('e.agent_id', q))
    .select(['e.id', 'e.agent_id', 'e.agent_status', 'e.final_items', 'e.final_score', 'e.passed', 'e.form_version_id'])
    .execute();

/** The latest day up to `today` with a visible evaluation, or null. */
export async function latestDayUpTo(db: Db, visible: Visible, today: string) {
  const row = await db
    .selectFrom('qa_evaluations as e')
    .where(visible)
    .where('e.day', '<=', today)
    .select((eb) => eb.fn.max('e.day').as('day'))
    .executeTakeFirst();
  return (row?.day as string | null) ?? null;
}

/** The visible evaluations of a period, for the mentors' figures. */
export const periodEvaluations = (db: Db, visible: Visible, from: string, to: string) =>
  db
    .selectFrom('qa_evaluations as e')
    .where(visible)
    .where('e.day', '>=', from)
    .where('e.day', '<=', to)
    .select(['e.agent_id', 'e.agent_status', 'e.day', 'e.final_items', 'e.final_score'])
    .execute();

export const breachesOf = (db: Db, evaluationIds: string[]) =>
  evaluationIds.length
    ? db
        .selectFrom('qa_red_line_breaches')
        .select(['evaluation_id', 'item_key'])
        .where('evaluation_id', 'in', evaluationIds)
        .execute()
    : Promise.resolve([]);

/** The actions planned for a day, center-wide ('' team) and for the team asked about. */
export const actionsOfDay = (db: Db, day: string, teamId: string | undefined) =>
  db
    .selectFrom('qa_summary_actions')
    .selectAll()
    .where('day', '=', day)
    .where('team_id', 'in', ['', teamId ?? ''])
    .execute();

export const activeRedLines = (db: Db) =>
  db.selectFrom('qa_red_lines').select('item_keys').where('active', '=', 1).execute();

export const findAction = (db: Db, day: string, itemKey: string, teamId: string) =>
  db
    .selectFrom('qa_summary_actions')
    .selectAll()
    .where('day', '=', day)
    .where('item_key', '=', itemKey)
    .where('team_id', '=', teamId)
    .executeTakeFirst();

export const updateAction = (db: Db, id: string, set: { action: string; note: string | null; updated_at: string }) =>
  db.updateTable('qa_summary_actions').set(set).where('id', '=', id).execute();

export const insertAction = (db: Db, row: Insertable<QaSummaryActionTable>) =>
  db.insertInto('qa_summary_actions').values(row).execute();
