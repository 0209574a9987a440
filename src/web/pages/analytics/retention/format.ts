import type { GroupRetention } from './api';

// Numbers of the retention page: shares as percents, days as months, the group's name.
export const DAYS_PER_MONTH = 365.25 / 12;
export const pct = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined ? '—' : `${(v * 100).toFixed(digits)}%`;
export const toMonths = (days: number) => Math.round((days / DAYS_PER_MONTH) * 10) / 10;
export const groupName = (g: Pick<GroupRetention, 'label' | 'key'>, none: string) =>
  g.key === 'none' ? none : (g.label ?? g.key);
