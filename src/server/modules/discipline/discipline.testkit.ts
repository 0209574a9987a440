import { useTestEnv, type Client } from '../../test/harness.js';
import { day } from '../training/shared/training.testkit.js';
import { createUser } from '../users/users.service.js';

// People and requests the discipline tests (discipline*.test.ts) share.

/** Trainees of the new-hire team with a sign-in of their own (a password no common-password list holds). */
export async function trainees(env: ReturnType<typeof useTestEnv>, n: number) {
  const db = env.handle.db;
  const linked = new Set((await db.selectFrom('users').select('employee_id').execute()).map((u) => u.employee_id));
  const team = await db.selectFrom('teams').select('id').where('code', '=', 'TRN-NH').executeTakeFirstOrThrow();
  const free = (
    await db
      .selectFrom('employees')
      .select(['id', 'name'])
      .where('team_id', '=', team.id)
      .orderBy('employee_no')
      .execute()
  ).filter((p) => !linked.has(p.id));
  const password = 'Discipline-Test-7x!';
  const out: { employeeId: string; client: Client }[] = [];
  for (const [i, p] of free.slice(0, n).entries()) {
    await createUser(
      db,
      null,
      { username: `disc${i + 1}`, displayName: p.name, roles: ['agent'], employeeId: p.id, password },
      { mustChange: false },
    );
    out.push({ employeeId: p.id, client: await env.as(`disc${i + 1}`, password) });
  }
  return out;
}

export const noticeKinds = async (c: Client) =>
  ((await c.get('/api/notifications?pageSize=200')).body.data as { kind: string }[]).map((n) => n.kind);

/** A discipline record as a team lead would file it; `body` overrides. */
export const record = (c: Client, body: Record<string, unknown>) =>
  c.post('/api/discipline/records', {
    kind: 'rudeness',
    occurredOn: day(-1),
    description: '与客户争吵，使用不当言语',
    evidenceText: '班组长现场听到并记录',
    ...body,
  });
