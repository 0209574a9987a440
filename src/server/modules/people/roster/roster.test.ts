import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../demo/seed.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { daysFromToday } from '../../../test/helpers.js';
import {
  HEADERS,
  Cells,
  person,
  csvFile,
  xlsxFile,
  upload,
  commit,
  countRows,
  type CountedTable,
} from './roster.testkit.js';

// Roster import through HTTP (issue 2, item 4), on SQLite and, when configured, PostgreSQL.

describe.each(DIALECTS)('roster import on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  const employee = (no: string) =>
    db().selectFrom('employees').selectAll().where('employee_no', '=', no).executeTakeFirst();
  const count = (table: CountedTable) => countRows(db(), table);
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
});
