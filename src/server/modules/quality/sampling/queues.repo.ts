import type { Db } from '../../../db/connect.js';

// Queries of work queues and quotas: who evaluates, their quotas, what they have open, and what
// they scored today (read from part A's evaluations).

export const EVALUATOR_ROLES = ['center_manager', 'qa_evaluator', 'team_lead'] as const;

/** Active accounts in an evaluating role (roles as a list); where their person sits is the identity read-model's. */
export async function evaluatorAccounts(db: Db) {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.display_name', 'u.employee_id', 'r.role'])
    .where('u.disabled', '=', 0)
    .where('r.role', 'in', [...EVALUATOR_ROLES])
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
  const byUser = new Map<string, (typeof rows)[number] & { roles: string[] }>();
  for (const r of rows) {
    const hit = byUser.get(r.id);
    if (hit) hit.roles.push(r.role);
    else byUser.set(r.id, { ...r, roles: [r.role] });
  }
  return [...byUser.values()];
}

export const quotas = (db: Db) => db.selectFrom('qa_quotas').selectAll().execute();
export const quotaOf = (db: Db, userId: string) =>
  db.selectFrom('qa_quotas').selectAll().where('user_id', '=', userId).executeTakeFirst();

export async function upsertQuota(
  db: Db,
  row: {
    user_id: string;
    live: number;
    recording: number;
    side_by_side: number;
    updated_by: string;
    updated_at: string;
  },
) {
  await db
    .insertInto('qa_quotas')
    .values(row)
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({
        live: row.live,
        recording: row.recording,
        side_by_side: row.side_by_side,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/** Open samples per assignee. */
export const openCounts = (db: Db) =>
  db
    .selectFrom('qa_samples')
    .select(['assigned_user_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'open')
    .where('assigned_user_id', 'is not', null)
    .groupBy('assigned_user_id')
    .execute();

/** Evaluations scored in [start, end) per evaluator and method. */
export const scoredBetween = (db: Db, start: string, end: string, userId?: string) => {
  let q = db
    .selectFrom('qa_evaluations')
    .select(['evaluator_user_id', 'method', (eb) => eb.fn.countAll<number>().as('n')])
    .where('scored_at', '>=', start)
    .where('scored_at', '<', end);
  if (userId) q = q.where('evaluator_user_id', '=', userId);
  return q.groupBy(['evaluator_user_id', 'method']).execute();
};

export const userExists = async (db: Db, id: string) =>
  !!(await db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst());

export const sampleBrief = (db: Db, id: string) =>
  db
    .selectFrom('qa_samples')
    .select(['id', 'status', 'assigned_user_id', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();

/** Gives an open sample to another evaluator; false when it was closed meanwhile. */
export async function reassignOpen(db: Db, id: string, userId: string, at: string) {
  const res = await db
    .updateTable('qa_samples')
    .set((eb) => ({ assigned_user_id: userId, assigned_at: at, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Skips an open sample with a reason; false when it was closed meanwhile. */
export async function skipOpen(db: Db, id: string, by: { userId: string; reason: string; at: string }) {
  const res = await db
    .updateTable('qa_samples')
    .set((eb) => ({
      status: 'skipped',
      skip_reason: by.reason,
      skipped_by: by.userId,
      updated_at: by.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
