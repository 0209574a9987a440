import type { Db } from '../../../db/connect.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';

// Shared steps of the calibration and oversight tests: more evaluators than the demo's one QA
// account. Each gets the demo password (the qa account's hash) and is linked to one of the QA
// team's people who has no account yet (or to nobody once they run out).

export async function addEvaluators(db: Db, usernames: string[]) {
  const qa = await db
    .selectFrom('users')
    .select(['password_hash'])
    .where('username', '=', 'qa')
    .executeTakeFirstOrThrow();
  const people = await db
    .selectFrom('employees as e')
    .innerJoin('teams as t', 't.id', 'e.team_id')
    .leftJoin('users as u', 'u.employee_id', 'e.id')
    .select('e.id')
    .where('t.code', '=', 'QA-1')
    .where('e.position', '=', '质检员')
    .where('u.id', 'is', null)
    .orderBy('e.employee_no')
    .execute();
  const at = nowIso();
  const ids: Record<string, string> = {};
  for (const [i, username] of usernames.entries()) {
    const id = newId();
    await db
      .insertInto('users')
      .values({
        id,
        username,
        password_hash: qa.password_hash,
        employee_id: people[i]?.id ?? null,
        display_name: `质检${username}`,
        locale: 'zh-CN',
        must_change_password: 0,
        failed_attempts: 0,
        locked_until: null,
        disabled: 0,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await db.insertInto('user_roles').values({ user_id: id, role: 'qa_evaluator' }).execute();
    ids[username] = id;
  }
  return ids;
}
