import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gbk } from '../../../test/gbk.js';
import { DIALECTS } from '../../../test/harness.js';
import { templateColumns } from './import.fields.js';
import { download, rollupsFromRaw, rollupsStored, templateCsv, upload, waitForImport } from '../test-kit.js';
import { useImportsEnv } from './imports.testkit.js';

// Imports through the HTTP API in each format, with the background worker the app runs.
describe.each(DIALECTS)('interaction imports on $name', (dialect) => {
  const t = useImportsEnv(dialect);

  it('imports the template CSV, rejects bad rows with line and reason, and keeps the rollups in step', async () => {
    const csv = templateCsv([
      t.good(1),
      t.good(2),
      t.good(3, { agent: 'NOBODY' }), // line 4
      t.good(4, { startedAt: '2026-13-45 25:00' }), // line 5
      t.good(5, { talkSeconds: -5 }), // line 6
      t.good(6, { csat: 9 }), // line 7
      t.good(1, { agent: t.nos[2] }), // line 8: the ID of line 2 again
      t.good(7, { talkSeconds: '00:02:05', channel: '在线', direction: 'out' }),
    ]);
    const res = await upload(t.qa, csv, 'template');
    expect(res.status).toBe(202);
    expect(res.body.data).toMatchObject({ state: 'queued', format: 'template', fileType: 'csv' });
    const done = await waitForImport(t.qa, res.body.data.id);
    expect(done).toMatchObject({
      state: 'done',
      rowsRead: 8,
      accepted: 3,
      rejected: 5,
      duplicates: 0,
      percent: 100,
      secondsLeft: 0,
    });
    const rejects = await t.qa.get(`/api/interactions/imports/${done.id}/rejects`);
    expect(rejects.body.data.map((r: any) => [r.line, r.code])).toEqual([
      [4, 'UNKNOWN_AGENT'],
      [5, 'BAD_TIME'],
      [6, 'NEGATIVE_DURATION'],
      [7, 'BAD_CSAT'],
      [8, 'DUPLICATE_IN_FILE'],
    ]);
    expect(rejects.body.data[4].message).toContain('line 2');
    // What each reason names, for the web to word it in the reader's language.
    expect(rejects.body.data.map((r: any) => r.params)).toEqual([
      { value: 'NOBODY' },
      { field: 'startedAt', value: '2026-13-45 25:00' },
      { field: 'talkSeconds', value: '-5' },
      { value: '9' },
      { value: 'T-1', line: 2 },
    ]);
    const t7 = await t.env.handle.db
      .selectFrom('interactions')
      .selectAll()
      .where('id', '=', 'T-7')
      .executeTakeFirstOrThrow();
    expect(t7).toMatchObject({
      agent_id: t.ids[t.nos[1]],
      talk_seconds: 125,
      channel: 'chat',
      direction: 'out',
      started_at: '2026-11-09T23:15:00.000Z',
      day: '2026-11-10',
      import_id: done.id,
    });
    const t1 = await t.env.handle.db
      .selectFrom('interactions')
      .selectAll()
      .where('id', '=', 'T-1')
      .executeTakeFirstOrThrow();
    expect(t1).toMatchObject({
      agent_id: t.ids[t.nos[1]],
      fcr: 1,
      csat: 2,
      queue_wait_seconds: 5,
      answered: 1,
      business_type: '信用卡',
      recording_url: 'https://rec.example/1.wav',
    });
    expect(await rollupsStored(t.env.handle.db)).toEqual(await rollupsFromRaw(t.env.handle.db));
  });

  it('adds nothing when the same file is imported again: every row is a duplicate', async () => {
    const csv = templateCsv([t.good(11), t.good(12), t.good(13)]);
    const first = await waitForImport(t.qa, (await upload(t.qa, csv, 'template')).body.data.id);
    expect(first).toMatchObject({ accepted: 3, duplicates: 0 });
    const before = await rollupsStored(t.env.handle.db);
    const again = await waitForImport(t.qa, (await upload(t.qa, csv, 'template')).body.data.id);
    expect(again).toMatchObject({ state: 'done', rowsRead: 3, accepted: 0, rejected: 0, duplicates: 3 });
    expect(await rollupsStored(t.env.handle.db)).toEqual(before);
  });

  it('reads English headers and an .xlsx template', async () => {
    const english = await waitForImport(
      t.qa,
      (
        await upload(
          t.qa,
          templateCsv([t.good(21)], ['interactionId', 'agent', 'startedAt', 'talkSeconds'], true),
          'template',
        )
      ).body.data.id,
    );
    expect(english).toMatchObject({ accepted: 1, rejected: 0 });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('x');
    ws.addRow(['交互ID', '工号', '开始时间', '通话时长', '满意度']);
    ws.addRow(['X-1', t.nos[0], new Date(Date.UTC(2026, 10, 11, 14, 30, 0)), 300, 4]);
    ws.addRow(['X-2', t.nos[1], '2026-11-11 15:00:00', '60', 'great']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(t.qa, buf, 'template', 'calls.xlsx');
    expect(res.status).toBe(202);
    const done = await waitForImport(t.qa, res.body.data.id);
    expect(done).toMatchObject({ fileType: 'xlsx', accepted: 1, rejected: 1 });
    const x1 = await t.env.handle.db
      .selectFrom('interactions')
      .selectAll()
      .where('id', '=', 'X-1')
      .executeTakeFirstOrThrow();
    expect(x1).toMatchObject({ started_at: '2026-11-11T06:30:00.000Z', talk_seconds: 300, csat: 4 });
    const rejects = await t.qa.get(`/api/interactions/imports/${done.id}/rejects`);
    expect(rejects.body.data).toEqual([expect.objectContaining({ line: 3, code: 'BAD_CSAT' })]);
  });

  it('refuses bad input at once with a clear 4xx, leaving no import behind', async () => {
    const before = await t.qa.get('/api/interactions/imports');
    const cases: [string | Buffer, string, number, string][] = [
      [templateCsv([t.good(31)]), 'cdr-v9', 400, 'UNKNOWN_FORMAT'],
      ['', 'template', 400, 'EMPTY_FILE'],
      [Buffer.from([0x00, 0xff, 0x13, 0x37, 0x00, 0x42]), 'template', 400, 'BAD_FILE'],
      [Buffer.from('工号,时间\n', 'utf16le'), 'template', 400, 'BAD_FILE'],
      ['just some words\nand more words\n', 'template', 400, 'MISSING_COLUMNS'],
      [templateCsv([]), 'template', 400, 'EMPTY_FILE'],
      ['a,b,c\n1,2,3\n', 'asterisk', 400, 'CDR_ROWS_DO_NOT_FIT'],
      [Buffer.from([0x61, 0x2c, 0xc3, 0x28, 0x0a]), 'template', 400, 'ENCODING_NOT_UTF8'],
      [
        Buffer.concat([gbk(templateCsv([t.good(54)])), Buffer.from([0x81, 0x0a])]),
        'template',
        400,
        'ENCODING_NOT_UTF8',
      ], // GBK, broken at the end
    ];
    for (const [content, format, status, code] of cases) {
      const res = await upload(t.qa, content, format);
      expect([res.status, res.body.errorCode], `${format} ${String(content).slice(0, 20)}`).toEqual([status, code]);
      expect(res.body.errorMessage).toEqual(expect.any(String));
    }
    const json = await t.qa.post('/api/interactions/imports', { format: 'template' });
    expect(json.status).toBe(415);
    expect((await t.qa.get('/api/interactions/imports')).body.total).toBe(before.body.total);
    const agent = await t.env.as('agent');
    expect((await upload(agent, templateCsv([t.good(32)]), 'template')).status).toBe(403);
  });

  it('describes its API in the OpenAPI document', async () => {
    const doc = await t.env.anonymous.get('/api/docs/json');
    expect(doc.status).toBe(200);
    for (const path of [
      '/api/interactions/imports',
      '/api/interactions/imports/{id}',
      '/api/interactions/imports/{id}/rejects',
      '/api/interactions/mappings',
      '/api/interactions',
      '/api/kpis/agents/{employeeId}/daily',
      '/api/kpis/teams/{teamId}/agents',
      '/api/kpis/departments/{id}/daily',
    ]) {
      expect(doc.body.paths[path], path).toBeDefined();
    }
  });

  it('downloads the rejected rows as .xlsx and the template as CSV and .xlsx', async () => {
    const done = await waitForImport(
      t.qa,
      (
        await upload(
          t.qa,
          templateCsv([t.good(41), t.good(42, { agent: 'GHOST' }), t.good(43, { startedAt: 'yesterday' })]),
          'template',
        )
      ).body.data.id,
    );
    const file = await download(t.env, 'qa', `/api/interactions/imports/${done.id}/rejects.xlsx`);
    expect(file.status).toBe(200);
    expect(file.type).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as any);
    const sheet = wb.getWorksheet('拒绝行 Rejected rows')!;
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      3,
      'UNKNOWN_AGENT',
      expect.stringContaining('GHOST'),
      expect.stringContaining('T-42'),
    ]);
    expect(sheet.getRow(3).getCell(2).value).toBe('BAD_TIME');
    expect(sheet.rowCount).toBe(3);
    const csv = await t.qa.get('/api/interactions/template?format=csv');
    expect(csv.raw.split('\n')[0]).toContain('交互ID,工号,开始时间');
    const xlsx = await download(t.env, 'qa', '/api/interactions/template?format=xlsx');
    const tpl = new ExcelJS.Workbook();
    await tpl.xlsx.load(xlsx.body as any);
    expect(tpl.worksheets[0].getRow(1).getCell(1).value).toBe('交互ID');
    // In English, for a center whose staff read English: every header is one the import reads.
    const en = await t.qa.get('/api/interactions/template?format=csv&lang=en');
    const [header, example] = en.raw
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\n');
    expect(header).toMatch(/^Interaction ID,Agent,Start time,Direction,Channel/);
    expect(templateColumns(header.split(',')).missing).toEqual([]);
    expect(example).toContain(',in,voice,');
    expect((await t.qa.get('/api/interactions/template?lang=fr')).status).toBe(400);
  });
});
