import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { AppError } from '../../../lib/errors.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { employeeIdOf } from '../../../test/helpers.js';
import { earnToil, releaseToil, toilBalance, useToil } from './toil.service.js';

// The time-off-in-lieu service the leave part calls (issue 19 item 4): lots earned, used first in
// first out by expiry inside the caller's transaction, refused beyond the open balance, expired
// lots never used, and given back when the leave that used them is cancelled.

describe.each(DIALECTS)('time off in lieu on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let who: string;

  beforeAll(async () => {
    setClock('2027-03-01T02:00:00Z');
    who = await employeeIdOf(db(), 'agent');
  });
  afterAll(() => setClock());

  it('earns lots, uses them FIFO by expiry, refuses beyond the balance and releases on cancel', async () => {
    await db()
      .transaction()
      .execute(async (trx) => {
        await earnToil(trx, { employeeId: who, overtimeId: 'ot-late', hours: 4, earnedOn: '2027-03-10' });
        await earnToil(trx, { employeeId: who, overtimeId: 'ot-soon', hours: 2, earnedOn: '2027-03-02' });
      });
    const before = await toilBalance(db(), who, '2027-04-01');
    expect(before.hours).toBe(6);
    expect(before.lots.map((l) => [l.hours, l.expiresOn])).toEqual([
      [2, '2027-06-02'],
      [4, '2027-06-10'],
    ]);

    const use = await db()
      .transaction()
      .execute((trx) => useToil(trx, who, 3, '2027-04-01', 'leave-1'));
    expect(use.lots.map((l) => l.hours)).toEqual([2, 1]);
    expect((await toilBalance(db(), who, '2027-04-01')).lots.map((l) => l.hours)).toEqual([3]);

    // Beyond the balance: refused, nothing drawn.
    const refused = await db()
      .transaction()
      .execute((trx) => useToil(trx, who, 3.5, '2027-04-01'))
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).errorCode).toBe('TOIL_BEYOND_BALANCE');
    expect((await toilBalance(db(), who, '2027-04-01')).hours).toBe(3);

    // The leave is cancelled: its hours come back (twice is harmless).
    expect(
      await db()
        .transaction()
        .execute((trx) => releaseToil(trx, 'leave-1')),
    ).toBe(3);
    expect(
      await db()
        .transaction()
        .execute((trx) => releaseToil(trx, use.useId)),
    ).toBe(0);
    expect((await toilBalance(db(), who, '2027-04-01')).hours).toBe(6);

    // After the first lot's last day only the second is open and usable.
    expect((await toilBalance(db(), who, '2027-06-03')).hours).toBe(4);
    const late = await db()
      .transaction()
      .execute((trx) => useToil(trx, who, 5, '2027-06-03'))
      .catch((e: unknown) => e);
    expect((late as AppError).errorCode).toBe('TOIL_BEYOND_BALANCE');
    expect((await toilBalance(db(), who, '2027-06-11')).hours).toBe(0);
  });

  it('dates a new lot’s expiry by the toilExpiryMonths setting of the moment', async () => {
    const admin = await env.as('admin');
    const put = async (value: number) => {
      const res = await admin.put('/api/settings/attendance.overtime.toilExpiryMonths', {
        value,
        reason: '测试调休有效期',
      });
      expect(res.status, res.raw).toBe(200);
    };
    const earn = (overtimeId: string) =>
      db()
        .transaction()
        .execute((trx) => earnToil(trx, { employeeId: who, overtimeId, hours: 1, earnedOn: '2027-08-31' }));
    try {
      await put(1);
      await earn('ot-one-month');
      await put(6);
      await earn('ot-six-months');
    } finally {
      await put(3);
    }
    await earn('ot-default');
    const lots = (await toilBalance(db(), who, '2027-09-01')).lots.map((l) => l.expiresOn);
    expect(lots).toEqual(['2027-09-30', '2027-11-30', '2028-02-29']);
    expect((await toilBalance(db(), who, '2027-10-01')).hours).toBe(2);
    expect((await toilBalance(db(), who, '2027-12-01')).hours).toBe(1);
    expect((await toilBalance(db(), who, '2028-03-01')).hours).toBe(0);
  });
});
