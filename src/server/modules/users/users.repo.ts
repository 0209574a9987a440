import type { Db } from '../../db/connect.js';
import { containsCi, type DialectName } from '../../db/portable.js';
import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';

export async function listUsers(
  db: Db,
  dialect: DialectName,
  f: { q?: string; role?: string; page: number; pageSize: number },
) {
  let q = db.selectFrom('users as u').leftJoin('employees as e', 'e.id', 'u.employee_id');
  if (f.q)
    q = q.where((eb) =>
      eb.or([containsCi(dialect, eb.ref('u.username'), f.q!), containsCi(dialect, eb.ref('u.display_name'), f.q!)]),
    );
  if (f.role)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_roles as r')
          .select('r.user_id')
          .whereRef('r.user_id', '=', 'u.id')
          .where('r.role', '=', f.role!),
      ),
    );
  const [rows, count] = await Promise.all([
    q
      .leftJoin('user_totp as tt', 'tt.user_id', 'u.id')
      .selectAll('u')
      .select(['e.employee_no', 'tt.enabled_at as totp_enabled_at'])
      .orderBy('u.username')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const ids = rows.map((r) => r.id);
  const roles = ids.length ? await db.selectFrom('user_roles').selectAll().where('user_id', 'in', ids).execute() : [];
  return { rows, roles, total: Number(count.n) };
}

export const findUser = (db: Db, id: string) =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
export const findUserByUsername = (db: Db, username: string) =>
  db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
export const findUserOfEmployee = (db: Db, employeeId: string) =>
  db.selectFrom('users').selectAll().where('employee_id', '=', employeeId).executeTakeFirst();
export const rolesOf = async (db: Db, userId: string) =>
  (await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).orderBy('role').execute()).map(
    (r) => r.role,
  );

export const insertUser = (db: Db, row: Insertable<Database['users']>) => db.insertInto('users').values(row).execute();
export const updateUser = (db: Db, id: string, set: Updateable<Database['users']>) =>
  db.updateTable('users').set(set).where('id', '=', id).execute();

export async function replaceRoles(db: Db, userId: string, roles: string[]) {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roles.length)
    await db
      .insertInto('user_roles')
      .values(roles.map((role) => ({ user_id: userId, role })))
      .execute();
}

export const employeeExists = async (db: Db, id: string) =>
  !!(await db.selectFrom('employees').select('id').where('id', '=', id).executeTakeFirst());
