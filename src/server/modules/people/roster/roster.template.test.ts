import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../demo/seed.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';

// The roster template follows the reader's language (?locale=, else the profile): an English
// template is filled in with English headers and words and imports like the Chinese one.

const EN_HEADERS = [
  'Employee No',
  'Name',
  'Gender',
  'Hire Date',
  'Department',
  'Team',
  'Status',
  'Supervisor No',
  'Position',
  'Phone',
  'Email',
  'Skills',
];

function multipart(fileName: string, content: Buffer) {
  const boundary = `----seatwise${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head, 'utf8'), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
const upload = (c: Client, fileName: string, content: Buffer) =>
  c.raw({ method: 'POST', url: '/api/roster/imports', ...multipart(fileName, content) });

describe.each(DIALECTS)('roster template in the reader’s language on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const employee = (no: string) =>
    env.handle.db.selectFrom('employees').selectAll().where('employee_no', '=', no).executeTakeFirst();
  // A template is binary; the harness client reads bodies as text, so fetch it with inject.
  const download = async (query: string) => {
    const login = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'hr', password: DEMO_PASSWORD },
    });
    const cookie = [login.headers['set-cookie']].flat()[0]!.split(';')[0];
    return env.app.inject({ method: 'GET', url: `/api/roster/template?${query}`, headers: { cookie } });
  };

  it('an English .xlsx template has English headers and notes, and a filled-in copy imports and commits', async () => {
    const hr = await env.as('hr');
    const res = await download('format=xlsx&locale=en-US');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''roster-template.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as any);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Roster', 'Notes']);
    const sheet = wb.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(EN_HEADERS);
    const notes = JSON.stringify(wb.getWorksheet('Notes')!.getSheetValues());
    for (const word of ['Trainee', 'Probation', 'Key staff', 'Team lead', 'Required']) expect(notes).toContain(word);
    expect(notes).not.toContain('是否必填'); // the notes' own words are English (the org's names stay as they are)

    // Unedited: the example row is skipped, nothing to import, nothing wrong.
    const blank = await upload(hr, 'roster-template.xlsx', res.rawPayload);
    expect(blank.body.data).toMatchObject({ rowCount: 0, errorCount: 0 });

    // Filled in with the English words the template offers (its example row gives a real team).
    const example = sheet.getRow(2);
    sheet.addRow([
      'E7001',
      'Ann Lee',
      'female',
      new Date('2025-06-02T00:00:00Z'),
      example.getCell(5).value,
      example.getCell(6).value,
      'Probation',
      '',
      'Agent',
      '13800000001',
      'ann.lee@example.com',
      '',
    ]);
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const preview = await upload(hr, 'roster-template.xlsx', filled);
    expect(preview.status).toBe(200);
    expect(preview.body.data).toMatchObject({ rowCount: 1, errorCount: 0 });
    const done = await hr.post(`/api/roster/imports/${preview.body.data.id}/commit`, {});
    expect(done.body.data).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await employee('E7001')).toMatchObject({
      name: 'Ann Lee',
      gender: 'female',
      hire_date: '2025-06-02',
      status: 'probation',
      position: 'Agent',
    });
  });

  it('an English .csv template round-trips; without ?locale= the profile’s language (Chinese) is used', async () => {
    const hr = await env.as('hr');
    const res = await download('format=csv&locale=en-US');
    expect(res.statusCode).toBe(200);
    const lines = res.rawPayload.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(EN_HEADERS.join(','));
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''roster-template.csv`);
    const cells = lines[1].split(',');
    const row = ['E7002', 'Bo Chen', 'male', '2025-06-03', cells[4], cells[5], 'Team lead', '', '', '', '', ''];
    const csv = Buffer.from(`\uFEFF${[lines[0], lines[1], row.join(',')].join('\r\n')}\r\n`, 'utf8');
    const preview = await upload(hr, 'roster-template.csv', csv);
    expect(preview.body.data).toMatchObject({ rowCount: 1, errorCount: 0 });
    await hr.post(`/api/roster/imports/${preview.body.data.id}/commit`, {});
    expect(await employee('E7002')).toMatchObject({ name: 'Bo Chen', gender: 'male', status: 'team_lead' });

    const zh = await download('format=csv');
    expect(zh.rawPayload.toString('utf8').slice(1).split('\r\n')[0]).toMatch(/^工号,姓名,/);
    expect((await download('format=csv&locale=fr-FR')).statusCode).toBe(400);
  });
});
