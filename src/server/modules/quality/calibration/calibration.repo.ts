import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type {
  QaCalibrationConsensusTable,
  QaCalibrationScoreTable,
  QaCalibrationSessionTable,
} from '../../../db/schema-quality-calibration.js';

// Kysely queries for calibration sessions (issue 7 item 8). Who may read what is decided in
// calibration.service.ts; these only fetch and store.

const summary = (db: Db) =>
  db
    .selectFrom('qa_calibration_sessions as s')
    .innerJoin('qa_forms as f', 'f.id', 's.form_id')
    .innerJoin('qa_form_versions as fv', 'fv.id', 's.form_version_id')
    .innerJoin('users as u', 'u.id', 's.facilitator_user_id')
    .select((eb) => [
      's.id',
      's.title',
      's.form_id',
      'f.name as form_name',
      's.form_version_id',
      'fv.number as form_version',
      's.facilitator_user_id',
      'u.display_name as facilitator_name',
      's.day',
      's.status',
      's.interactions',
      's.closed_at',
      's.created_at',
      's.notes',
      's.version',
      'fv.content',
      'fv.pass_score',
      eb
        .selectFrom('qa_calibration_participants as p')
        .whereRef('p.session_id', '=', 's.id')
        .select((x) => x.fn.countAll<number>().as('n'))
        .as('evaluators'),
      eb
        .selectFrom('qa_calibration_scores as c')
        .whereRef('c.session_id', '=', 's.id')
        .select((x) => x.fn.countAll<number>().as('n'))
        .as('submitted'),
    ]);
export type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

/** Sessions, newest first; `onlyFor` limits them to those a user facilitates or is invited to. */
export async function listSessions(db: Db, f: { onlyFor?: string; status?: string; page: number; pageSize: number }) {
  let q = summary(db);
  if (f.onlyFor) {
    const uid = f.onlyFor;
    q = q.where((eb) =>
      eb.or([
        eb('s.facilitator_user_id', '=', uid),
        eb.exists(
          eb
            .selectFrom('qa_calibration_participants as p')
            .whereRef('p.session_id', '=', 's.id')
            .where('p.user_id', '=', uid)
            .select('p.user_id'),
        ),
      ]),
    );
  }
  if (f.status) q = q.where('s.status', '=', f.status);
  const rows = await q
    .orderBy('s.day', 'desc')
    .orderBy('s.id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  let c = db.selectFrom('qa_calibration_sessions as s');
  if (f.onlyFor) {
    const uid = f.onlyFor;
    c = c.where((eb) =>
      eb.or([
        eb('s.facilitator_user_id', '=', uid),
        eb.exists(
          eb
            .selectFrom('qa_calibration_participants as p')
            .whereRef('p.session_id', '=', 's.id')
            .where('p.user_id', '=', uid)
            .select('p.user_id'),
        ),
      ]),
    );
  }
  if (f.status) c = c.where('s.status', '=', f.status);
  const total = await c.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(total.n) };
}

export const findSession = (db: Db, id: string) => summary(db).where('s.id', '=', id).executeTakeFirst();

export const insertSession = (db: Db, row: Insertable<QaCalibrationSessionTable>) =>
  db.insertInto('qa_calibration_sessions').values(row).execute();

export const insertParticipants = (db: Db, sessionId: string, userIds: string[], at: string) =>
  db
    .insertInto('qa_calibration_participants')
    .values(userIds.map((user_id) => ({ session_id: sessionId, user_id, invited_at: at })))
    .execute();

export const participants = (db: Db, sessionId: string) =>
  db
    .selectFrom('qa_calibration_participants as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select((eb) => [
      'p.user_id',
      'u.display_name as name',
      eb
        .selectFrom('qa_calibration_scores as c')
        .whereRef('c.session_id', '=', 'p.session_id')
        .whereRef('c.user_id', '=', 'p.user_id')
        .select((x) => x.fn.countAll<number>().as('n'))
        .as('scored'),
    ])
    .where('p.session_id', '=', sessionId)
    .orderBy('u.display_name')
    .execute();

export const isParticipant = async (db: Db, sessionId: string, userId: string) =>
  !!(await db
    .selectFrom('qa_calibration_participants')
    .select('user_id')
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .executeTakeFirst());

/** Scores of a session with the evaluator's name; one evaluator's when userId is given. */
export function scores(db: Db, sessionId: string, userId?: string) {
  let q = db
    .selectFrom('qa_calibration_scores as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .selectAll('c')
    .select('u.display_name as user_name')
    .where('c.session_id', '=', sessionId);
  if (userId) q = q.where('c.user_id', '=', userId);
  return q.orderBy('u.display_name').orderBy('c.interaction_id').execute();
}
export type ScoreRow = Awaited<ReturnType<typeof scores>>[number];

export const findScore = (db: Db, sessionId: string, interactionId: string, userId: string) =>
  db
    .selectFrom('qa_calibration_scores')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('interaction_id', '=', interactionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();

export const insertScore = (db: Db, row: Insertable<QaCalibrationScoreTable>) =>
  db.insertInto('qa_calibration_scores').values(row).execute();

export const updateScore = (
  db: Db,
  id: string,
  version: number,
  changes: Pick<QaCalibrationScoreTable, 'answers' | 'items' | 'score' | 'critical_failure' | 'comment' | 'updated_at'>,
) =>
  db
    .updateTable('qa_calibration_scores')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();

export const consensus = (db: Db, sessionId: string) =>
  db
    .selectFrom('qa_calibration_consensus')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('interaction_id')
    .execute();

export async function upsertConsensus(db: Db, row: Insertable<QaCalibrationConsensusTable>) {
  const { session_id: _s, interaction_id: _i, created_at: _c, ...changes } = row;
  await db
    .insertInto('qa_calibration_consensus')
    .values(row)
    .onConflict((oc) => oc.columns(['session_id', 'interaction_id']).doUpdateSet(changes))
    .execute();
}

/** Closes an open session; false when it was not open (closed meanwhile, or stale version). */
export async function closeSession(db: Db, id: string, at: string) {
  const r = await db
    .updateTable('qa_calibration_sessions')
    .set({ status: 'closed', closed_at: at, updated_at: at, version: (eb) => eb('version', '+', 1) })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Users by id with their roles, to check an invitation (the invitee must be able to evaluate). */
export const usersWithRoles = (db: Db, ids: string[]) =>
  db
    .selectFrom('users as u')
    .leftJoin('user_roles as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.display_name', 'u.disabled', 'r.role'])
    .where('u.id', 'in', ids)
    .execute();
