import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { HEADERS, person, csvFile, upload, commit, countRows, type CountedTable } from './roster.testkit.js';

// Roster import through HTTP (issue 2, item 4), on SQLite and, when configured, PostgreSQL.

describe.each(DIALECTS)('roster import: access and unreadable files on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  const employee = (no: string) =>
    db().selectFrom('employees').selectAll().where('employee_no', '=', no).executeTakeFirst();
  const count = (table: CountedTable) => countRows(db(), table);

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
    // JSON instead of a form: the same answer as every other upload (lib/single-upload.ts).
    const json = await hr.post('/api/roster/imports', { file: 'x' });
    expect([json.status, json.body.errorCode]).toEqual([400, 'MISSING_FILE']);
    expect(await count('employees')).toBeGreaterThan(0);
    expect(await employee('R701')).toBeUndefined();
  });
});
