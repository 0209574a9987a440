import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { todayInCenter } from '../../lib/center-time.js';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { auditOf, expectError } from '../../test/helpers.js';
import { templateCsv, upload, useTempImportDir, waitForImport } from '../interactions/test-kit.js';

useTempImportDir();

// A center west of Greenwich (issue 15): center.utcOffsetMinutes may be negative (−720…840), and
// "today" and the days calls are counted on follow the center's own calendar. New York is UTC−5
// in winter: at 2027-01-05T03:00Z it is still the evening of 4 January there, while in Shanghai
// (UTC+8) it is 11:00 on 5 January.
describe.each(DIALECTS)('a center west of UTC on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let agentId: string;
  let agentNo: string;

  beforeAll(async () => {
    agentId = (
      await db().selectFrom('users').select('employee_id').where('username', '=', 'agent').executeTakeFirstOrThrow()
    ).employee_id!;
    agentNo = (
      await db().selectFrom('employees').select('employee_no').where('id', '=', agentId).executeTakeFirstOrThrow()
    ).employee_no;
  });
  afterEach(() => setClock());

  // Signed in after the clock is moved: a session from the machine's today has expired by 2027.
  const admin = () => env.as('admin');
  const setOffset = async (c: Client, value: number) => {
    const res = await c.put('/api/settings/center.utcOffsetMinutes', { value, reason: '中心迁至纽约' });
    expect(res.status, res.raw).toBe(200);
  };
  const kpiDays = async (c: Client, query = '') => {
    const res = await c.get(`/api/kpis/agents/${agentId}/daily${query}`);
    expect(res.status, res.raw.slice(0, 300)).toBe(200);
    return res.body.data.days as { day: string; offered: number }[];
  };

  it('lets an administrator set −300 with a reason and gives it back; refuses less than −720 or more than 840 with the bounds', async () => {
    const c = await admin();
    await setOffset(c, -300);
    const listed = (await c.get('/api/settings')).body.data.find(
      (s: { key: string }) => s.key === 'center.utcOffsetMinutes',
    );
    expect(listed).toMatchObject({ value: -300, defaultValue: 480, min: -720, max: 840, needsRestart: false });
    expect((await auditOf(db(), 'setting', 'center.utcOffsetMinutes')).at(-1)).toMatchObject({
      old_value: 480,
      new_value: -300,
      reason: '中心迁至纽约',
    });

    for (const value of [-800, 900, -721, 841]) {
      const res = await c.put('/api/settings/center.utcOffsetMinutes', { value, reason: '超出范围' });
      expectError(res, 400, 'SETTING_OUT_OF_RANGE', 'value');
      expect(res.body.params).toEqual({ min: -720, max: 840 });
    }
    expectError(
      await c.put('/api/settings/center.utcOffsetMinutes', { value: -300.5, reason: '半分钟' }),
      400,
      'SETTING_NOT_WHOLE',
      'value',
    );
    // The bounds are this key's own: a count still may not go below 0.
    expectError(
      await c.put('/api/settings/auth.lockMinutes', { value: -1, reason: '负数' }),
      400,
      'BAD_SETTING_VALUE',
      'value',
    );
    // The edges themselves are accepted (UTC−12 and UTC+14).
    await setOffset(c, -720);
    await setOffset(c, 840);
    await setOffset(c, 480);
  });

  it('says today is 2027-01-04 in New York while it is 2027-01-05 in Shanghai', async () => {
    setClock('2027-01-05T03:00:00Z');
    const c = await admin();
    await setOffset(c, -300);
    expect(await todayInCenter(db())).toBe('2027-01-04');
    // Through HTTP: the KPI range ends today by default.
    expect((await kpiDays(c)).at(-1)!.day).toBe('2027-01-04');

    await setOffset(c, 480);
    expect(await todayInCenter(db())).toBe('2027-01-05');
    expect((await kpiDays(c)).at(-1)!.day).toBe('2027-01-05');
  });

  it("counts a call made at 2027-01-05T03:00Z on the agent's day 2027-01-04 in New York", async () => {
    setClock('2027-01-05T03:00:00Z');
    const c = await admin();
    await setOffset(c, -300);
    const row = (interactionId: string, startedAt: string) => ({
      interactionId,
      agent: agentNo,
      startedAt,
      direction: '呼入',
      channel: '语音',
      businessType: '信用卡',
      answered: '是',
      talkSeconds: 60,
      queueWaitSeconds: 5,
    });
    const csv = templateCsv([
      row('NY-1', '2027-01-05T03:00:00Z'), // an instant: 22:00 on the 4th in New York
      row('NY-2', '2027-01-04 22:30:00'), // center local time: 03:30Z on the 5th
      row('NY-3', '2027-01-05 00:10:00'), // just after midnight, center time: the 5th
    ]);
    const done = await waitForImport(c, (await upload(c, csv, 'template')).body.data.id);
    expect(done).toMatchObject({ state: 'done', accepted: 3, rejected: 0 });

    const stored = await db()
      .selectFrom('interactions')
      .select(['id', 'started_at', 'day'])
      .where('id', 'like', 'NY-%')
      .orderBy('id')
      .execute();
    expect(stored.map((r) => [r.id, r.started_at, r.day])).toEqual([
      ['NY-1', '2027-01-05T03:00:00.000Z', '2027-01-04'],
      ['NY-2', '2027-01-05T03:30:00.000Z', '2027-01-04'],
      ['NY-3', '2027-01-05T05:10:00.000Z', '2027-01-05'],
    ]);
    const days = await kpiDays(c, '?from=2027-01-04&to=2027-01-05');
    expect(days.map((d) => [d.day, d.offered])).toEqual([
      ['2027-01-04', 2],
      ['2027-01-05', 1],
    ]);
    await setOffset(c, 480);
  });
});
