import { describe, expect, it } from 'vitest';
import { DIALECTS, sql, useTestEnv } from '../../../test/harness.js';
import { person, csvFile, upload, commit, countRows, type CountedTable } from './roster.testkit.js';

// Roster import through HTTP (issue 2, item 4), on SQLite and, when configured, PostgreSQL.

describe.each(DIALECTS)('roster import: committing on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  const employee = (no: string) =>
    db().selectFrom('employees').selectAll().where('employee_no', '=', no).executeTakeFirst();
  const count = (table: CountedTable) => countRows(db(), table);

  it('commits new people with status and team history and audit, resolving a supervisor who is new in the same file', async () => {
    const hr = await env.as('hr');
    const file = csvFile([
      person('R201', { 直属上级工号: 'R203' }),
      person('R202', { 班组: 'CS1-2', 直属上级工号: 'E1001' }),
      person('R203', { 状态: '正式', 岗位: '班组长' }),
    ]);
    const preview = (await upload(hr, '花名册.csv', file)).body.data;
    expect(preview).toMatchObject({ fileName: '花名册.csv', errorCount: 0, creates: 3, updates: 0, unchanged: 0 });
    const res = await commit(hr, preview.id);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ created: 3, updated: 0, unchanged: 0 });

    const [a, b, c] = [await employee('R201'), await employee('R202'), await employee('R203')];
    expect(a!.supervisor_id).toBe(c!.id);
    expect(c).toMatchObject({
      status: 'regular',
      position: '班组长',
      version: 1,
      skills: JSON.stringify(['信用卡', '储蓄业务']),
    });
    const detail = (await hr.get(`/api/employees/${b!.id}`)).body.data;
    expect(detail).toMatchObject({
      teamName: '零售业务二组',
      supervisorName: (await employee('E1001'))!.name,
      status: 'trainee',
    });
    expect(detail.statusHistory).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: 'trainee', reason: 'hired from roster import' }),
    ]);
    expect(detail.teamHistory).toEqual([expect.objectContaining({ fromTeamName: null, toTeamName: '零售业务二组' })]);
    const audit = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', 'in', [a!.id, b!.id, c!.id, preview.id])
      .execute();
    expect(audit.map((e) => `${e.action}:${e.entity}`).sort()).toEqual([
      'create:employee',
      'create:employee',
      'create:employee',
      'import:roster_import',
    ]);
    expect(JSON.parse(audit.find((e) => e.entity_id === a!.id)!.new_value!)).toMatchObject({
      employee_no: 'R201',
      supervisor_id: c!.id,
    });

    expect((await hr.get(`/api/roster/imports/${preview.id}`)).body.data.status).toBe('committed');
    const twice = await commit(hr, preview.id);
    expect(twice.status).toBe(409);
    expect(twice.body.errorCode).toBe('IMPORT_ALREADY_COMMITTED');

    // The same file again: nothing to do, nothing duplicated, nothing written but the import itself.
    const counts = await Promise.all([
      count('employees'),
      count('employee_status_history'),
      count('employee_team_history'),
    ]);
    const audits = await count('audit_log');
    const again = (await upload(hr, '花名册.csv', file)).body.data;
    expect(again).toMatchObject({ errorCount: 0, creates: 0, updates: 0, unchanged: 3 });
    expect(again.rows.map((r: any) => r.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect((await commit(hr, again.id)).body.data).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(
      await Promise.all([count('employees'), count('employee_status_history'), count('employee_team_history')]),
    ).toEqual(counts);
    expect(await count('audit_log')).toBe(audits + 1); // the import entry only

    // An edited file: one person moves team and passes training; only they change.
    const edited = csvFile([
      person('R201', { 直属上级工号: 'R203' }),
      person('R202', { 班组: '零售业务一组', 状态: '试用期', 直属上级工号: 'E1001' }),
      person('R203', { 状态: '正式', 岗位: '班组长' }),
    ]);
    const third = (await upload(hr, 'edited.csv', edited)).body.data;
    expect(third).toMatchObject({ errorCount: 0, creates: 0, updates: 1, unchanged: 2 });
    expect(third.rows[1]).toMatchObject({ employeeNo: 'R202', action: 'update', changes: ['team', 'status'] });
    expect((await commit(hr, third.id)).body.data).toEqual({ created: 0, updated: 1, unchanged: 2 });
    expect(await employee('R202')).toMatchObject({ version: 2, status: 'probation' });
    expect((await employee('R201'))!.version).toBe(1);
    const moved = (await hr.get(`/api/employees/${b!.id}`)).body.data;
    expect(moved.teamName).toBe('零售业务一组');
    expect(moved.teamHistory[0]).toMatchObject({
      fromTeamName: '零售业务二组',
      toTeamName: '零售业务一组',
      reason: 'roster import',
    });
    expect(moved.statusHistory[0]).toMatchObject({
      fromStatus: 'trainee',
      toStatus: 'probation',
      reason: 'roster import',
    });
    const update = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', b!.id)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(update.old_value!)).toMatchObject({ status: 'trainee' });
  });

  it('writes nothing when a team was deleted between preview and commit, and shows the new errors', async () => {
    const hr = await env.as('hr');
    const deps = (await hr.get('/api/departments')).body.data as { id: string; code: string }[];
    const team = await hr.post('/api/teams', {
      departmentId: deps.find((d) => d.code === 'CS1')!.id,
      code: 'TMP-1',
      name: '临时组',
    });
    const file = csvFile([
      { 工号: 'R201', 岗位: '资深坐席' },
      person('R301', { 班组: '临时组' }),
      person('R302', { 班组: '临时组' }),
    ]);
    const preview = (await upload(hr, 'tmp.csv', file)).body.data;
    expect(preview).toMatchObject({ errorCount: 0, creates: 2, updates: 1 });
    expect((await hr.delete(`/api/teams/${team.body.data.id}`)).status).toBe(200);

    const res = await commit(hr, preview.id);
    expect(res.status).toBe(422);
    expect(res.body.errorCode).toBe('IMPORT_HAS_ERRORS');
    expect(res.body.errorMessage).toContain('Line 3');
    expect(await employee('R301')).toBeUndefined();
    expect(await employee('R201')).toMatchObject({ position: '坐席', version: 1 });
    const after = (await hr.get(`/api/roster/imports/${preview.id}`)).body.data;
    expect(after).toMatchObject({ status: 'previewed', errorCount: 2, errorRows: 2, creates: 0, updates: 1 });
    expect(after.errors.map((e: any) => [e.line, e.code])).toEqual([
      [3, 'UNKNOWN_TEAM'],
      [4, 'UNKNOWN_TEAM'],
    ]);
  });

  it('rolls everything back when the database fails during the commit, and can commit afterwards', async () => {
    const hr = await env.as('hr');
    const failing =
      dialect.name === 'postgres'
        ? [
            sql`CREATE FUNCTION roster_test_fail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'forced failure'; END; $$ LANGUAGE plpgsql`,
            sql`CREATE TRIGGER roster_test_fail BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.entity = 'roster_import') EXECUTE FUNCTION roster_test_fail()`,
          ]
        : [
            sql`CREATE TRIGGER roster_test_fail BEFORE INSERT ON audit_log WHEN NEW.entity = 'roster_import' BEGIN SELECT RAISE(ABORT, 'forced failure'); END`,
          ];
    const file = csvFile([
      person('R401', { 直属上级工号: 'R402' }),
      person('R402'),
      { 工号: 'R201', 手机: '13911112222' },
    ]);
    const preview = (await upload(hr, 'fail.csv', file)).body.data;
    expect(preview).toMatchObject({ errorCount: 0, creates: 2, updates: 1 });
    const counts = await Promise.all([
      count('employees'),
      count('employee_status_history'),
      count('employee_team_history'),
      count('audit_log'),
    ]);
    for (const s of failing) await s.execute(db());
    try {
      const res = await commit(hr, preview.id);
      expect(res.status).toBe(500);
      expect(
        await Promise.all([
          count('employees'),
          count('employee_status_history'),
          count('employee_team_history'),
          count('audit_log'),
        ]),
      ).toEqual(counts);
      expect(await employee('R201')).toMatchObject({ phone: '13800000000', version: 1 });
      expect((await hr.get(`/api/roster/imports/${preview.id}`)).body.data.status).toBe('previewed');
    } finally {
      await sql`DROP TRIGGER roster_test_fail${sql.raw(dialect.name === 'postgres' ? ' ON audit_log' : '')}`.execute(
        db(),
      );
    }
    expect((await commit(hr, preview.id)).body.data).toEqual({ created: 2, updated: 1, unchanged: 0 });
    expect((await employee('R401'))!.supervisor_id).toBe((await employee('R402'))!.id);
  });

  it('applies a roster once when it is committed twice at the same moment', async () => {
    const hr = await env.as('hr');
    const preview = (await upload(hr, 'twice.csv', csvFile([person('R501'), person('R502')]))).body.data;
    const results = await Promise.all([commit(hr, preview.id), commit(hr, preview.id)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.body.errorCode).toBe('IMPORT_ALREADY_COMMITTED');
    const rows = await db().selectFrom('employees').select('id').where('employee_no', 'in', ['R501', 'R502']).execute();
    expect(rows).toHaveLength(2);
    const history = await db()
      .selectFrom('employee_status_history')
      .select('id')
      .where(
        'employee_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    expect(history).toHaveLength(2);
  });

  it('disables the sign-in of a person who leaves through the roster', async () => {
    const hr = await env.as('hr');
    const who = await db()
      .selectFrom('users as u')
      .innerJoin('employees as e', 'e.id', 'u.employee_id')
      .select(['e.employee_no', 'e.id'])
      .where('u.username', '=', 'trainee')
      .executeTakeFirstOrThrow();
    const preview = (await upload(hr, 'leave.csv', csvFile([{ 工号: who.employee_no, 状态: '已离职' }]))).body.data;
    expect(preview).toMatchObject({
      errorCount: 0,
      updates: 1,
      rows: [expect.objectContaining({ status: 'resigned', changes: ['status'] })],
    });
    expect((await commit(hr, preview.id)).body.data).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await employee(who.employee_no)).toMatchObject({ status: 'resigned', version: 2 });
    await expect(env.as('trainee')).rejects.toThrow(/login trainee failed/);
  });
});
