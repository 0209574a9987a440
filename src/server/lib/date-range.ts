import { ruleBroken } from './errors.js';

// The one check of a range of calendar dates ('YYYY-MM-DD', so text order is date order) for the
// whole API: an end before its start is refused with 422 BAD_DATE_RANGE on the field of the end.
// A range of one day (start = end) is allowed. Every module calls this instead of writing its own
// comparison, so a reversed range has one code and one text in both languages.

/** Throws 422 BAD_DATE_RANGE on `field` when `end` comes before `start`. */
export function assertDateOrder(
  start: string,
  end: string,
  field: string,
  message = `${field}: the range ends before it starts`,
) {
  if (end < start) throw ruleBroken('BAD_DATE_RANGE', message, field);
}
