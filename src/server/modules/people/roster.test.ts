import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../demo/seed.js';
import { DIALECTS, sql, useTestEnv, type Client } from '../../test/harness.js';
import { daysFromToday } from '../../test/helpers.js';

// Roster import through HTTP (issue 2, item 4), on SQLite and, when configured, PostgreSQL.

const HEADERS = [
  '工号',
  '姓名',
  '性别',
  '入职日期',
  '部门',
  '班组',
  '状态',
  '直属上级工号',
  '岗位',
  '手机',
  '邮箱',
  '业务技能',
] as const;
type Cells = Partial<Record<(typeof HEADERS)[number], string>>;

const person = (no: string, extra: Cells = {}): Cells => ({
  工号: no,
  姓名: `测试${no}`,
  性别: '女',
  入职日期: '2025-06-02',
  部门: '客户服务一处',
  班组: '零售业务一组',
  状态: '培训期',
  岗位: '坐席',
  手机: '13800000000',
  邮箱: `${no.toLowerCase().replace(/[^a-z0-9]/g, '') || 'x'}@example.com`,
  业务技能: '信用卡;储蓄业务',
  ...extra,
});

function csvFile(rows: Cells[], headers: readonly string[] = HEADERS): Buffer {
  const esc = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [headers, ...rows.map((r) => headers.map((h) => r[h as keyof Cells] ?? ''))];
  return Buffer.from(`\uFEFF${lines.map((l) => l.map(esc).join(',')).join('\r\n')}\r\n`, 'utf8');
}

async function xlsxFile(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  for (const r of rows) ws.addRow(r);
  ws.getColumn(4).numFmt = 'yyyy-mm-dd';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function multipart(fileName: string, content: Buffer, field = 'file') {
  const boundary = `----seatwise${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head, 'utf8'), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const upload = (c: Client, fileName: string, content: Buffer, field = 'file') =>
  c.raw({ method: 'POST', url: '/api/roster/imports', ...multipart(fileName, content, field) });
const commit = (c: Client, id: string) => c.post(`/api/roster/imports/${id}/commit`, {});

describe.each(DIALECTS)('roster import on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  const employee = (no: string) =>
    db().selectFrom('employees').selectAll().where('employee_no', '=', no).executeTakeFirst();
  const count = async (table: 'employees' | 'employee_status_history' | 'employee_team_history' | 'audit_log') =>
    Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  // A template is binary; the harness client reads bodies as text, so fetch it with inject.
  const download = async (format: string) => {
    const login = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'hr', password: DEMO_PASSWORD },
    });
    const cookie = [login.headers['set-cookie']].flat()[0]!.split(';')[0];
    return env.app.inject({ method: 'GET', url: `/api/roster/template?format=${format}`, headers: { cookie } });
  };

  it('downloads an .xlsx template with Chinese headers and a 说明 sheet that re-imports without errors', async () => {
    const hr = await env.as('hr');
    const res = await download('xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('花名册模板.xlsx')}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as any);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['花名册', '说明']);
    expect((wb.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual([...HEADERS]);
    const notes = JSON.stringify(wb.getWorksheet('说明')!.getSheetValues());
    for (const label of ['候选人', '培训期', '试用期', '正式', '骨干', '班组长', '已离职'])
      expect(notes).toContain(label);

    const again = await upload(hr, '花名册模板.xlsx', res.rawPayload);
    expect(again.status).toBe(200);
    expect(again.body.data).toMatchObject({
      fileName: '花名册模板.xlsx',
      status: 'previewed',
      rowCount: 0,
      errorCount: 0,
    });
  });

  it('downloads a UTF-8 .csv template with a BOM that re-imports without errors', async () => {
    const hr = await env.as('hr');
    const res = await download('csv');
    expect(res.statusCode).toBe(200);
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.rawPayload.toString('utf8').slice(1).split('\r\n')[0]).toBe(HEADERS.join(','));
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('花名册模板.csv'));
    const again = await upload(hr, 'template.csv', res.rawPayload);
    expect(again.body.data).toMatchObject({ rowCount: 0, errorCount: 0 });
    expect((await hr.get('/api/roster/template?format=pdf')).status).toBe(400);
  });

  it('reports every bad row with its line and code, writes no employee, and refuses to commit', async () => {
    const hr = await env.as('hr');
    const deps = (await hr.get('/api/departments')).body.data as { id: string; code: string }[];
    for (const code of ['CS1', 'CS2']) {
      const made = await hr.post('/api/teams', {
        departmentId: deps.find((d) => d.code === code)!.id,
        code: `NIGHT-${code}`,
        name: '夜班组',
      });
      expect(made.status).toBe(200);
    }
    const future = daysFromToday(30);
    const rows: Cells[] = [
      person('R101', { 姓名: '' }), // 2
      person(''), // 3
      person('R 103!'), // 4
      person('R104', { 入职日期: '2026-02-30' }), // 5
      person('R105', { 入职日期: '下周一' }), // 6
      person('R106', { 入职日期: future }), // 7
      person('R107', { 入职日期: future, 状态: '候选人' }), // 8: fine
      person('R108', { 班组: '不存在的组' }), // 9
      person('R109', { 部门: '不存在的处' }), // 10
      person('R110'),
      person('R110'), // 11, 12
      person('R113', { 状态: '休假' }), // 13
      person('R114', { 直属上级工号: 'NOBODY9' }), // 14
      person('R115', { 性别: '未知' }), // 15
      person('R116', { 手机: '138-abc' }), // 16
      person('R117', { 邮箱: 'not-an-email' }), // 17
      person('R118', { 姓名: '长'.repeat(65) }), // 18
      person('R119', { 部门: '', 班组: '夜班组' }), // 19
      { 工号: 'E1001', 状态: '候选人' }, // 20: regular → candidate is not a lifecycle step
      person('R121', { 直属上级工号: 'R122' }),
      person('R122', { 直属上级工号: 'R121' }), // 21, 22
      person('R123', { 入职日期: '2025/6/2', 部门: 'CS1', 性别: 'male', 状态: 'probation' }), // 23: fine
      person('R124', { 入职日期: '2025.06.02', 部门: '', 班组: 'CS1-2' }), // 24: fine
      person('R125', { 入职日期: '2025年6月2日', 部门: '客户服务二处', 班组: '零售业务一组' }), // 25
    ];
    const before = await count('employees');
    const res = await upload(hr, 'bad.csv', csvFile(rows));
    expect(res.status).toBe(200);
    const p = res.body.data;
    expect(p.rowCount).toBe(24);
    const at = (line: number) => p.errors.filter((e: any) => e.line === line).map((e: any) => e.code);
    const expected: Record<number, string[]> = {
      2: ['MISSING_NAME'],
      3: ['MISSING_EMPLOYEE_NO'],
      4: ['BAD_EMPLOYEE_NO'],
      5: ['BAD_DATE'],
      6: ['BAD_DATE'],
      7: ['DATE_IN_FUTURE'],
      8: [],
      9: ['UNKNOWN_TEAM'],
      10: ['UNKNOWN_DEPARTMENT'],
      11: ['DUPLICATE_EMPLOYEE_NO'],
      12: ['DUPLICATE_EMPLOYEE_NO'],
      13: ['UNKNOWN_STATUS'],
      14: ['UNKNOWN_SUPERVISOR'],
      15: ['BAD_GENDER'],
      16: ['BAD_PHONE'],
      17: ['BAD_EMAIL'],
      18: ['ROW_TOO_LONG'],
      19: ['AMBIGUOUS_TEAM'],
      20: ['STATUS_TRANSITION_NOT_ALLOWED'],
      21: ['SUPERVISOR_CYCLE'],
      22: ['SUPERVISOR_CYCLE'],
      23: [],
      24: [],
      25: ['UNKNOWN_TEAM'],
    };
    expect(Object.fromEntries(Object.keys(expected).map((l) => [l, at(Number(l))]))).toEqual(expected);
    expect(p.errors.find((e: any) => e.line === 5)).toMatchObject({
      field: 'hireDate',
      message: expect.stringContaining('2026-02-30'),
    });
    // What each problem names, for the web to say it in the reader's language.
    const params = (line: number) => p.errors.find((e: any) => e.line === line).params;
    expect(params(5)).toEqual({ value: '2026-02-30' });
    expect(params(11)).toEqual({ value: expect.any(String), lines: '11, 12' });
    expect(params(18)).toEqual({ max: expect.any(Number) });
    expect(params(20)).toEqual({ from: expect.any(String), to: expect.any(String) });
    expect(params(3)).toBeUndefined();
    expect(p.errorCount).toBe(p.errors.length);
    expect(p.rows.find((r: any) => r.line === 24)).toMatchObject({
      employeeNo: 'R124',
      teamName: '零售业务二组',
      departmentName: '客户服务一处',
      status: 'trainee',
      action: 'create',
    });
    // A bad row is counted only as an error, never as a create (new number) or an update (E1001).
    expect(p.rows.find((r: any) => r.line === 20)).toMatchObject({ employeeNo: 'E1001', action: 'error' });
    expect(p.rows.find((r: any) => r.line === 2)).toMatchObject({ employeeNo: 'R101', action: 'error' });
    expect(p.rows.filter((r: any) => r.action !== 'error').map((r: any) => r.line)).toEqual([8, 23, 24]);
    expect(p).toMatchObject({ creates: 3, updates: 0, unchanged: 0, errorRows: 21 });
    expect(p.creates + p.updates + p.unchanged + p.errorRows).toBe(p.rowCount);

    expect(await count('employees')).toBe(before);
    const stored = await hr.get(`/api/roster/imports/${p.id}`);
    expect(stored.body.data).toEqual(p);
    const refused = await commit(hr, p.id);
    expect(refused.status).toBe(422);
    expect(refused.body.errorCode).toBe('IMPORT_HAS_ERRORS');
    expect(await count('employees')).toBe(before);
  });

  it('reads real Excel date cells, numbers and English headers from an .xlsx, with the sheet row of a bad row', async () => {
    const hr = await env.as('hr');
    const english = [
      'employeeNo',
      'name',
      'gender',
      'hireDate',
      'department',
      'team',
      'status',
      'supervisorNo',
      'position',
      'phone',
      'email',
      'skills',
    ];
    const good: ExcelJS.CellValue[] = [
      880001,
      '李四',
      'male',
      new Date(Date.UTC(2025, 2, 4)),
      'CS2',
      '信用卡一组',
      'trainee',
      'E1001',
      '坐席',
      13900000000,
      { text: 'lisi@example.com', hyperlink: 'mailto:lisi@example.com' },
      '信用卡',
    ];
    // A title line above the header is allowed; lines stay the sheet's row numbers.
    const bad = await upload(
      hr,
      'roster.xlsx',
      await xlsxFile([['2026 年花名册'], english, good, ['X-2', '王五', '男', '2026-02-30', '', 'CS1-1']]),
    );
    expect(bad.status).toBe(200);
    expect(bad.body.data.errors).toEqual([expect.objectContaining({ line: 4, field: 'hireDate', code: 'BAD_DATE' })]);

    const ok = await upload(hr, 'roster.xlsx', await xlsxFile([english, good]));
    expect(ok.body.data).toMatchObject({ errorCount: 0, creates: 1 });
    expect((await commit(hr, ok.body.data.id)).body.data).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await employee('880001')).toMatchObject({
      name: '李四',
      gender: 'male',
      hire_date: '2025-03-04',
      phone: '13900000000',
      email: 'lisi@example.com',
      status: 'trainee',
    });
  });

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

  it('refuses every roster endpoint to an agent and a team lead, and an import to another HR user', async () => {
    const hr = await env.as('hr');
    const preview = (await upload(hr, 'x.csv', csvFile([person('R601')]))).body.data;
    for (const who of ['agent', 'teamlead']) {
      const c = await env.as(who);
      const answers = [
        await c.get('/api/roster/template'),
        await c.get('/api/roster/template?format=csv'),
        await upload(c, 'x.csv', csvFile([person('R602')])),
        await c.get(`/api/roster/imports/${preview.id}`),
        await commit(c, preview.id),
      ];
      expect(answers.map((a) => a.status)).toEqual([403, 403, 403, 403, 403]);
      expect(answers.every((a) => a.body.errorCode === 'FORBIDDEN')).toBe(true);
    }
    const admin = await env.as('admin');
    const created = await admin.post('/api/users', { username: 'hr2', displayName: '人事二', roles: ['hr'] });
    const hr2Initial = await env.as('hr2', created.body.data.initialPassword);
    await hr2Initial.post('/api/auth/password', {
      currentPassword: created.body.data.initialPassword,
      newPassword: 'Another2026!',
    });
    const hr2 = await env.as('hr2', 'Another2026!');
    expect((await hr2.get(`/api/roster/imports/${preview.id}`)).status).toBe(403);
    expect((await commit(hr2, preview.id)).status).toBe(403);
    expect((await admin.get(`/api/roster/imports/${preview.id}`)).status).toBe(200);
    expect((await hr.get('/api/roster/imports/no-such-id')).status).toBe(404);
    expect(await employee('R601')).toBeUndefined();
  });

  it('answers a clear 4xx for files that cannot be a roster', async () => {
    const hr = await env.as('hr');
    const code = async (name: string, content: Buffer, field?: string) => {
      const res = await upload(hr, name, content, field);
      return `${res.status} ${res.body.errorCode}`;
    };
    expect(await code('roster.xlsx', Buffer.from('this is not a workbook at all \x01\x02\x03'))).toBe('400 BAD_FILE');
    expect(
      await code('roster.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)])),
    ).toBe('400 BAD_FILE');
    expect(await code('roster.csv', Buffer.alloc(0))).toBe('400 EMPTY_FILE');
    expect(await code('roster.xlsx', Buffer.alloc(0))).toBe('400 EMPTY_FILE');
    expect(await code('roster.csv', Buffer.from('\uFEFF\r\n\r\n'))).toBe('400 EMPTY_FILE');
    expect(await code('roster.xls', Buffer.from('old'))).toBe('400 UNSUPPORTED_FILE_TYPE');
    expect(await code('roster.txt', csvFile([person('R701')]))).toBe('400 UNSUPPORTED_FILE_TYPE');
    expect(await code('roster.csv', csvFile([person('R701')]), 'upload')).toBe('400 MISSING_FILE');

    const missing = await upload(
      hr,
      'roster.csv',
      csvFile(
        [person('R701')],
        HEADERS.filter((h) => h !== '班组'),
      ),
    );
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({
      success: false,
      errorCode: 'MISSING_COLUMNS',
      errorMessage: expect.stringContaining('班组'),
    });

    const many = csvFile(Array.from({ length: 5001 }, (_, i) => person(`M${i}`)));
    expect(await code('big.csv', many)).toBe('400 TOO_MANY_ROWS');
    const huge = await upload(hr, 'huge.csv', Buffer.alloc(21 * 1024 * 1024, 0x41));
    expect(huge.status).toBe(413);
    const json = await hr.post('/api/roster/imports', { file: 'x' });
    expect(json.status).toBe(415);
    expect(await count('employees')).toBeGreaterThan(0);
    expect(await employee('R701')).toBeUndefined();
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
