import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { accountFor, countRows, employeeIdOf, expectError } from '../../../test/helpers.js';
import { identity } from '../../people/identity.service.js';
import { at, myDays, punchCsv, punchXlsx, schedule, upload } from './clock.testkit.js';

// Punches imported and matched to the schedule through the API (issue 19 item 2): grace,
// half-day absence, absence, missing punches, a night shift across midnight, a Sunday make-up
// workday, web punches and pending days, all-or-nothing imports. Far from the demo's dates.

describe.each(DIALECTS)('attendance clock: import and matching ($name)', (c) => {
  const env = useTestEnv(c);
  let hr: Client;
  let agent: Client;
  let agentId: string;
  let agentNo: string;

  beforeAll(async () => {
    setClock('2027-03-20T02:00:00Z');
    hr = await env.as('hr');
    agent = await env.as('agent');
    agentId = await employeeIdOf(env.handle.db, 'agent');
    agentNo = (await identity(env.handle.db, agentId))!.employeeNo;
    await schedule(env.handle.db, agentId, [
      ['2027-03-01', '09:00', '18:00'],
      ['2027-03-02', '09:00', '18:00'],
      ['2027-03-03', '09:00', '18:00'],
      ['2027-03-04', '09:00', '18:00'],
      ['2027-03-05', '09:00', '18:00'],
      ['2027-03-06', null],
      ['2027-03-07', '09:00', '18:00'], // a Sunday, rostered as a make-up workday (调休上班)
      ['2027-03-08', '22:00', '06:00'], // night shift into 03-09
      ['2027-03-10', '09:00', '18:00'],
      ['2027-03-11', '09:00', '18:00'],
    ]);
  });
  afterAll(() => setClock());

  const rows = () => [
    [agentNo, '2027-03-01 08:58', 'A-01'],
    [agentNo, '2027-03-01 18:02', 'A-01'],
    [agentNo, '2027-03-02 09:05:40', 'A-01'], // within the grace
    [agentNo, '2027/3/2 18:00', 'A-01'],
    [agentNo, '2027-03-03 09:12', 'A-01'],
    [agentNo, '2027-03-03 18:00', 'A-01'],
    [agentNo, '2027-03-04 09:45', 'A-01'], // 45 min late: half-day absence
    [agentNo, '2027-03-04 18:00', 'A-01'],
    // 03-05: nothing (absent)
    [agentNo, '2027-03-06 10:00', 'A-01'], // on a rest day: ignored
    [agentNo, '2027-03-07 08:59', 'A-02'],
    [agentNo, '2027-03-07 18:01', 'A-02'],
    [agentNo, '2027-03-08 21:55', 'A-02'],
    [agentNo, '2027-03-09 06:03', 'A-02'], // the night shift's punch-out, next center day
    [agentNo, '2027-03-10 08:50', null], // no punch-out: missing
    [agentNo, '2027-03-11 09:00', null],
    [agentNo, '2027-03-11 17:40', null], // 20 min early
  ];

  it('imports a file and matches every rule', async () => {
    const preview = await upload(hr, 'preview', 'march.csv', punchCsv(rows()));
    expect(preview.status, preview.raw).toBe(200);
    expect(preview.body.data).toMatchObject({ totalRows: 16, accepted: 16, rejected: 0, alreadyStored: 0, people: 1 });
    expect(await countRows(env.handle.db, 'attendance_punches')).toBe(0);

    const res = await upload(hr, 'import', 'march.csv', punchCsv(rows()));
    expect(res.status, res.raw).toBe(200);
    expect(res.body.data).toMatchObject({ added: 16, alreadyStored: 0 });

    const days = await myDays(agent, '2027-03-01', '2027-03-11');
    const outcome = (d: string) => (days.get(d) as any)?.outcome;
    expect(outcome('2027-03-01')).toBe('on_time');
    expect(outcome('2027-03-02')).toBe('on_time');
    expect(days.get('2027-03-03')).toMatchObject({ outcome: 'late', lateMinutes: 12, resolution: 'open' });
    expect(days.get('2027-03-04')).toMatchObject({ outcome: 'half_day_absent', lateMinutes: 45 });
    expect(outcome('2027-03-05')).toBe('absent');
    expect(outcome('2027-03-06')).toBe('rest');
    expect(days.get('2027-03-07')).toMatchObject({ outcome: 'on_time', firstIn: at('2027-03-07', '08:59') });
    expect(days.get('2027-03-08')).toMatchObject({ outcome: 'on_time', lastOut: at('2027-03-09', '06:03') });
    expect(days.has('2027-03-09')).toBe(false); // not on the schedule
    expect(outcome('2027-03-10')).toBe('missing_out');
    expect(days.get('2027-03-11')).toMatchObject({ outcome: 'early_leave', earlyMinutes: 20 });
  });

  it('importing the same file again adds nothing', async () => {
    const res = await upload(hr, 'import', 'march.csv', punchCsv(rows()));
    expect(res.status, res.raw).toBe(200);
    expect(res.body.data).toMatchObject({ added: 0, alreadyStored: 16 });
    expect(await countRows(env.handle.db, 'attendance_punches')).toBe(16);
  });

  it('one unknown employee: a clear row error and nothing written', async () => {
    const before = await countRows(env.handle.db, 'attendance_punches');
    const file = punchCsv([
      [agentNo, '2027-03-12 08:55', 'A-01'],
      ['NOBODY-999', '2027-03-12 08:56', 'A-01'],
      [agentNo, '2027-03-12 18:05', 'A-01'],
    ]);
    const preview = await upload(hr, 'preview', 'bad.csv', file);
    expect(preview.status, preview.raw).toBe(200);
    expect(preview.body.data).toMatchObject({ accepted: 2, rejected: 1 });
    expect(preview.body.data.errors).toEqual([{ line: 3, code: 'UNKNOWN_EMPLOYEE', value: 'NOBODY-999' }]);
    const res = await upload(hr, 'import', 'bad.csv', file);
    expectError(res, 422, 'CLOCK_IMPORT_HAS_ERRORS', 'file');
    expect(res.body.params).toMatchObject({ rejected: 1, line: 3, code: 'UNKNOWN_EMPLOYEE' });
    expect(await countRows(env.handle.db, 'attendance_punches')).toBe(before);
    expect(await countRows(env.handle.db, 'attendance_imports')).toBe(2);
  });

  it('bad times and duplicates in a file are row errors', async () => {
    const file = punchCsv([
      [agentNo, '2027-02-30 08:55', null],
      [agentNo, 'yesterday', null],
      ['', '2027-03-12 08:55', null],
      [agentNo, '2027-03-12 08:55', null],
      [agentNo, '2027-03-12 08:55:00', null],
    ]);
    const res = await upload(hr, 'preview', 'dup.csv', file);
    expect(res.body.data.errors.map((e: { code: string }) => e.code)).toEqual([
      'BAD_TIME',
      'BAD_TIME',
      'MISSING_EMPLOYEE_NO',
      'DUPLICATE_IN_FILE',
    ]);
  });

  it('reads another clock’s export through a column mapping, date and time in two columns, .xlsx', async () => {
    await schedule(env.handle.db, agentId, [['2027-03-15', '09:00', '18:00']]);
    const file = await punchXlsx(
      [
        [agentNo, '2027-03-15', '08:57', 'Door'],
        [agentNo, '2027-03-15', '18:03', 'Door'],
      ],
      ['考勤号', 'Day', 'Clock', 'Terminal'],
    );
    const missing = await upload(hr, 'preview', 'export.xlsx', file);
    expectError(missing, 400, 'MISSING_COLUMNS');
    const bad = await upload(hr, 'preview', 'export.xlsx', file, { employeeNo: 'x'.repeat(101) });
    expectError(bad, 400, 'VALIDATION_FAILED', 'employeeNo');
    const wrong = await upload(hr, 'preview', 'export.xlsx', file, { employeeNo: '工号', time: 'Clock' });
    expectError(wrong, 400, 'MAPPED_COLUMN_MISSING', 'employeeNo');
    const mapping = { employeeNo: '考勤号', date: 'Day', time: 'Clock', device: 'Terminal' };
    const res = await upload(hr, 'import', 'export.xlsx', file, mapping);
    expect(res.status, res.raw).toBe(200);
    expect(res.body.data.added).toBe(2);
    expect((await myDays(agent, '2027-03-15', '2027-03-15')).get('2027-03-15')).toMatchObject({ outcome: 'on_time' });
  });

  it('web punch: pending during the shift, matched once it has ended', async () => {
    await schedule(env.handle.db, agentId, [['2027-03-22', '09:00', '18:00']]);
    setClock(at('2027-03-22', '09:03'));
    const first = await agent.post('/api/attendance/clock/punch');
    expect(first.status, first.raw).toBe(200);
    expect(first.body.data.day).toMatchObject({
      day: '2027-03-22',
      outcome: 'pending',
      firstIn: at('2027-03-22', '09:03'),
    });
    const card = await agent.get('/api/attendance/my/attendance?from=2027-03-22&to=2027-03-22');
    expect(card.body.data.today).toMatchObject({ day: '2027-03-22', startsAt: at('2027-03-22', '09:00') });
    expect(card.body.data.punchesToday).toEqual([at('2027-03-22', '09:03')]);
    setClock(at('2027-03-22', '18:30'));
    // nobody punched out, but the day is read after its end: settled as a missing punch
    expect((await myDays(agent, '2027-03-22', '2027-03-22')).get('2027-03-22')).toMatchObject({
      outcome: 'missing_out',
    });
    await agent.post('/api/attendance/clock/punch');
    expect((await myDays(agent, '2027-03-22', '2027-03-22')).get('2027-03-22')).toMatchObject({ outcome: 'on_time' });
    setClock('2027-03-20T02:00:00Z');
  });

  it('my attendance defaults to the current month and refuses a reversed or long range', async () => {
    const res = await agent.get('/api/attendance/my/attendance');
    expect(res.status, res.raw).toBe(200);
    expect(res.body.data.days.map((d: { day: string }) => d.day)).toContain('2027-03-01');
    expectError(
      await agent.get('/api/attendance/my/attendance?from=2027-03-10&to=2027-03-01'),
      422,
      'BAD_DATE_RANGE',
      'to',
    );
    expectError(
      await agent.get('/api/attendance/my/attendance?from=2027-01-01&to=2027-06-01'),
      422,
      'RANGE_TOO_LONG',
      'to',
    );
  });

  it('an account without a person cannot punch', async () => {
    const { client } = await accountFor(env, null, ['hr'], 'clocknobody');
    expectError(await client.post('/api/attendance/clock/punch'), 422, 'NO_EMPLOYEE');
    expectError(await client.get('/api/attendance/my/attendance?from=2027-03-01&to=2027-03-02'), 422, 'NO_EMPLOYEE');
  });

  it('a schedule change re-matches the day', async () => {
    await schedule(env.handle.db, agentId, [['2027-03-05', null]]);
    expect((await myDays(agent, '2027-03-05', '2027-03-05')).get('2027-03-05')).toMatchObject({ outcome: 'rest' });
  });

  it('matches with the grace and half-day settings of the moment', async () => {
    const admin = await env.as('admin');
    const put = async (key: string, value: number) => {
      const res = await admin.put(`/api/settings/attendance.clock.${key}`, { value, reason: '测试考勤设置' });
      expect(res.status, res.raw).toBe(200);
    };
    try {
      await put('graceMinutes', 15);
      await put('halfDayAbsentMinutes', 60);
      await schedule(env.handle.db, agentId, [
        ['2027-03-16', '09:00', '18:00'],
        ['2027-03-17', '09:00', '18:00'],
      ]);
      const file = punchCsv([
        [agentNo, '2027-03-16 09:12', null], // 12 min late: within a 15-minute grace
        [agentNo, '2027-03-16 18:00', null],
        [agentNo, '2027-03-17 09:45', null], // 45 min late: under a 60-minute half-day threshold
        [agentNo, '2027-03-17 18:00', null],
      ]);
      expect((await upload(hr, 'import', 'settings.csv', file)).status).toBe(200);
      const days = await myDays(agent, '2027-03-16', '2027-03-17');
      expect(days.get('2027-03-16')).toMatchObject({ outcome: 'on_time', lateMinutes: 0 });
      expect(days.get('2027-03-17')).toMatchObject({ outcome: 'late', lateMinutes: 45 });
    } finally {
      await put('graceMinutes', 5);
      await put('halfDayAbsentMinutes', 30);
    }
    // the defaults again: a schedule change re-matches the same punches
    await schedule(env.handle.db, agentId, [
      ['2027-03-16', '09:00', '18:00'],
      ['2027-03-17', '09:00', '18:00'],
    ]);
    const days = await myDays(agent, '2027-03-16', '2027-03-17');
    expect(days.get('2027-03-16')).toMatchObject({ outcome: 'late', lateMinutes: 12 });
    expect(days.get('2027-03-17')).toMatchObject({ outcome: 'half_day_absent', lateMinutes: 45 });
  });

  it('only HR and administrators import', async () => {
    const lead = await env.as('teamlead');
    expectError(await upload(lead, 'preview', 'x.csv', punchCsv([[agentNo, '2027-03-01 08:00', null]])), 403);
    expectError(await agent.get('/api/attendance/clock/template'), 403);
    const tpl = await hr.get('/api/attendance/clock/template?format=csv');
    expect(tpl.status).toBe(200);
    expect(tpl.raw).toContain('工号,打卡时间,设备');
    const xlsx = await hr.get('/api/attendance/clock/template?format=xlsx&locale=en-US');
    expect(xlsx.status).toBe(200);
    expect(String(xlsx.headers['content-type'])).toContain('spreadsheetml');
  });
});
