import type { Expression, ExpressionBuilder, Insertable, SqlBool, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { Database } from '../../../db/schema.js';
import type { QaEvaluationTable } from '../../../db/schema-quality.js';
import type { PeopleScope } from '../../../lib/access.js';
import { personIn } from '../../people/identity.query.js';
import { identity, searchPeople, withIdentity } from '../../people/identity.service.js';

// Kysely queries for evaluations (SPEC §8). Who sees which evaluation is one WHERE clause
// (visibleTo), used by the list and the single read alike; the agent's name and team come from
// the people module's identity read-model.

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

type Joined = Database & { e: QaEvaluationTable };

function visibleTo(v: Viewer) {
  return (eb: ExpressionBuilder<Joined, 'e'>) => {
    if (v.scope.kind === 'all') return eb.lit(true);
    const ors: Expression<SqlBool>[] = [eb('e.evaluator_user_id', '=', v.userId)];
    const s = v.scope;
    if (s.employeeIds.length) ors.push(eb('e.agent_id', 'in', s.employeeIds));
    if (s.teamIds.length || s.departmentIds.length)
      ors.push(personIn('e.agent_id', { teamIds: s.teamIds, departmentIds: s.departmentIds }));
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
    .innerJoin('qa_forms as f', 'f.id', 'e.form_id')
    .innerJoin('qa_form_versions as fv', 'fv.id', 'e.form_version_id')
    .innerJoin('users as u', 'u.id', 'e.evaluator_user_id')
    .where(visibleTo(v));

/** The agent's name, number and team, from the identity read-model (one query per list). */
const withAgent = <R extends { agent_id: string }>(db: Db, rows: R[]) =>
  withIdentity(
    db,
    rows,
    (r) => r.agent_id,
    (p) => ({ agent_name: p.name, employee_no: p.employeeNo, team_name: p.teamName }),
  );

const ROW = [
  'e.id',
  'e.form_id',
  'f.name as form_name',
  'fv.number as form_version',
  'e.interaction_id',
  'e.agent_id',
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
      .execute()
      .then((rows) => withAgent(db, rows)),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
export type EvaluationListRow = Awaited<ReturnType<typeof listEvaluations>>['rows'][number];

export const findVisible = async (db: Db, v: Viewer, id: string) =>
  (
    await withAgent(
      db,
      await base(db, v)
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
        .execute(),
    )
  )[0];

export const findEvaluation = (db: Db, id: string) =>
  db.selectFrom('qa_evaluations').selectAll().where('id', '=', id).executeTakeFirst();

/** The scorecard an evaluation was scored on: its content (JSON) and pass mark. */
export const formVersionContent = (db: Db, id: string) =>
  db.selectFrom('qa_form_versions').select(['content', 'pass_score']).where('id', '=', id).executeTakeFirstOrThrow();

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

export const findInteraction = async (db: Db, id: string) =>
  (
    await withIdentity(
      db,
      await db
        .selectFrom('interactions as i')
        .select([
          'i.id',
          'i.agent_id',
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
        .execute(),
      (r) => r.agent_id,
      (p) => ({ agent_name: p.name, employee_no: p.employeeNo, team_id: p.teamId, department_id: p.departmentId }),
    )
  )[0];
export type InteractionRow = NonNullable<Awaited<ReturnType<typeof findInteraction>>>;

export const findAgent = async (db: Db, id: string) => {
  const p = await identity(db, id);
  return p && { id: p.id, name: p.name, status: p.status, team_id: p.teamId, department_id: p.departmentId };
};

/** Working agents by name or employee number, for naming the agent of a side-by-side session. */
export async function searchAgents(db: Db, q: string | undefined, limit: number) {
  const found = await searchPeople(db, q, ['trainee', 'probation', 'regular', 'key_staff', 'team_lead'], limit);
  return found.map((p) => ({
    id: p.id,
    name: p.name,
    employee_no: p.employeeNo,
    team_name: p.teamName,
    status: p.status,
  }));
}
