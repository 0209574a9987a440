import dayjs, { type Dayjs } from 'dayjs';

// Times on the training pages: the API speaks UTC instants; people read their local time.

/** 2026-11-24 09:00 */
export const dateTime = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');
/** 09:00–12:00 */
export const timeRange = (from: string, to: string) => `${dayjs(from).format('HH:mm')}–${dayjs(to).format('HH:mm')}`;
/** 11-24 周二 09:00–12:00 */
export const sessionWhen = (from: string, to: string) => `${dayjs(from).format('MM-DD ddd')} ${timeRange(from, to)}`;
/** An instant with the browser's offset, as the API wants it (2026-11-24T09:00:00+08:00). */
export const instant = (d: Dayjs) => d.format('YYYY-MM-DDTHH:mm:ssZ');
/** The Monday of a date's week, whatever the locale's first day of the week. */
export const mondayOf = (d: Dayjs) => d.startOf('day').subtract((d.day() + 6) % 7, 'day');
/** A day and a time of day joined into one moment. */
export const atTime = (day: Dayjs, time: Dayjs) => day.hour(time.hour()).minute(time.minute()).second(0).millisecond(0);
export const today = () => dayjs().format('YYYY-MM-DD');
export const isPast = (iso: string) => dayjs(iso).isBefore(dayjs());
/** The morning slot a new session starts with (09:00–12:00). */
export const defaultSlot = () => ({
  start: dayjs().hour(9).minute(0).second(0),
  end: dayjs().hour(12).minute(0).second(0),
});
