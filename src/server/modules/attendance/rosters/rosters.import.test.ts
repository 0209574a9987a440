import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../demo/seed.js';
import { setClock } from '../../../lib/clock.js';
import type { Client } from '../../../test/harness.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { expectError } from '../../../test/helpers.js';
import { CLOCK, grid, newRoster, rosterWorld, WEEK1, type RosterWorld } from './rosters.testkit.js';

// Roster import (issue 19 item 1): template, preview with row errors, all-or-nothing import.

function multipart(fileName: string, content: Buffer, rosterId?: string) {
  const boundary = `----rosters${Math.random().toString(16).slice(2)}`;
  const field = rosterId
    ? `--${boundary}\r\nContent-Disposition: form-data; name="rosterId"\r\n\r\n${rosterId}\r\n`
    : '';
  const head = `${field}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head, 'utf8'), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
const send = (c: Client, url: string, name: string, content: Buffer, rosterId?: string) =>
  c.raw({ method: 'POST', url, ...multipart(name, content, rosterId) });

const DAYS = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07'];
const csv = (rows: string[][]) =>
  Buffer.from([['工号', '姓名', ...DAYS], ...rows].map((r) => r.join(',')).join('\n'), 'utf8');

describe.each(DIALECTS)('roster import on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let w: RosterWorld;
  let rosterId: string;
  let no: Record<string, string>;
  beforeAll(async () => {
    setClock(CLOCK);
    w = await rosterWorld(env, 'I');
    rosterId = await newRoster(w.lead, w.teamId, WEEK1);
    const db = env.handle.db;
    const rows = await db.selectFrom('employees').select(['id', 'employee_no', 'team_id']).execute();
    no = Object.fromEntries(rows.map((r) => [r.id, r.employee_no]));
    no.outsider = rows.find((r) => r.team_id !== w.teamId)!.employee_no;
  });
  afterAll(() => setClock());

  const cookieOf = async (username: string) => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: DEMO_PASSWORD },
    });
    return String(res.headers['set-cookie']).split(';')[0];
  };

  const count = () =>
    env.handle.db
      .selectFrom('attendance_schedule')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('roster_id', '=', rosterId)
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));

  it('gives the roster as a template: its people × its days, with the shift codes on a notes sheet', async () => {
    const res = await w.lead.get(`/api/attendance/rosters/template?rosterId=${rosterId}&locale=zh-CN`);
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('spreadsheetml');
    const lead = await env.app.inject({
      method: 'GET',
      url: `/api/attendance/rosters/template?rosterId=${rosterId}&locale=zh-CN`,
      headers: { cookie: await cookieOf('teamlead') },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(lead.rawPayload as any);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['排班', '说明']);
    expect((wb.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual(['工号', '姓名', ...DAYS]);
    const codes = wb.worksheets[1].getColumn(1).values as unknown[];
    expect(codes).toEqual(expect.arrayContaining([w.shifts.D.code, w.shifts.N.code]));
    const csvRes = await w.lead.get(`/api/attendance/rosters/template?rosterId=${rosterId}&format=csv&locale=en-US`);
    expect(csvRes.status).toBe(200);
    const [header, ...lines] = csvRes.raw
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toBe(['Employee No', 'Name', ...DAYS].join(','));
    expect(lines.some((l) => l.startsWith(`${no[w.agentId]},`))).toBe(true);
  });

  it('lists every row’s problem in the preview and imports nothing while any remain', async () => {
    const { N, E, D } = w.shifts;
    const bad = csv([
      [no[w.agentId], 'a', N.code, E.code, '', '', '', '', ''],
      [no[w.mates[0]], 'b', 'ZZ', D.code, '', '', '', '', ''],
      ['NOPE-999', 'c', D.code, '', '', '', '', '', ''],
      [no.outsider, 'd', D.code, '', '', '', '', '', ''],
    ]);
    const pre = await send(w.lead, '/api/attendance/rosters/import/preview', 'r.csv', bad, rosterId);
    expect(pre.status, pre.raw).toBe(200);
    expect(pre.body.data.errors).toEqual([
      { line: 2, employeeNo: no[w.agentId], day: '2027-03-02', problem: 'overlap', value: E.code },
      { line: 3, employeeNo: no[w.mates[0]], day: '2027-03-01', problem: 'unknown_shift', value: 'ZZ' },
      { line: 4, employeeNo: 'NOPE-999', day: null, problem: 'unknown_person', value: null },
      { line: 5, employeeNo: no.outsider, day: null, problem: 'not_in_team', value: null },
    ]);
    const imp = await send(w.lead, `/api/attendance/rosters/${rosterId}/import`, 'r.csv', bad);
    expectError(imp, 422, 'ATTENDANCE_IMPORT_HAS_ERRORS');
    expect(imp.body.params).toEqual({ count: 4 });
    expect(await count()).toBe(0);
  });

  it('imports a clean file whole, and a lead of another team may not', async () => {
    const { N, D } = w.shifts;
    const good = csv([
      [no[w.agentId], 'a', N.code, '休', D.code, '', '', '', ''],
      [no[w.mates[0]], 'b', D.code, D.code, 'rest', '', '', '', ''],
    ]);
    const pre = await send(w.lead, '/api/attendance/rosters/import/preview', 'r.csv', good, rosterId);
    expect(pre.body.data).toMatchObject({ rows: 2, cells: 6, errors: [] });
    expect(pre.body.data.people[0].cells).toEqual({ '2027-03-01': N.code, '2027-03-02': null, '2027-03-03': D.code });
    const other = await send(w.otherLead, `/api/attendance/rosters/${rosterId}/import`, 'r.csv', good);
    expect([403, 404]).toContain(other.status);
    const imp = await send(w.lead, `/api/attendance/rosters/${rosterId}/import`, 'r.csv', good);
    expect(imp.status, imp.raw).toBe(200);
    expect(imp.body.data).toEqual({ changed: 6 });
    const g = await grid(w.lead, w.teamId, WEEK1);
    expect(g.people.find((p: any) => p.employeeId === w.agentId).cells).toEqual({
      '2027-03-01': N.id,
      '2027-03-02': null,
      '2027-03-03': D.id,
    });
    // the template now carries those codes, and importing it unchanged changes nothing
    const tpl = await w.lead.get(`/api/attendance/rosters/template?rosterId=${rosterId}&format=csv&locale=zh-CN`);
    const again = await send(
      w.lead,
      `/api/attendance/rosters/${rosterId}/import`,
      't.csv',
      Buffer.from(tpl.raw, 'utf8'),
    );
    expect(again.status, again.raw).toBe(200);
    expect(again.body.data).toEqual({ changed: 0 });
  });
});
