import type { Insertable } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { MentorPoolMemberTable } from '../../../db/schema-mentoring-pool.js';

// Kysely queries of the mentor pool (pool.service.ts holds the rules). The employment-status
// history is read here as other modules read it (quality sampling): the day each person became
// regular, which decides which of their QA evaluations count toward a mentor's results.

const CONFIG_ID = 'pool';

export const config = (db: Db) =>
  db.selectFrom('mentor_pool_config').selectAll().where('id', '=', CONFIG_ID).executeTakeFirst();

/** Writes the configuration if it still has `version` (0 = never saved); whether it did. */
export async function saveConfig(db: Db, courseId: string | null, version: number, by: string, at: string) {
  if (version === 0) {
    const res = await db
      .insertInto('mentor_pool_config')
      .values({ id: CONFIG_ID, mentor_course_id: courseId, version: 1, updated_by: by, updated_at: at })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    return !!res;
  }
  const res = await db
    .updateTable('mentor_pool_config')
    .set({ mentor_course_id: courseId, version: version + 1, updated_by: by, updated_at: at })
    .where('id', '=', CONFIG_ID)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const activeMember = (db: Db, employeeId: string) =>
  db
    .selectFrom('mentor_pool_members')
    .selectAll()
    .where('employee_id', '=', employeeId)
    .where('status', '=', 'active')
    .executeTakeFirst();

export const activeMembers = (db: Db) =>
  db
    .selectFrom('mentor_pool_members')
    .selectAll()
    .where('status', '=', 'active')
    .orderBy('selected_at')
    .orderBy('id')
    .execute();

export const activeMemberIds = async (db: Db) =>
  (await db.selectFrom('mentor_pool_members').select('employee_id').where('status', '=', 'active').execute()).map(
    (r) => r.employee_id,
  );

export const insertMember = (db: Db, row: Insertable<MentorPoolMemberTable>) =>
  db.insertInto('mentor_pool_members').values(row).execute();

export async function closeMember(db: Db, id: string, by: string, at: string, reason: string) {
  const res = await db
    .updateTable('mentor_pool_members')
    .set({ status: 'removed', removed_by: by, removed_at: at, remove_reason: reason })
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Every selection and removal, newest first (optionally of one person). */
export const history = (db: Db, employeeId: string | undefined, limit: number) =>
  db
    .selectFrom('mentor_pool_members')
    .selectAll()
    .$if(!!employeeId, (q) => q.where('employee_id', '=', employeeId!))
    .orderBy('selected_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();

/** Display names of user accounts (who selected, who removed). */
export const userNames = async (db: Db, ids: string[]) =>
  new Map(
    (ids.length
      ? await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute()
      : []
    ).map((u) => [u.id, u.display_name]),
  );

/** The first day each person had regular status or above (absent: never). */
export async function regularSince(db: Db, employeeIds: string[]) {
  const out = new Map<string, string>();
  const ids = [...new Set(employeeIds)];
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db
      .selectFrom('employee_status_history')
      .select(['employee_id', (eb) => eb.fn.min<string>('effective_date').as('day')])
      .where('employee_id', 'in', ids.slice(i, i + 1000))
      .where('to_status', 'in', ['regular', 'key_staff', 'team_lead'])
      .groupBy('employee_id')
      .execute();
    for (const r of rows) out.set(r.employee_id, r.day);
  }
  return out;
}
