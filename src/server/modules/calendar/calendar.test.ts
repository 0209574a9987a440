import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../lib/calendar.js';
import { DIALECTS, useTestEnv } from '../../test/harness.js';

describe.each(DIALECTS)('working-day calendar on $name', (dialect) => {
  const env = useTestEnv(dialect);

  it('is seeded from chinese-days for the years the package covers', async () => {
    const user = await env.as('agent');
    const years = await user.get('/api/calendar/years');
    expect(years.status).toBe(200);
    expect(years.body.data.years.map((y: any) => y.year)).toEqual(expect.arrayContaining([2024, 2025, 2026]));
    expect(years.body.data.years.some((y: any) => y.year === 2027)).toBe(false);
    const y2026 = await user.get('/api/calendar/years/2026');
    expect(y2026.body.data.known).toBe(true);
    expect(y2026.body.data.days).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ day: '2026-02-14', kind: 'workday', name: '春节', source: 'package' }),
        expect.objectContaining({ day: '2026-02-17', kind: 'holiday', name: '春节' }),
      ]),
    );
    expect((await user.get('/api/calendar/years/2027')).body.data).toMatchObject({ known: false, days: [] });
  });

  it('counts the Spring Festival notice through the API and says plainly when a year is missing', async () => {
    const user = await env.as('training');
    const res = await user.get('/api/calendar/working-days?from=2026-02-13&days=3');
    expect(res.status).toBe(200);
    expect(res.body.data.ends).toBe('2026-02-25');
    expect(res.body.data.endsAt).toBe('2026-02-25T16:00:00.000Z'); // the end of that day in China time
    expect(res.body.data.span.filter((d: any) => d.working).map((d: any) => d.day)).toEqual([
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
    ]);
    const missing = await user.get('/api/calendar/working-days?from=2026-12-31&days=1');
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({ errorCode: 'CALENDAR_YEAR_MISSING' });
    expect(missing.body.errorMessage).toMatch(/2027/);
    expect(missing.body.params).toEqual({ year: 2027 }); // for the translated message
  });

  it('lets an administrator enter 2027 from the official notice, audited; rules count it only once confirmed', async () => {
    const admin = await env.as('admin');
    const put = await admin.put('/api/calendar/days/2027-01-01', {
      kind: 'holiday',
      name: '元旦',
      reason: '国务院办公厅通知',
    });
    expect(put.status).toBe(200);
    expect(put.body.data).toMatchObject({
      known: false,
      days: [expect.objectContaining({ day: '2027-01-01', kind: 'holiday', source: 'admin' })],
    });
    expect((await admin.get('/api/calendar/working-days?from=2026-12-31&days=1')).status).toBe(422);
    const confirmed = await admin.post('/api/calendar/years/2027/confirm', { reason: '已按通知录入' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.data.known).toBe(true);
    expect(await addWorkingDays(env.handle.db, '2026-12-31', 1)).toBe('2027-01-04'); // Fri 01-01 is the holiday
    expect((await admin.post('/api/calendar/years/2027/confirm', { reason: '再次' })).body.errorCode).toBe(
      'CALENDAR_YEAR_KNOWN',
    );
    const audit = await admin.get('/api/audit?entity=calendar_day');
    expect(JSON.stringify(audit.body)).toContain('2027-01-01');
    // back to ordinary: the Friday counts again
    await admin.put('/api/calendar/days/2027-01-01', { kind: 'ordinary', reason: '撤销' });
    expect(await addWorkingDays(env.handle.db, '2026-12-31', 1)).toBe('2027-01-01');
  });

  it('is changed only by administrators, and a holiday needs a name', async () => {
    const hr = await env.as('hr');
    const res = await hr.put('/api/calendar/days/2026-11-30', { kind: 'holiday', name: '测试', reason: '无权' });
    expect(res.status).toBe(403);
    expect((await hr.get('/api/calendar/years/2026')).body.data.days.some((d: any) => d.day === '2026-11-30')).toBe(
      false,
    );
    const admin = await env.as('admin');
    const unnamed = await admin.put('/api/calendar/days/2026-11-30', { kind: 'holiday', reason: '缺名称' });
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.field).toBe('name');
  });
});
