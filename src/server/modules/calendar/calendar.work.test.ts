import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';

// The home page's calendar work (issue 26): from the settings' warning day (1 November by
// default) an administrator is asked to enter next year's holidays, due 31 December; once the
// year has begun without them the item is late. Entering (or confirming) the year ends it.
// Only administrators manage the calendar, so only they are asked.

type Line = {
  key: string;
  kind: string;
  menu: string;
  due: string | null;
  link: string;
  params: any;
  overdueDays: number;
};

describe.each(DIALECTS)('calendar work on the home page on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let admin: Client, hr: Client, training: Client;

  const calendarLines = async (c: Client) =>
    (((await c.get('/api/home/work')).body.data.items ?? []) as Line[]).filter((l) => l.menu === 'calendar');

  beforeAll(async () => {
    [admin, hr, training] = await Promise.all(['admin', 'hr', 'training'].map((u) => env.as(u)));
  });
  afterAll(() => setClock());

  it('asks the administrator for next year from the warning day, and for this year once late', async () => {
    setClock('2026-10-30T02:00:00Z');
    expect(await calendarLines(admin)).toEqual([]);

    setClock('2026-11-02T02:00:00Z');
    expect(await calendarLines(admin)).toEqual([
      {
        key: 'calendarNextYearMissing:2027',
        kind: 'calendarNextYearMissing',
        menu: 'calendar',
        due: '2026-12-31',
        provisional: false,
        overdueDays: 0,
        link: '/calendar?year=2027',
        params: { year: 2027 },
      },
    ]);
    for (const c of [hr, training]) expect(await calendarLines(c)).toEqual([]);
    expect((await admin.get('/api/home/work')).body.data.counts.calendar).toBe(1);

    setClock('2027-01-06T02:00:00Z'); // the year began without its holidays: late, counted on weekdays
    const [late] = await calendarLines(admin);
    expect(late).toMatchObject({ kind: 'calendarYearMissing', due: '2027-01-01', link: '/calendar?year=2027' });
    expect(late.overdueDays).toBe(3);

    const res = await admin.post('/api/calendar/years/2027/confirm', { reason: '国务院通知已发布，先按周末确认' });
    expect(res.status, res.raw).toBe(200);
    expect(await calendarLines(admin)).toEqual([]);
    expect((await admin.get('/api/home/work')).body.data.counts.calendar).toBeUndefined();
  });
});
