import type { ExpressionBuilder, Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { Database, EmployeeTable, TeamTable } from '../../../db/schema.js';
import type { QaEvaluationTable } from '../../../db/schema-quality.js';
import type { PeopleScope } from '../../../lib/access.js';

// Kysely queries for evaluations (SPEC §8). Who sees which evaluation is one WHERE clause
// (visibleTo), used by the list and the single read alike.

export interface Viewer {
  scope: PeopleScope;
  userId: string;
}

export interface ListFilter {
  agentId?: string;
  evaluatorUserId?: string;
  formId?: string;
  from?: string;
  to?: string;
  passed?: number;
  method?: string;
  page: number;
  pageSize: number;
}

type Joined = Database & { e: QaEvaluationTable; emp: EmployeeTable; t: TeamTable };

function visibleTo(v: Viewer) {
  return (eb: ExpressionBuilder<Joined, 'e' | 'emp' | 't'>) => {
    if (v.scope.kind === 'all') return eb.lit(true);
    const ors = [eb('e.evaluator_user_id', '=', v.userId)];
    const s = v.scope;
    if (s.employeeIds.length) ors.push(eb('e.agent_id', 'in', s.employeeIds));
    if (s.teamIds.length) ors.push(eb('emp.team_id', 'in', s.teamIds));
    if (s.departmentIds.length) ors.push(eb('t.department_id', 'in', s.departmentIds));
    // Interactions the sampling queues assigned to the viewer (part B's qa_samples).
    ors.push(
      eb.exists(
        eb
          .selectFrom('qa_samples as qs')
          .select('qs.id')
          .whereRef('qs.interaction_id', '=', 'e.interaction_id')
          .where('qs.assigned_user_id', '=', v.userId)
          .where('qs.status', '!=', 'cancelled'),
      ),
    );
    return eb.or(ors);
  };
}

const base = (db: Db, v: Viewer) =>
  db
    .selectFrom('qa_evaluations as e')
    .innerJoin('employees as emp', 'emp.id', 'e.agent_id')
    .innerJoin('teams as t', 't.id', 'emp.team_id')
    .innerJoin('qa_forms as f', 'f.id', 'e.form_id')
    .innerJoin('qa_form_versions as fv', 'fv.id', 'e.form_version_id')
    .innerJoin('users as u', 'u.id', 'e.evaluator_user_id')
    .where(visibleTo(v));

const ROW = [
  'e.id',
  'e.form_id',
  'f.name as form_name',
  'fv.number as form_version',
  'e.interaction_id',
  'e.agent_id',
  'emp.name as agent_name',
  'emp.employee_no',
  't.name as team_name',
  'e.evaluator_user_id',
  'u.display_name as evaluator_name',
  'e.method',
  'e.score',
  'e.final_score',
  'e.passed',
  'e.critical_failure',
  'e.agent_status',
  'e.business_type',
  'e.day',
  'e.scored_at',
] as const;

export async function listEvaluations(db: Db, v: Viewer, f: ListFilter) {
  let q = base(db, v);
  if (f.agentId) q = q.where('e.agent_id', '=', f.agentId);
  if (f.evaluatorUserId) q = q.where('e.evaluator_user_id', '=', f.evaluatorUserId);
  if (f.formId) q = q.where('e.form_id', '=', f.formId);
  if (f.from) q = q.where('e.day', '>=', f.from);
  if (f.to) q = q.where('e.day', '<=', f.to);
  if (f.passed !== undefined) q = q.where('e.passed', '=', f.passed);
  if (f.method) q = q.where('e.method', '=', f.method);
  const [rows, count] = await Promise.all([
    q
      .select([...ROW])
      .orderBy('e.scored_at', 'desc')
      .orderBy('e.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
export type EvaluationListRow = Awaited<ReturnType<typeof listEvaluations>>['rows'][number];

export const findVisible = (db: Db, v: Viewer, id: string) =>
  base(db, v)
    .where('e.id', '=', id)
    .select([
      ...ROW,
      'e.form_version_id',
      'e.answers',
      'e.items',
      'e.final_answers',
      'e.final_items',
      'e.comment',
      'e.suggestion_kind',
      'e.suggestion_employee_id',
      'e.suggestion_note',
      'e.sample_id',
      'e.version',
      'f.kind as form_kind',
      'fv.pass_score',
      'fv.content',
    ])
    .executeTakeFirst();

export const findEvaluation = (db: Db, id: string) =>
  db.selectFrom('qa_evaluations').selectAll().where('id', '=', id).executeTakeFirst();

export const insertEvaluation = (db: Db, row: Insertable<QaEvaluationTable>) =>
  db.insertInto('qa_evaluations').values(row).execute();

export async function updateEvaluation(db: Db, id: string, version: number, changes: Updateable<QaEvaluationTable>) {
  const res = await db
    .updateTable('qa_evaluations')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Ids of evaluations of one interaction, among those the viewer may see. */
export const evaluationsOfInteraction = async (db: Db, v: Viewer, interactionId: string) =>
  (await base(db, v).where('e.interaction_id', '=', interactionId).select('e.id').orderBy('e.scored_at').execute()).map(
    (r) => r.id,
  );

export const scoredBy = async (db: Db, userId: string, interactionId: string) =>
  !!(await db
    .selectFrom('qa_evaluations')
    .select('id')
    .where('interaction_id', '=', interactionId)
    .where('evaluator_user_id', '=', userId)
    .limit(1)
    .executeTakeFirst());

export const findInteraction = (db: Db, id: string) =>
  db
    .selectFrom('interactions as i')
    .innerJoin('employees as emp', 'emp.id', 'i.agent_id')
    .innerJoin('teams as t', 't.id', 'emp.team_id')
    .select([
      'i.id',
      'i.agent_id',
      'emp.name as agent_name',
      'emp.employee_no',
      'emp.team_id',
      't.department_id',
      'i.started_at',
      'i.day',
      'i.direction',
      'i.channel',
      'i.business_type',
      'i.queue',
      'i.talk_seconds',
      'i.hold_seconds',
      'i.wrap_seconds',
      'i.fcr',
      'i.csat',
      'i.recording_url',
      'i.transcript_url',
    ])
    .where('i.id', '=', id)
    .executeTakeFirst();
export type InteractionRow = NonNullable<Awaited<ReturnType<typeof findInteraction>>>;

export const findAgent = (db: Db, id: string) =>
  db
    .selectFrom('employees as emp')
    .innerJoin('teams as t', 't.id', 'emp.team_id')
    .select(['emp.id', 'emp.name', 'emp.status', 'emp.team_id', 't.department_id'])
    .where('emp.id', '=', id)
    .executeTakeFirst();

/** Working agents by name or employee number, for naming the agent of a side-by-side session. */
export async function searchAgents(db: Db, q: string | undefined, limit: number) {
  let query = db
    .selectFrom('employees as emp')
    .innerJoin('teams as t', 't.id', 'emp.team_id')
    .select(['emp.id', 'emp.name', 'emp.employee_no', 't.name as team_name', 'emp.status'])
    .where('emp.status', 'in', ['trainee', 'probation', 'regular', 'key_staff', 'team_lead']);
  if (q)
    query = query.where((eb) =>
      eb.or([eb('emp.name', 'like', `%${q.replace(/[\\%_]/g, '')}%`), eb('emp.employee_no', '=', q)]),
    );
  return query.orderBy('emp.employee_no').limit(limit).execute();
}
