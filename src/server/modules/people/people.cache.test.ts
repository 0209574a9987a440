import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { EXIT_STATUSES } from '../../../common/roles.js';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { teamIdOf } from '../../test/helpers.js';
import { identities } from './identity.service.js';
import { cachedPeopleAnswer, peopleVersion } from './people.cache.js';

// People lists kept in memory under the database's people version (people.cache.ts): a change to
// employees, teams or departments made anywhere — even straight in SQL, as another node or a
// module that knows nothing of the cache would — is seen by the very next request.

describe.each(DIALECTS)('people cache on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;

  it('the database raises the version on every change to employees, teams and departments', async () => {
    const v0 = (await peopleVersion(db()))!;
    expect(v0).toBeGreaterThan(0);
    await sql`update employees set position = position where 1 = 0`.execute(db()); // no row: PostgreSQL still counts the statement
    const v1 = (await peopleVersion(db()))!;
    expect(v1).toBeGreaterThanOrEqual(v0);
    await sql`update teams set name = name`.execute(db());
    const v2 = (await peopleVersion(db()))!;
    expect(v2).toBeGreaterThan(v1);
    await sql`update departments set name = name`.execute(db());
    expect((await peopleVersion(db()))!).toBeGreaterThan(v2);
    // Writes elsewhere leave it alone.
    const v3 = (await peopleVersion(db()))!;
    await sql`update sessions set last_seen_at = last_seen_at`.execute(db());
    expect(await peopleVersion(db())).toBe(v3);
  });

  it('computes an answer once while people are unchanged, again after any change, once for concurrent misses', async () => {
    let runs = 0;
    const compute = async () => {
      runs++;
      await new Promise((r) => setTimeout(r, 5));
      return { n: runs };
    };
    const key = ['test', Math.random()];
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => cachedPeopleAnswer(db(), key, compute)));
    expect(runs).toBe(1);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(await cachedPeopleAnswer(db(), key, compute)).toBe(a);
    expect(runs).toBe(1);
    await cachedPeopleAnswer(db(), ['another', key], compute);
    expect(runs).toBe(2);

    await sql`update employees set position = position`.execute(db());
    expect(await cachedPeopleAnswer(db(), key, compute)).toEqual({ n: 3 });
    expect(runs).toBe(3);
  });

  it('a failed computation is not kept', async () => {
    let runs = 0;
    const key = ['fails once', Math.random()];
    const compute = async () => {
      if (++runs === 1) throw new Error('boom');
      return 'ok';
    };
    await expect(cachedPeopleAnswer(db(), key, compute)).rejects.toThrow('boom');
    expect(await cachedPeopleAnswer(db(), key, compute)).toBe('ok');
  });

  it('the people list follows changes written straight to the database', async () => {
    const hr = await env.as('hr');
    const list = async () => {
      const res = await hr.get('/api/employees?sort=employeeNo&pageSize=200');
      expect(res.status, res.raw).toBe(200);
      return res.body as {
        data: { id: string; name: string; teamName: string; departmentName: string }[];
        total: number;
      };
    };
    const before = await list();
    expect(await list()).toEqual(before);
    const someone = before.data[0]!;

    await db().updateTable('employees').set({ name: '缓存测试' }).where('id', '=', someone.id).execute();
    expect((await list()).data.find((p) => p.id === someone.id)!.name).toBe('缓存测试');

    const team = await db()
      .selectFrom('employees')
      .select('team_id')
      .where('id', '=', someone.id)
      .executeTakeFirstOrThrow();
    await db().updateTable('teams').set({ name: '改名的组' }).where('id', '=', team.team_id).execute();
    expect((await list()).data.find((p) => p.id === someone.id)!.teamName).toBe('改名的组');

    const dept = await db()
      .selectFrom('teams')
      .select('department_id')
      .where('id', '=', team.team_id)
      .executeTakeFirstOrThrow();
    await db().updateTable('departments').set({ name: '改名的部' }).where('id', '=', dept.department_id).execute();
    expect((await list()).data.find((p) => p.id === someone.id)!.departmentName).toBe('改名的部');

    // A person added through the API is in the next answer, and the total follows.
    const created = await hr.post('/api/employees', {
      employeeNo: 'C9001',
      name: '新来的人',
      teamId: await teamIdOf(db(), 'TRN-NH'),
      hireDate: '2026-01-05',
      gender: 'female',
      position: '坐席',
    });
    expect(created.status, created.raw).toBe(200);
    const after = await list();
    expect(after.total).toBe(before.total + 1);
    expect(after.data.map((p) => p.name)).toContain('新来的人');
  });

  it('the org tree follows renames and moves written straight to the database', async () => {
    const hr = await env.as('hr');
    type Tree = {
      id: string;
      name: string;
      headcount: number;
      teams: { id: string; name: string; headcount: number }[];
    }[];
    const tree = async () => {
      const res = await hr.get('/api/departments');
      expect(res.status, res.raw).toBe(200);
      return res.body.data as Tree;
    };
    const teams = (t: Tree) => t.flatMap((d) => d.teams);
    const before = await tree();
    const [from, to] = teams(before).filter((t) => t.headcount > 0);
    await db().updateTable('teams').set({ name: '组织树改名' }).where('id', '=', to!.id).execute();
    expect(teams(await tree()).find((t) => t.id === to!.id)!.name).toBe('组织树改名');

    const mover = await db()
      .selectFrom('employees')
      .select('id')
      .where('team_id', '=', from!.id)
      .where('status', 'not in', [...EXIT_STATUSES])
      .executeTakeFirstOrThrow();
    await db().updateTable('employees').set({ team_id: to!.id }).where('id', '=', mover.id).execute();
    const after = teams(await tree());
    expect(after.find((t) => t.id === from!.id)!.headcount).toBe(from!.headcount - 1);
    expect(after.find((t) => t.id === to!.id)!.headcount).toBe(to!.headcount + 1);
  });

  it('identities come from the directory, follow any change, and see a transaction’s own writes', async () => {
    const someone = await db().selectFrom('employees').select(['id', 'name']).executeTakeFirstOrThrow();
    expect((await identities(db(), [someone.id, 'nobody'])).get(someone.id)!.name).toBe(someone.name);
    expect((await identities(db(), ['nobody'])).size).toBe(0);
    await db().updateTable('employees').set({ name: '目录改名' }).where('id', '=', someone.id).execute();
    expect((await identities(db(), [someone.id])).get(someone.id)!.name).toBe('目录改名');
    await db()
      .transaction()
      .execute(async (trx) => {
        await trx.updateTable('employees').set({ name: '事务里改名' }).where('id', '=', someone.id).execute();
        expect((await identities(trx, [someone.id])).get(someone.id)!.name).toBe('事务里改名');
      });
    expect((await identities(db(), [someone.id])).get(someone.id)!.name).toBe('事务里改名');
  });

  it('limited readers get their own answers, not another reader’s', async () => {
    const hr = await env.as('hr');
    const lead = await env.as('teamlead');
    const all = (await hr.get('/api/employees?pageSize=200')).body;
    const mine = (await lead.get('/api/employees?pageSize=200')).body;
    expect(mine.total).toBeLessThan(all.total);
    expect((await hr.get('/api/employees?pageSize=200')).body).toEqual(all);
  });
});
