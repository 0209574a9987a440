import type { Role } from '../../common/roles.js';
import type { Db } from '../db/connect.js';
import { recordAudit } from '../lib/audit.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/clock.js';
import { hashPassword } from '../lib/passwords.js';
import { mulberry32, nameMaker } from './names.js';
import { DEPARTMENTS } from './seed-org.js';
import { seedRoster } from './seed-roster.js';

// A realistic demo call center (issue 2): 6 departments, their teams, about 80 people covering
// every role of SPEC §1, and a cohort of 30 new hires in their second week of training.

import { DEMO_PASSWORD } from './published.js';

export { DEMO_PASSWORD, isEmpty } from './published.js';

export const DEMO_ACCOUNTS: { username: string; roles: Role[]; label: string }[] = [
  { username: 'admin', roles: ['admin'], label: '系统管理员 administrator' },
  { username: 'hr', roles: ['hr'], label: '人力资源 HR' },
  { username: 'training', roles: ['training_manager'], label: '培训负责人 training manager' },
  { username: 'trainer', roles: ['trainer'], label: '培训讲师 trainer' },
  { username: 'mentor', roles: ['mentor', 'agent'], label: '带教导师 mentor' },
  { username: 'teamlead', roles: ['team_lead'], label: '班组长 team lead' },
  { username: 'qa', roles: ['qa_evaluator'], label: '质检员 QA evaluator' },
  { username: 'manager', roles: ['center_manager'], label: '中心经理 center manager' },
  { username: 'agent', roles: ['agent'], label: '坐席 agent' },
  { username: 'trainee', roles: ['agent'], label: '学员 trainee' },
];

export async function seedDemo(db: Db): Promise<{ people: number; accounts: typeof DEMO_ACCOUNTS }> {
  const rand = mulberry32(20261123);
  const nextName = nameMaker(rand);
  const at = nowIso();
  const hash = await hashPassword(DEMO_PASSWORD);

  await db.transaction().execute(async (trx) => {
    const teamIds = new Map<string, string>();
    for (const d of DEPARTMENTS) {
      const depId = newId();
      await trx
        .insertInto('departments')
        .values({ id: depId, code: d.code, name: d.name, created_at: at, updated_at: at })
        .execute();
      for (const [code, name] of d.teams) {
        const id = newId();
        teamIds.set(code, id);
        await trx
          .insertInto('teams')
          .values({ id, department_id: depId, code, name, created_at: at, updated_at: at })
          .execute();
      }
    }

    const { linked, people: added } = await seedRoster(trx, { rand, nextName, at, teamIds });
    for (const acct of DEMO_ACCOUNTS) {
      const employeeId = linked[acct.username];
      const emp = await trx
        .selectFrom('employees')
        .select('name')
        .where('id', '=', employeeId)
        .executeTakeFirstOrThrow();
      const id = newId();
      await trx
        .insertInto('users')
        .values({
          id,
          username: acct.username,
          password_hash: hash,
          employee_id: employeeId,
          display_name: emp.name,
          locale: 'zh-CN',
          must_change_password: 0,
          failed_attempts: 0,
          locked_until: null,
          disabled: 0,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await trx
        .insertInto('user_roles')
        .values(acct.roles.map((role) => ({ user_id: id, role })))
        .execute();
    }
    await recordAudit(trx, null, {
      action: 'import',
      entity: 'demo',
      entityId: 'seed',
      newValue: { people: added },
      reason: 'demo data loaded',
    });
  });
  const people = Number(
    (
      await db
        .selectFrom('employees')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  return { people, accounts: DEMO_ACCOUNTS };
}
