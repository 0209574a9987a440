import { afterEach, describe, expect, it } from 'vitest';
import { addWorkingDays, onCalendarChange, type CalendarChange } from '../../lib/calendar.js';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { auditOf, countRows, expectError } from '../../test/helpers.js';

// Importing and exporting a year of the working-day calendar through HTTP, as an administrator
// does it from the calendar page: preview, apply with a reason, export, and the warning that
// next year is missing.

function multipart(fileName: string, content: Buffer, fields: Record<string, string> = {}) {
  const boundary = `----seatwise${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([...parts, Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const preview = (c: Client, year: number, fileName: string, content: string | Buffer) =>
  c.raw({
    method: 'POST',
    url: `/api/calendar/years/${year}/import/preview`,
    ...multipart(fileName, Buffer.from(content)),
  });
const apply = (c: Client, year: number, fileName: string, content: string | Buffer, fields: Record<string, string>) =>
  c.raw({
    method: 'POST',
    url: `/api/calendar/years/${year}/import`,
    ...multipart(fileName, Buffer.from(content), fields),
  });

const FILE_2027 = '日期,类型,名称\n2027-01-01,休,元旦\n2027-02-06,班,春节调休\n2027-10-01,休,国庆节\n';

describe.each(DIALECTS)('calendar import and export on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const daysOf = (year: number) =>
    env.handle.db
      .selectFrom('calendar_days')
      .select(['day', 'kind', 'name', 'source'])
      .where('day', '>=', `${year}-01-01`)
      .where('day', '<=', `${year}-12-31`)
      .orderBy('day')
      .execute();
  const yearKnown = async (year: number) =>
    !!(await env.handle.db.selectFrom('calendar_years').select('year').where('year', '=', year).executeTakeFirst());

  it('previews what a file adds, changes, removes and leaves, and writes nothing', async () => {
    const admin = await env.as('admin');
    for (const [day, kind, name] of [
      ['2027-01-01', 'holiday', '元旦'],
      ['2027-02-06', 'workday', '春节'],
      ['2027-05-01', 'holiday', '劳动节'],
    ]) {
      expect((await admin.put(`/api/calendar/days/${day}`, { kind, name, reason: '先录入几天' })).status).toBe(200);
    }
    const before = await daysOf(2027);
    const res = await preview(admin, 2027, '2027.csv', FILE_2027);
    expect(res.status, res.raw).toBe(200);
    const p = res.body.data;
    expect(p).toMatchObject({
      year: 2027,
      yearKnown: false,
      format: 'csv',
      encoding: 'utf-8',
      rowsRead: 3,
      errors: 0,
      warnings: 0,
      problems: [],
    });
    expect(p.counts).toEqual({ add: 1, change: 1, remove: 1, unchanged: 1 });
    expect(p.days.map((d: any) => `${d.day} ${d.change}`)).toEqual([
      '2027-01-01 unchanged',
      '2027-02-06 change',
      '2027-05-01 remove',
      '2027-10-01 add',
    ]);
    expect(p.days[1]).toMatchObject({
      weekday: 6,
      line: 3,
      before: { kind: 'workday', name: '春节', source: 'admin' },
      after: { kind: 'workday', name: '春节调休' },
    });
    expect(p.days[2]).toMatchObject({ before: { name: '劳动节' }, after: null });
    expect(await daysOf(2027)).toEqual(before);
    expect(await yearKnown(2027)).toBe(false);
  });

  it('applies a file in one go: days, an audit row per day with the reason, and the year confirmed', async () => {
    const admin = await env.as('admin');
    const res = await apply(admin, 2027, '2027.csv', FILE_2027, {
      reason: '国办发明电〔2026〕1号',
      confirmYear: 'true',
    });
    expect(res.status, res.raw).toBe(200);
    expect(res.body.data).toMatchObject({
      year: 2027,
      known: true,
      source: 'admin',
      applied: { added: 1, changed: 1, removed: 1, yearConfirmed: true },
    });
    expect((await daysOf(2027)).map((d) => `${d.day} ${d.kind} ${d.name} ${d.source}`)).toEqual([
      '2027-01-01 holiday 元旦 admin',
      '2027-02-06 workday 春节调休 admin',
      '2027-10-01 holiday 国庆节 admin',
    ]);
    expect(await yearKnown(2027)).toBe(true);
    const changed = await auditOf(env.handle.db, 'calendar_day', '2027-02-06');
    expect(changed.at(-1)).toMatchObject({
      action: 'update',
      reason: '国办发明电〔2026〕1号',
      old_value: { kind: 'workday', name: '春节' },
      new_value: { kind: 'workday', name: '春节调休' },
    });
    expect((await auditOf(env.handle.db, 'calendar_day', '2027-05-01')).at(-1)).toMatchObject({
      action: 'delete',
      new_value: { kind: 'ordinary' },
    });
    expect((await auditOf(env.handle.db, 'calendar_day', '2027-10-01')).at(-1)).toMatchObject({ action: 'create' });
    expect(await auditOf(env.handle.db, 'calendar_day', '2027-01-01')).toHaveLength(1); // unchanged: only the first entry
    expect((await auditOf(env.handle.db, 'calendar_year', '2027')).map((a) => a.action).sort()).toEqual([
      'create',
      'import',
    ]);
    // The rules count on it at once: Friday 2027-01-01 is a holiday.
    expect(await addWorkingDays(env.handle.db, '2026-12-31', 1)).toBe('2027-01-04');
    // The same file again changes nothing and confirming a known year is no error.
    const again = await apply(admin, 2027, '2027.csv', FILE_2027, { reason: '再次导入', confirmYear: 'true' });
    expect(again.body.data.applied).toEqual({ added: 0, changed: 0, removed: 0, yearConfirmed: false });
  });

  it('refuses a file with errors with 422 and the lines, and writes nothing; warnings alone do not block', async () => {
    const admin = await env.as('admin');
    const before = await daysOf(2027);
    const bad =
      'date,kind,name\n2027-01-01,holiday,元旦\n2027-02-30,holiday,假日\n2027-03-01,vacation,出游\n2028-01-01,holiday,元旦\n2027-01-01,workday,元旦\n2027-03-03,workday,周三\n';
    const p = (await preview(admin, 2027, 'bad.csv', bad)).body.data;
    expect(p.problems.map((x: any) => `${x.line} ${x.severity} ${x.code}`)).toEqual([
      '3 error BAD_DATE',
      '4 error UNKNOWN_KIND',
      '5 error OUTSIDE_YEAR',
      '6 error DUPLICATE_DATE',
      '7 warning WEEKDAY_WORKDAY',
    ]);
    expect(p).toMatchObject({ errors: 4, warnings: 1 });
    expect(p.counts.remove).toBe(0); // a file with errors is not the whole year: no removals shown
    const res = await apply(admin, 2027, 'bad.csv', bad, { reason: '有错的文件' });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      success: false,
      errorCode: 'CALENDAR_FILE_INVALID',
      field: 'file',
      params: { errors: 4, line: 3, lines: '3, 4, 5, 6', code: 'BAD_DATE' },
    });
    expect(res.body.errorMessage).toMatch(/line 3: BAD_DATE/);
    expect(await daysOf(2027)).toEqual(before);

    const empty = await apply(admin, 2027, 'empty.csv', '', { reason: '空文件' });
    expect(empty.body).toMatchObject({ errorCode: 'CALENDAR_FILE_INVALID', params: { code: 'EMPTY_FILE' } });
    const big = await preview(admin, 2027, 'big.csv', Buffer.alloc(1024 * 1024 + 10, 'a'));
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ errorCode: 'CALENDAR_FILE_TOO_LARGE', params: { maxKb: 1024 } });
    const noReason = await apply(admin, 2027, '2027.csv', FILE_2027, { confirmYear: 'true' });
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({ errorCode: 'VALIDATION_FAILED', field: 'reason' });
    expect(await daysOf(2027)).toEqual(before);

    // A make-up workday on a Wednesday works anyway: a warning, and the file still applies.
    const warned = await apply(admin, 2027, 'ok.csv', `${FILE_2027}2027-03-03,班,周三\n`, { reason: '含一条提醒' });
    expect(warned.status, warned.raw).toBe(200);
    expect(warned.body.data.applied).toMatchObject({ added: 1, removed: 0 });
  });

  it('recounts deadlines over the changed days in the same transaction, and writes nothing when that fails', async () => {
    const calls: CalendarChange[] = [];
    let fail = false;
    onCalendarChange('calendar-files-test', async (_trx, _actor, change) => {
      calls.push(change);
      if (fail) throw new Error('a deadline could not be recounted');
      return 0;
    });
    const admin = await env.as('admin');
    const file = 'date,kind,name\n2028-01-01,holiday,元旦\n2028-01-29,workday,春节\n2028-10-02,holiday,国庆节\n';
    expect((await apply(admin, 2028, '2028.csv', file, { reason: '先录入，不确认' })).status).toBe(200);
    expect(calls.at(-1)).toEqual({ from: '2028-01-01', to: '2028-10-02', reason: '先录入，不确认' });
    // Confirming the year makes all of it countable: the whole year is recounted.
    expect((await apply(admin, 2028, '2028.csv', file, { reason: '确认全年', confirmYear: 'true' })).status).toBe(200);
    expect(calls.at(-1)).toEqual({ from: '2028-01-01', to: '2028-12-31', reason: '确认全年' });

    fail = true;
    const before = { days: await daysOf(2028), audit: await countRows(env.handle.db, 'audit_log') };
    const res = await apply(admin, 2028, '2028.csv', `${file}2028-05-01,holiday,劳动节\n`, { reason: '重算失败' });
    expect(res.status).toBe(500);
    expect({ days: await daysOf(2028), audit: await countRows(env.handle.db, 'audit_log') }).toEqual(before);
    fail = false;
  });

  it('is imported only by administrators; everyone may export', async () => {
    for (const who of ['hr', 'training', 'agent']) {
      const c = await env.as(who);
      expect((await preview(c, 2027, '2027.csv', FILE_2027)).status).toBe(403);
      expect((await apply(c, 2027, '2027.csv', FILE_2027, { reason: '无权导入' })).status).toBe(403);
      expect((await c.get('/api/calendar/template')).status).toBe(403);
    }
    const agent = await env.as('agent');
    const csv = await agent.get('/api/calendar/years/2026/export');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.raw).toMatch(/^\uFEFFdate,kind,name\r\n2026-01-01,holiday,/);
  });

  it('exports a year that imports back as all unchanged, as CSV and as .ics', async () => {
    const admin = await env.as('admin');
    for (const format of ['csv', 'ics'] as const) {
      const file = await admin.get(`/api/calendar/years/2026/export?format=${format}`);
      expect(file.status).toBe(200);
      expect(String(file.headers['content-disposition'])).toContain(`calendar-2026.${format}`);
      const p = (await preview(admin, 2026, `calendar-2026.${format}`, file.raw)).body.data;
      expect(p.format).toBe(format);
      expect(p.errors).toBe(0);
      expect(p.counts.unchanged).toBeGreaterThan(20);
      expect(p.counts).toMatchObject({ add: 0, change: 0, remove: 0 });
    }
  });

  it('words the export in the reader’s language, and either language imports back unchanged', async () => {
    const admin = await env.as('admin');
    const zh = await admin.get('/api/calendar/years/2026/export?format=ics&locale=zh-CN');
    expect(String(zh.headers['content-disposition'])).toContain(
      `filename*=UTF-8''${encodeURIComponent('工作日历-2026.ics')}`,
    );
    expect(zh.raw).toContain('（休）');
    const en = await admin.get('/api/calendar/years/2026/export?format=ics&locale=en-US');
    expect(String(en.headers['content-disposition'])).toContain("filename*=UTF-8''calendar-2026.ics");
    expect(en.raw).toContain('（holiday）');
    expect(en.raw).not.toMatch(/（[休班]）|节假日与调休/);
    const p = (await preview(admin, 2026, 'calendar-2026.ics', en.raw)).body.data;
    expect(p.counts).toMatchObject({ add: 0, change: 0, remove: 0 });
    expectError(await admin.get('/api/calendar/years/2026/export?locale=fr-FR'), 400, 'VALIDATION_FAILED');
  });

  it('gives a template that imports without errors', async () => {
    const admin = await env.as('admin');
    for (const lang of ['zh', 'en']) {
      const t = await admin.get(`/api/calendar/template?lang=${lang}`);
      expect(t.status).toBe(200);
      expect(t.raw.split('\r\n')[0]).toBe(lang === 'zh' ? '\uFEFF日期,类型,名称' : '\uFEFFdate,kind,name');
      const year = Number(t.raw.split('\r\n')[1].slice(0, 4));
      const p = (await preview(admin, year, 'template.csv', t.raw)).body.data;
      expect(p).toMatchObject({ rowsRead: 2, errors: 0, warnings: 0 });
    }
  });
});

describe.each(DIALECTS)('the next-year warning on $name', (dialect) => {
  const env = useTestEnv(dialect);
  afterEach(() => setClock());

  it('warns from 1 November when next year is missing, and when this year is', async () => {
    const hr = await env.as('hr');
    const admin = await env.as('admin');
    setClock('2026-10-31T02:00:00Z');
    expect((await hr.get('/api/calendar/status')).body.data).toEqual({
      today: '2026-10-31',
      currentYearKnown: true,
      nextYear: 2027,
      nextYearKnown: false,
      warnFrom: '2026-11-01',
      warn: false,
    });
    setClock('2026-11-01T02:00:00Z');
    expect((await hr.get('/api/calendar/status')).body.data).toMatchObject({ today: '2026-11-01', warn: true });

    setClock('2027-11-02T02:00:00Z'); // 2027 itself is missing: warned whatever the day
    expect((await hr.get('/api/calendar/status')).body.data).toMatchObject({
      today: '2027-11-02',
      currentYearKnown: false,
      nextYear: 2028,
      warn: true,
    });
    expect((await admin.post('/api/calendar/years/2027/confirm', { reason: '已按通知录入' })).status).toBe(200);
    expect((await hr.get('/api/calendar/status')).body.data).toMatchObject({
      currentYearKnown: true,
      nextYearKnown: false,
      warnFrom: '2027-11-01',
      warn: true,
    });

    // The day comes from the settings.
    expect(
      (await admin.put('/api/settings/calendar.warnFromMonth', { value: 12, reason: '十二月再提醒' })).status,
    ).toBe(200);
    expect((await hr.get('/api/calendar/status')).body.data).toMatchObject({ warnFrom: '2027-12-01', warn: false });
    expect((await admin.post('/api/calendar/years/2028/confirm', { reason: '已按通知录入' })).status).toBe(200);
    setClock('2027-12-05T02:00:00Z');
    expect((await hr.get('/api/calendar/status')).body.data).toMatchObject({ nextYearKnown: true, warn: false });
  });
});
