import type { Role } from '../../common/roles.js';
import type { Db } from '../db/connect.js';
import type { Actor } from '../lib/actor.js';

/**
 * The demo account `username` as the services see a signed-in user, so the demo is built through
 * the same rules (scope, audit, notices) a person in the web app meets.
 */
export async function demoActor(db: Db, username: string): Promise<Actor> {
  const u = await db
    .selectFrom('users as u')
    .leftJoin('employees as e', 'e.id', 'u.employee_id')
    .leftJoin('teams as t', 't.id', 'e.team_id')
    .select(['u.id', 'u.display_name', 'u.employee_id', 'e.team_id', 't.department_id'])
    .where('u.username', '=', username)
    .executeTakeFirstOrThrow();
  const roles = (await db.selectFrom('user_roles').select('role').where('user_id', '=', u.id).execute()).map(
    (r) => r.role as Role,
  );
  return {
    userId: u.id,
    username,
    name: u.display_name,
    roles,
    locale: 'zh-CN',
    mustChangePassword: false,
    employeeId: u.employee_id,
    teamId: u.team_id,
    departmentId: u.department_id,
    sessionId: 'demo',
    csrfToken: 'demo',
  };
}
