import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { QaFollowupTable, QaRedLineBreachTable } from '../../../db/schema-quality-feedback.js';
import type { Visible } from './summary.repo.js';

// Kysely queries for follow-ups and red-line breaches (summary.followups.ts holds the rules).

/** The agent's evaluations scored up to (or after) this moment, as a subquery. */
const scoredSince = (db: Db, ev: { agent_id: string; scored_at: string }, op: '<=' | '>') =>
  db.selectFrom('qa_evaluations').select('id').where('agent_id', '=', ev.agent_id).where('scored_at', op, ev.scored_at);

/** Closes the agent's open follow-ups on these items that were opened by this or an earlier evaluation. */
export const closePassed = (
  db: Db,
  ev: { id: string; agent_id: string; day: string; scored_at: string },
  itemKeys: string[],
  at: string,
) =>
  db
    .updateTable('qa_followups')
    .set({ status: 'closed', closed_evaluation_id: ev.id, closed_day: ev.day, closed_at: at, updated_at: at })
    .where('agent_id', '=', ev.agent_id)
    .where('status', '=', 'open')
    .where('item_key', 'in', itemKeys)
    .where('opened_evaluation_id', 'in', scoredSince(db, ev, '<='))
    .execute();

/** Of these items, those already followed (open), opened by this evaluation, or solved by a later one. */
export const knownProblems = (db: Db, ev: { id: string; agent_id: string; scored_at: string }, itemKeys: string[]) =>
  db
    .selectFrom('qa_followups')
    .select('item_key')
    .where('agent_id', '=', ev.agent_id)
    .where('item_key', 'in', itemKeys)
    .where((eb) =>
      eb.or([
        eb('status', '=', 'open'),
        eb('opened_evaluation_id', '=', ev.id),
        eb('closed_evaluation_id', 'in', scoredSince(db, ev, '>')),
      ]),
    )
    .execute();

/** Opens follow-ups; one a concurrent evaluation opened first is kept (one open follow-up stays). */
export const insertFollowups = (db: Db, rows: Insertable<QaFollowupTable>[]) =>
  db
    .insertInto('qa_followups')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .execute();

export const activeRedLineKeys = (db: Db) =>
  db.selectFrom('qa_red_lines').select(['id', 'item_keys']).where('active', '=', 1).execute();

export const breachesOf = (db: Db, evaluationId: string) =>
  db
    .selectFrom('qa_red_line_breaches')
    .select(['id', 'red_line_id', 'item_key'])
    .where('evaluation_id', '=', evaluationId)
    .execute();

export const deleteBreaches = (db: Db, ids: string[]) =>
  db.deleteFrom('qa_red_line_breaches').where('id', 'in', ids).execute();

export const insertBreaches = (db: Db, rows: Insertable<QaRedLineBreachTable>[]) =>
  db
    .insertInto('qa_red_line_breaches')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .execute();

/** Agents with a follow-up open at any time in [from, to]. */
export const agentsWithFollowupBetween = (db: Db, from: string, to: string) =>
  db
    .selectFrom('qa_followups')
    .select('agent_id')
    .distinct()
    .where('opened_day', '<=', to)
    .where((eb) => eb.or([eb('closed_day', 'is', null), eb('closed_day', '>=', from)]))
    .execute();

/** Follow-ups whose opening evaluation the caller may see (`fu`, its evaluation `e`). */
export const visibleFollowups = (db: Db, visible: Visible) =>
  db
    .selectFrom('qa_followups as fu')
    .innerJoin('qa_evaluations as e', 'e.id', 'fu.opened_evaluation_id')
    .where(visible);

export const setHandling = (
  db: Db,
  id: string,
  set: { handling: string; handling_note: string | null; updated_at: string },
) => db.updateTable('qa_followups').set(set).where('id', '=', id).execute();
