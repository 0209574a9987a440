import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { addPerson, countRows, employeeRow, expectError, teamIdOf, today, userIdOf } from '../../test/helpers.js';

// SPEC §1: every change is written to an append-only audit log (who, when, old value, new
// value, reason). Append-only is enforced by the database, not just by the code.

describe.each(DIALECTS)('audit log on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;

  const newest = async () => {
    const row = await db().selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    return {
      ...row,
      old_value: row.old_value && JSON.parse(row.old_value),
      new_value: row.new_value && JSON.parse(row.new_value),
    };
  };

  it('records who, when, what and why for every kind of change', async () => {
    const admin = await env.as('admin');
    const adminId = await userIdOf(db(), 'admin');
    const ids: Record<string, string> = {};
    const writes: [string, () => Promise<unknown>, Record<string, unknown>][] = [
      [
        'create department',
        async () => (ids.dept = (await admin.post('/api/departments', { code: 'AUD', name: '审计处' })).body.data.id),
        { action: 'create', entity: 'department', new_value: { code: 'AUD', name: '审计处' } },
      ],
      [
        'rename department',
        () => admin.patch(`/api/departments/${ids.dept}`, { name: '审计二处' }),
        { action: 'update', entity: 'department', old_value: { name: '审计处' }, new_value: { name: '审计二处' } },
      ],
      [
        'create team',
        async () =>
          (ids.team = (
            await admin.post('/api/teams', { departmentId: ids.dept, code: 'AUD-1', name: '审计组' })
          ).body.data.id),
        { action: 'create', entity: 'team', new_value: { code: 'AUD-1' } },
      ],
      [
        'delete team',
        () => admin.delete(`/api/teams/${ids.team}`),
        { action: 'delete', entity: 'team', old_value: { code: 'AUD-1', name: '审计组' } },
      ],
      [
        'delete department',
        () => admin.delete(`/api/departments/${ids.dept}`),
        { action: 'delete', entity: 'department', old_value: { code: 'AUD', name: '审计二处' } },
      ],
      [
        'create person',
        async () => (ids.person = await addPerson(admin, db(), { name: '审计对象', reason: '新入职' })),
        { action: 'create', entity: 'employee', new_value: { name: '审计对象' }, reason: '新入职' },
      ],
      [
        'edit person',
        () => admin.patch(`/api/employees/${ids.person}`, { name: '审计对象二', version: 1, reason: '改名' }),
        {
          action: 'update',
          entity: 'employee',
          old_value: { name: '审计对象' },
          new_value: { name: '审计对象二' },
          reason: '改名',
        },
      ],
      [
        'change status',
        async () =>
          admin.post(`/api/employees/${ids.person}/status`, {
            status: 'key_staff',
            effectiveDate: today(),
            reason: '晋升骨干',
            version: (await employeeRow(db(), ids.person)).version,
          }),
        {
          action: 'status_change',
          entity: 'employee',
          old_value: { status: 'regular' },
          new_value: { status: 'key_staff' },
          reason: '晋升骨干',
        },
      ],
      [
        'move person',
        async () =>
          admin.post(`/api/employees/${ids.person}/move`, {
            teamId: await teamIdOf(db(), 'OUT-1'),
            effectiveDate: today(),
            reason: '调岗',
            version: (await employeeRow(db(), ids.person)).version,
          }),
        { action: 'move', entity: 'employee', reason: '调岗' },
      ],
      [
        'create account',
        async () =>
          (ids.user = (
            await admin.post('/api/users', { username: 'audited', displayName: '被审计', roles: ['agent'] })
          ).body.data.id),
        { action: 'create', entity: 'user', new_value: { username: 'audited', roles: ['agent'] } },
      ],
      [
        'change account',
        () => admin.patch(`/api/users/${ids.user}`, { displayName: '被审计者', reason: '更正' }),
        {
          action: 'update',
          entity: 'user',
          old_value: { display_name: '被审计' },
          new_value: { display_name: '被审计者' },
          reason: '更正',
        },
      ],
      [
        'reset password',
        () => admin.post(`/api/users/${ids.user}/reset-password`, {}),
        { action: 'password_reset', entity: 'user' },
      ],
      [
        'change setting',
        () => admin.put('/api/settings/auth.lockMinutes', { value: 30, reason: '加强安全' }),
        {
          action: 'update',
          entity: 'setting',
          entity_id: 'auth.lockMinutes',
          old_value: 15,
          new_value: 30,
          reason: '加强安全',
        },
      ],
    ];
    for (const [name, write, expected] of writes) {
      const count = await countRows(db(), 'audit_log');
      const started = new Date().toISOString();
      const res = (await write()) as { status?: number; raw?: string } | string;
      if (typeof res === 'object') expect(res.status, `${name}: ${res.raw}`).toBe(200);
      expect(await countRows(db(), 'audit_log'), name).toBe(count + 1);
      const entry = await newest();
      expect(entry, name).toMatchObject({ actor_user_id: adminId, actor_name: expect.any(String), ...expected });
      expect(entry.at >= started && entry.at <= new Date().toISOString(), name).toBe(true);
    }
  });

  it('is read through GET /api/audit, newest first, with filters and paging', async () => {
    const admin = await env.as('admin');
    const hr = await env.as('hr');
    const person = await addPerson(hr, db(), { reason: '过滤测试' });
    await hr.patch(`/api/employees/${person}`, { phone: '13812345678', version: 1 });

    const byEntity = await admin.get(`/api/audit?entity=employee&entityId=${person}`);
    expect(byEntity.status).toBe(200);
    expect(byEntity.body.total).toBe(2);
    expect(byEntity.body.data.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(byEntity.body.data[0]).toMatchObject({
      actorUserId: await userIdOf(db(), 'hr'),
      oldValue: { phone: null },
      newValue: { phone: '13812345678' },
    });

    const byActor = await admin.get(`/api/audit?actorUserId=${await userIdOf(db(), 'hr')}&pageSize=200`);
    expect(
      byActor.body.data.every((e: { actorUserId: string }) => e.actorUserId === byEntity.body.data[0].actorUserId),
    ).toBe(true);
    expect(byActor.body.total).toBe(
      Number(
        (
          await db()
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('actor_user_id', '=', await userIdOf(db(), 'hr'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    );

    const byAction = await admin.get('/api/audit?action=create&entity=employee&pageSize=200');
    expect(
      byAction.body.data.every(
        (e: { action: string; entity: string }) => e.action === 'create' && e.entity === 'employee',
      ),
    ).toBe(true);
    expect(byAction.body.data.map((e: { entityId: string }) => e.entityId)).toContain(person);

    const future = new Date(Date.now() + 3600_000).toISOString();
    expect((await admin.get(`/api/audit?from=${future}`)).body.total).toBe(0);
    expect((await admin.get(`/api/audit?to=${future}`)).body.total).toBe(await countRows(db(), 'audit_log'));
    expect((await admin.get('/api/audit?to=2000-01-01T00:00:00Z')).body.total).toBe(0);

    const p1 = await admin.get('/api/audit?pageSize=2&page=1');
    const p2 = await admin.get('/api/audit?pageSize=2&page=2');
    expect(p1.body.total).toBe(await countRows(db(), 'audit_log'));
    expect(p1.body.data[1].at >= p2.body.data[0].at).toBe(true);
    expect(p2.body.data[0].id).not.toBe(p1.body.data[1].id);
    expectError(await hr.get('/api/audit'), 403, 'FORBIDDEN');
  });

  it('refuses UPDATE and DELETE at the database, whichever way they are sent', async () => {
    const before = await db().selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(before.length).toBeGreaterThan(0);
    const attempts: [string, () => Promise<unknown>][] = [
      ['raw UPDATE', () => sql`UPDATE audit_log SET reason = 'tampered'`.execute(db())],
      ['raw DELETE', () => sql`DELETE FROM audit_log`.execute(db())],
      [
        'Kysely update of one row',
        () => db().updateTable('audit_log').set({ actor_name: 'nobody' }).where('id', '=', before[0].id).execute(),
      ],
      ['Kysely delete of one row', () => db().deleteFrom('audit_log').where('id', '=', before[0].id).execute()],
      [
        'inside a transaction',
        () =>
          db()
            .transaction()
            .execute((trx) => trx.deleteFrom('audit_log').execute()),
      ],
    ];
    for (const [name, attempt] of attempts) {
      await expect(attempt(), name).rejects.toThrow(/append-only/);
    }
    expect(await db().selectFrom('audit_log').selectAll().orderBy('id').execute()).toEqual(before);
  });
});
