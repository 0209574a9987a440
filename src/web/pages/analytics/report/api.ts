import type { QueryKey } from '@tanstack/react-query';
import type { MonthlyReport } from '../../../../common/analytics-report';
import type { Locale } from '../../../../common/roles';
import { http, toQueryString } from '../../../api';
import { analyticsKey } from '../facts/api';

// The report part's reads (/api/analytics/report), through the one client.
export type { MonthlyReport };
export const reportKey = (...parts: unknown[]): QueryKey => analyticsKey('report', ...parts);

export const reportApi = {
  /** Without a month the server answers last month by the center's clock (not this browser's). */
  month: (month: string | undefined) => http.get<MonthlyReport>('/analytics/report', { month }),
  /** The same report as .xlsx, one sheet per table, in the reader's language (a plain link: the browser downloads it). */
  xlsxUrl: (month: string, locale: Locale) => `/api/analytics/report.xlsx${toQueryString({ month, locale })}`,
  printPath: (month: string) => `/analytics/report/print${toQueryString({ month })}`,
};
