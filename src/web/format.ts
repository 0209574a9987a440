import dayjs, { type Dayjs } from 'dayjs';

/** A calendar date for the API (YYYY-MM-DD) from a date picker value. */
export const toIsoDate = (d: Dayjs) => d.format('YYYY-MM-DD');

/** A UTC timestamp from the API shown in the browser's local time. */
export const localTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '');

/** Future dates cannot be picked where the server refuses them. */
export const noFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

/** Props for a test id on antd parts whose types do not list data-* attributes. */
export const testId = (id: string) => ({ 'data-testid': id }) as object;
