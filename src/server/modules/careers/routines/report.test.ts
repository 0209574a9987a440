import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetCalendar } from '../../../lib/calendar.js';
import { setClock } from '../../../lib/clock.js';
import { DEMO_PASSWORD } from '../../../demo/seed.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { accountFor, ensureCalendarYears, expectError, idsInTeams } from '../../../test/helpers.js';
import { okData } from '../../training/shared/training.testkit.js';
import { routinesKit } from './routines.testkit.js';

// Completion by lead and month on a constructed November 2026: a daily, a weekly and a monthly
// duty; two weekdays made holidays and a Saturday a make-up workday in the calendar, so the daily
// duty is due on 20 working days; weeks belong to the month of their Thursday; a running period
// is missed only once it has ended. Managers see their department's leads, HR all.

describe.each(DIALECTS)('routine completion on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let k: Awaited<ReturnType<typeof routinesKit>>;
  let farLeadId: string;
  const at = (day: string) => setClock(`${day}T02:00:00Z`); // 10:00 in the center

  beforeAll(async () => {
    at('2026-10-30');
    const db = env.handle.db;
    await ensureCalendarYears(env, '2026-01-01', '2026-12-31');
    k = await routinesKit(env);
    [farLeadId] = await idsInTeams(db, ['CS2-1']);
    await accountFor(env, farLeadId, ['team_lead'], 'routinelead3');
    await db.deleteFrom('calendar_days').where('day', '>=', '2026-11-01').where('day', '<=', '2026-11-30').execute();
    await db
      .insertInto('calendar_days')
      .values(
        [
          ['2026-11-11', 'holiday'],
          ['2026-11-12', 'holiday'],
          ['2026-11-14', 'workday'],
        ].map(([day, kind]) => ({
          day,
          kind,
          name: '测试',
          source: 'admin',
          updated_by: null,
          updated_at: '2026-10-30T00:00:00Z',
        })),
      )
      .execute();
    forgetCalendar(db);
    await db.updateTable('career_routine_items').set({ active: 0 }).execute();
    const item = async (period: string, title: string) =>
      okData(await k.manager.post('/api/careers/routines/items', { period, title })).id as string;
    const daily = await item('daily', '日清');
    const weekly = await item('weekly', '周例会');
    const monthly = await item('monthly', '月总结');
    const tick = async (day: string, itemId: string) => {
      at(day);
      okData(await k.lead.post('/api/careers/routines/ticks', { itemId }));
    };
    for (const day of ['2026-11-02', '2026-11-03', '2026-11-11', '2026-11-14', '2026-11-30']) await tick(day, daily);
    await tick('2026-11-01', weekly); // the week of Thursday 29 October
    await tick('2026-11-03', weekly);
    await tick('2026-11-23', weekly);
    await tick('2026-11-30', monthly);
    await tick('2026-12-10', daily);
  });
  afterAll(() => setClock());

  const row = (rows: any[], id: string) => rows.find((r) => r.employeeId === id);

  it('counts due, done and missed by month on the calendar’s working days', async () => {
    at('2026-12-10');
    const rows = okData<any[]>(await k.manager.get('/api/careers/routines/report?from=2026-10&to=2026-12'));
    const [oct, nov, dec] = row(rows, k.leadId).months;
    // November: daily 20 working days (4 ticked on them; the holiday's tick is not due), weekly 4
    // weeks (2 ticked), monthly 1 (ticked).
    expect(nov).toEqual({ month: '2026-11', due: 25, done: 7, missed: 18, percent: 28, provisionalYear: null });
    expect(oct.done).toBe(1);
    // December so far: 7 working days ended unticked, W49 ended unticked; today's tick counts,
    // this week and this month are still running.
    expect(dec).toEqual({ month: '2026-12', due: 9, done: 1, missed: 8, percent: 11.1, provisionalYear: null });
    expect(row(rows, k.lead2Id).months[1]).toMatchObject({ due: 25, done: 0, missed: 25, percent: 0 });
  });

  it('drills into one lead’s month instance by instance', async () => {
    at('2026-12-10');
    const m = okData(await k.manager.get(`/api/careers/routines/report/${k.leadId}?month=2026-11`));
    expect(m).toMatchObject({ employeeId: k.leadId, due: 25, done: 7 });
    const days = m.instances.filter((i: any) => i.period === 'daily').map((i: any) => i.key);
    expect(days).toHaveLength(20);
    expect(days).toContain('2026-11-14');
    expect(days).not.toContain('2026-11-11');
    const weeks = m.instances.filter((i: any) => i.period === 'weekly');
    expect(weeks.map((w: any) => [w.key, w.state])).toEqual([
      ['2026-W45', 'done'],
      ['2026-W46', 'missed'],
      ['2026-W47', 'missed'],
      ['2026-W48', 'done'],
    ]);
    const dec = okData(await k.manager.get(`/api/careers/routines/report/${k.leadId}?month=2026-12`));
    expect(dec.instances.filter((i: any) => i.state === 'open').map((i: any) => i.key)).toEqual([
      '2026-W50',
      '2026-12',
    ]);
  });

  it('shows each reader the leads in their scope only', async () => {
    at('2026-12-10');
    const hr = await env.as('hr');
    const all = okData<any[]>(await hr.get('/api/careers/routines/report?from=2026-11&to=2026-11'));
    expect(all.map((r) => r.employeeId)).toEqual(expect.arrayContaining([k.leadId, k.lead2Id, farLeadId]));
    const dept = okData<any[]>(await k.manager.get('/api/careers/routines/report?from=2026-11&to=2026-11'));
    expect(dept.map((r) => r.employeeId)).not.toContain(farLeadId);
    expectError(await k.manager.get(`/api/careers/routines/report/${farLeadId}?month=2026-11`), 404);
    expectError(await k.lead.get('/api/careers/routines/report?from=2026-11&to=2026-11'), 403);
    expectError(await hr.get('/api/careers/routines/report?from=2026-12&to=2026-11'), 422, 'ROUTINE_REPORT_RANGE');
    expectError(await hr.get('/api/careers/routines/report?from=2025-01&to=2026-12'), 422, 'ROUTINE_REPORT_RANGE');
  });

  it('downloads the same table as .xlsx in the reader’s language', async () => {
    at('2026-12-10');
    const login = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'manager', password: DEMO_PASSWORD },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const res = await env.app.inject({
      method: 'GET',
      url: '/api/careers/routines/report/export.xlsx?from=2026-11&to=2026-12&locale=en-US',
      headers: { cookie },
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(String(res.headers['content-disposition'])).toMatch(/filename="routine-completion-2026-11_2026-12.xlsx"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const rows: unknown[][] = [];
    wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const header = rows[0] as string[];
    expect(header.slice(0, 5)).toEqual(['Team lead', 'Team', 'Department', '2026-11 due', '2026-11 done']);
    const lead = rows.find((r) => r[0] === k.lead.me.name)!;
    expect(lead.slice(3, 11)).toEqual([25, 7, 18, 28, 9, 1, 8, 11.1]);
  });
});
