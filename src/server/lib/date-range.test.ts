import { describe, expect, it } from 'vitest';
import { assertDateOrder } from './date-range.js';
import { AppError } from './errors.js';

describe('assertDateOrder', () => {
  it('allows an end on or after the start (one day is a range)', () => {
    expect(() => assertDateOrder('2026-11-01', '2026-11-01', 'to')).not.toThrow();
    expect(() => assertDateOrder('2026-11-01', '2026-12-01', 'to')).not.toThrow();
    expect(() => assertDateOrder('2026-09-30', '2026-10-01', 'to')).not.toThrow();
  });

  it('refuses an end before the start with 422 BAD_DATE_RANGE on the end’s field', () => {
    let err: unknown;
    try {
      assertDateOrder('2026-11-22', '2026-11-01', 'phases.2.endDate', 'The phase ends before it starts');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({
      statusCode: 422,
      errorCode: 'BAD_DATE_RANGE',
      field: 'phases.2.endDate',
      message: 'The phase ends before it starts',
    });
  });
});
