import { sql, type SqlBool } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { QaChangeEventTable, QaSampleTable, QaSamplingDrawTable } from '../../../db/schema-quality-sampling.js';
import type { PeopleScope } from '../../../lib/access.js';

// Queries of sampling: change events, draws, samples, and the facts about agents a draw needs
// (read-only joins to people and to part A's evaluations).

const IN_CHUNK = 500; // ids per IN (…) list, well under both engines' parameter limits

async function chunked<T>(ids: string[], run: (part: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IN_CHUNK) out.push(...(await run(ids.slice(i, i + IN_CHUNK))));
  return out;
}

/** The first move to probation of each person (the day the new-hire window starts). */
export const probationStarts = (db: Db, ids: string[]) =>
  chunked(ids, (part) =>
    db
      .selectFrom('employee_status_history')
      .select(['employee_id', (eb) => eb.fn.min<string>('effective_date').as('day')])
      .where('employee_id', 'in', part)
      .where('to_status', '=', 'probation')
      .groupBy('employee_id')
      .execute(),
  );

/** Evaluations of these agents scored since `since`, newest first per agent. */
export const evaluationsSince = (db: Db, ids: string[], since: string) =>
  chunked(ids, (part) =>
    db
      .selectFrom('qa_evaluations')
      .select(['agent_id', 'final_score', 'passed', 'scored_at'])
      .where('agent_id', 'in', part)
      .where('scored_at', '>=', since)
      .orderBy('agent_id')
      .orderBy('scored_at', 'desc')
      .execute(),
  );

/** Every evaluation of these agents, newest first per agent (new hires: few). */
export const evaluationsOf = (db: Db, ids: string[]) =>
  chunked(ids, (part) =>
    db
      .selectFrom('qa_evaluations')
      .select(['agent_id', 'final_score', 'passed', 'scored_at'])
      .where('agent_id', 'in', part)
      .orderBy('agent_id')
      .orderBy('scored_at', 'desc')
      .execute(),
  );

// Change events.
export const changeEventsStartingBetween = (db: Db, from: string, to: string) =>
  db
    .selectFrom('qa_change_events as c')
    .selectAll('c')
    .where('c.starts_on', '>=', from)
    .where('c.starts_on', '<=', to)
    .orderBy('c.starts_on')
    .orderBy('c.id')
    .execute();
export type ChangeEventRow = Awaited<ReturnType<typeof changeEventsStartingBetween>>[number];

export const findChangeEvent = (db: Db, id: string) =>
  db.selectFrom('qa_change_events').selectAll().where('id', '=', id).executeTakeFirst();
export const insertChangeEvent = (db: Db, row: QaChangeEventTable) =>
  db.insertInto('qa_change_events').values(row).execute();
export const deleteChangeEvent = (db: Db, id: string) =>
  db.deleteFrom('qa_change_events').where('id', '=', id).execute();

// Draws.
export const currentDraw = (db: Db, weekStart: string) =>
  db
    .selectFrom('qa_sampling_draws')
    .selectAll()
    .where('week_start', '=', weekStart)
    .where('status', '=', 'current')
    .executeTakeFirst();
export const findDraw = (db: Db, id: string) =>
  db.selectFrom('qa_sampling_draws').selectAll().where('id', '=', id).executeTakeFirst();
export const listDraws = (db: Db, weekStart?: string) => {
  let q = db.selectFrom('qa_sampling_draws').selectAll();
  if (weekStart) q = q.where('week_start', '=', weekStart);
  return q.orderBy('created_at', 'desc').limit(100).execute();
};
export type DrawRow = NonNullable<Awaited<ReturnType<typeof findDraw>>>;
export const insertDraw = (db: Db, row: QaSamplingDrawTable) =>
  db.insertInto('qa_sampling_draws').values(row).execute();

/** Marks the week's current draw replaced; false when someone else replaced it first. */
export async function markDrawReplaced(db: Db, id: string) {
  const res = await db
    .updateTable('qa_sampling_draws')
    .set({ status: 'replaced' })
    .where('id', '=', id)
    .where('status', '=', 'current')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Open samples of a draw per assignee: the work a redraw is about to cancel. */
export const openAssignedCountsOfDraw = (db: Db, drawId: string) =>
  db
    .selectFrom('qa_samples')
    .select(['assigned_user_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('draw_id', '=', drawId)
    .where('status', '=', 'open')
    .where('assigned_user_id', 'is not', null)
    .groupBy('assigned_user_id')
    .execute();

export const cancelOpenSamplesOfDraw = (db: Db, drawId: string, at: string) =>
  db
    .updateTable('qa_samples')
    .set({ status: 'cancelled', updated_at: at })
    .where('draw_id', '=', drawId)
    .where('status', '=', 'open')
    .execute();

/** Interactions of a week a past draw already closed (scored or skipped): a redraw leaves them out. */
export const closedInteractionIds = async (db: Db, weekStart: string) =>
  (
    await db
      .selectFrom('qa_samples')
      .select('interaction_id')
      .where('week_start', '=', weekStart)
      .where('status', 'in', ['done', 'skipped'])
      .execute()
  ).map((r) => r.interaction_id);

export async function insertSamples(db: Db, rows: QaSampleTable[]) {
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('qa_samples')
      .values(rows.slice(i, i + 1000))
      .execute();
}

// Samples limited to the people the reader may see (the names a list shows: withSampleNames).
export function samplesQuery(db: Db, scope: PeopleScope) {
  let q = db.selectFrom('qa_samples as s').leftJoin('users as u', 'u.id', 's.assigned_user_id');
  if (scope.kind === 'limited') {
    const { departmentIds, teamIds, employeeIds } = scope;
    // Only the terms the scope has: a constant-false term in the OR made SQLite give up its
    // indexes and scan every sample (issue 23). A scope naming nobody sees nothing.
    q = q.where((eb) => {
      const ors = [
        ...(departmentIds.length ? [eb('s.department_id', 'in', departmentIds)] : []),
        ...(teamIds.length ? [eb('s.team_id', 'in', teamIds)] : []),
        ...(employeeIds.length ? [eb('s.agent_id', 'in', employeeIds)] : []),
      ];
      return ors.length ? eb.or(ors) : sql<SqlBool>`1 = 0`;
    });
  }
  return q;
}

export const SAMPLE_COLUMNS = [
  's.id',
  's.draw_id',
  's.week_start',
  's.interaction_id',
  's.agent_id',
  's.team_id',
  's.day',
  's.started_at',
  's.hour_band',
  's.business_type',
  's.channel',
  's.method',
  's.reason',
  's.why',
  's.status',
  's.assigned_user_id',
  'u.display_name as assigned_name',
  's.evaluation_id',
  's.done_at',
  's.skip_reason',
  's.version',
] as const;

export const findSample = (db: Db, id: string) =>
  db.selectFrom('qa_samples').selectAll().where('id', '=', id).executeTakeFirst();
export type SampleRow = NonNullable<Awaited<ReturnType<typeof findSample>>>;

/** Closes an open sample with the evaluation scored from it; false when it was closed meanwhile. */
export async function markOpenSampleDone(
  db: Db,
  id: string,
  done: { evaluationId: string; at: string; assignedUserId: string | null },
) {
  const res = await db
    .updateTable('qa_samples')
    .set((eb) => ({
      status: 'done',
      evaluation_id: done.evaluationId,
      done_at: done.at,
      updated_at: done.at,
      version: eb('version', '+', 1),
      assigned_user_id: done.assignedUserId,
    }))
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Who scored an evaluation and of which interaction (to check it against its sample). */
export const evaluationBrief = (db: Db, id: string) =>
  db
    .selectFrom('qa_evaluations')
    .select(['interaction_id', 'evaluator_user_id'])
    .where('id', '=', id)
    .executeTakeFirst();

/** Whether an open or finished sample puts this interaction in the user's queue (for the
 *  evaluations' visibility rule in evaluations.access.ts: a QA evaluator sees the interactions
 *  assigned to them). */
export async function isAssignedInteraction(db: Db, userId: string, interactionId: string) {
  return !!(await db
    .selectFrom('qa_samples')
    .select('id')
    .where('interaction_id', '=', interactionId)
    .where('assigned_user_id', '=', userId)
    .where('status', '!=', 'cancelled')
    .limit(1)
    .executeTakeFirst());
}
