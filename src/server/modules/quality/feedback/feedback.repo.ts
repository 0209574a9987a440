import { sql, type Expression, type ExpressionBuilder, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { QaFeedbackTable } from '../../../db/schema-quality-feedback.js';

// Kysely queries for feedback tasks (one per evaluation). The lists take who may see the evaluation
// as a WHERE expression on the alias `e` (evaluationVisible in feedback.access.ts).

export const taskOfEvaluation = (db: Db, evaluationId: string) =>
  db.selectFrom('qa_feedback').selectAll().where('evaluation_id', '=', evaluationId).executeTakeFirst();

/** Opens a task; a second one for the same evaluation is ignored. */
export const insertTask = (db: Db, row: Insertable<QaFeedbackTable>) =>
  db
    .insertInto('qa_feedback')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .execute();

/** Changes a task at the version it was read at; false when someone changed it meanwhile. */
export async function updateTaskAtVersion(db: Db, id: string, version: number, set: Updateable<QaFeedbackTable>) {
  const res = await db
    .updateTable('qa_feedback')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const updateTask = (db: Db, id: string, set: Updateable<QaFeedbackTable>) =>
  db.updateTable('qa_feedback').set(set).where('id', '=', id).execute();

/** Acknowledged tasks of these evaluations (at most 500 ids a call). */
export const acknowledgedOf = (db: Db, evaluationIds: string[]) =>
  db
    .selectFrom('qa_feedback')
    .select(['evaluation_id', 'acknowledged_at'])
    .where('evaluation_id', 'in', evaluationIds)
    .where('acknowledged_at', 'is not', null)
    .execute();

export const evaluationRow = (db: Db, id: string) =>
  db.selectFrom('qa_evaluations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** The visibility rule of the task's evaluation, on the alias `e` (feedback.access.ts). */
export type Visible = (eb: ExpressionBuilder<any, any>) => Expression<SqlBool>;

const listBase = (db: Db, visible: Visible) =>
  db
    .selectFrom('qa_feedback as fb')
    .innerJoin('qa_evaluations as e', 'e.id', 'fb.evaluation_id')
    .innerJoin('users as u', 'u.id', 'fb.evaluator_user_id')
    .where(visible);

const FIELDS = [
  'fb.id',
  'fb.evaluation_id',
  'fb.agent_id',
  'fb.evaluator_user_id',
  'u.display_name as evaluator_name',
  'e.method',
  'e.day',
  'e.scored_at',
  'e.score',
  'e.final_score',
  'fb.kind',
  'fb.due_day',
  'fb.due_at',
  'fb.due_problem',
  'fb.due_problem_year',
  'fb.status',
  'fb.mode',
  'fb.notes',
  'fb.given_on',
  'fb.given_at',
  'fb.late',
  'fb.acknowledged_at',
] as const;

/** One task as the lists show it, if the reader may see its evaluation. */
export const visibleTask = (db: Db, visible: Visible, id: string) =>
  listBase(db, visible)
    .select([...FIELDS])
    .where('fb.id', '=', id)
    .executeTakeFirstOrThrow();
export type FeedbackListRow = Awaited<ReturnType<typeof visibleTask>>;

export interface FeedbackFilter {
  /** Tasks this user scored or this employee received. */
  mine?: { userId: string; employeeId: string };
  state?: 'pending' | 'overdue' | 'given' | 'late';
  evaluatorUserId?: string;
  page: number;
  pageSize: number;
}

/** A page of the tasks the reader may see, pending first, then by deadline; `now` decides overdue. */
export async function feedbackPage(db: Db, visible: Visible, now: string, f: FeedbackFilter) {
  let query = listBase(db, visible);
  const mine = f.mine;
  if (mine)
    query = query.where((eb) =>
      eb.or([eb('fb.evaluator_user_id', '=', mine.userId), eb('fb.agent_id', '=', mine.employeeId)]),
    );
  // A provisional deadline (due_problem) is never overdue: that would be a verdict on a guessed day.
  if (f.state === 'overdue')
    query = query.where('fb.status', '=', 'pending').where('fb.due_problem', 'is', null).where('fb.due_at', '<', now);
  if (f.state === 'pending')
    query = query
      .where('fb.status', '=', 'pending')
      .where((eb) =>
        eb.or([eb('fb.due_at', 'is', null), eb('fb.due_at', '>=', now), eb('fb.due_problem', 'is not', null)]),
      );
  if (f.state === 'given') query = query.where('fb.status', '=', 'given').where('fb.late', '=', 0);
  if (f.state === 'late') query = query.where('fb.status', '=', 'given').where('fb.late', '=', 1);
  if (f.evaluatorUserId) query = query.where('fb.evaluator_user_id', '=', f.evaluatorUserId);
  const [rows, count] = await Promise.all([
    query
      .select([...FIELDS])
      .orderBy(sql`case when fb.status = 'pending' then 0 else 1 end`)
      .orderBy('fb.due_at')
      .orderBy('fb.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Per evaluator: pending, overdue, given on time, given late, deadline not countable — counted in SQL. */
export function countsByEvaluator(db: Db, visible: Visible, now: string) {
  const count = (cond: ReturnType<typeof sql>) => sql<number>`sum(case when ${cond} then 1 else 0 end)`;
  return listBase(db, visible)
    .groupBy(['fb.evaluator_user_id', 'u.display_name'])
    .select([
      'fb.evaluator_user_id',
      'u.display_name as evaluator_name',
      count(sql`fb.status = 'pending' and (fb.due_at is null or fb.due_at >= ${now} or fb.due_problem is not null)`).as(
        'pending',
      ),
      count(sql`fb.status = 'pending' and fb.due_problem is null and fb.due_at < ${now}`).as('overdue'),
      count(sql`fb.status = 'given' and fb.late = 0`).as('on_time'),
      count(sql`fb.status = 'given' and fb.late = 1`).as('late'),
      count(sql`fb.due_problem is not null`).as('calendar_missing'),
    ])
    .execute();
}

/** Tasks whose deadline a calendar change from `from` may move: every provisional one, and every
 *  pending one due on or after `from` of an evaluation scored before the change's last day ends. */
export const deadlinesToRecount = (db: Db, from: string, changeEnds: string) =>
  db
    .selectFrom('qa_feedback as fb')
    .innerJoin('qa_evaluations as e', 'e.id', 'fb.evaluation_id')
    .select([
      'fb.id',
      'fb.kind',
      'fb.status',
      'fb.given_at',
      'fb.due_day',
      'fb.due_at',
      'fb.due_problem',
      'fb.due_problem_year',
      'fb.late',
      'fb.version',
      'fb.agent_id',
      'fb.evaluator_user_id',
      'e.id as evaluation_id',
      'e.scored_at',
      'e.day',
    ])
    .where((eb) =>
      eb.or([
        eb('fb.due_problem', 'is not', null),
        eb.and([eb('fb.status', '=', 'pending'), eb('fb.due_day', '>=', from), eb('e.scored_at', '<', changeEnds)]),
      ]),
    )
    .orderBy('fb.id')
    .execute();

/** Item labels come from the form versions' content, newest version first. */
export const formVersionsNewestFirst = (db: Db, ids: string[]) =>
  db
    .selectFrom('qa_form_versions')
    .select(['content', 'created_at'])
    .where('id', 'in', ids)
    .orderBy('created_at', 'desc')
    .execute();
