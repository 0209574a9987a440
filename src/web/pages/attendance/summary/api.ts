import type { QueryKey } from '@tanstack/react-query';
import type { SummaryQueryInput, SummaryView } from '../../../../common/attendance-summary';
import type { Locale } from '../../../../common/roles';
import { http, toQueryString } from '../../../api';

// The summary part's reads (issue 19 item 5), through the one client.

export const summaryKey = (...parts: unknown[]): QueryKey => ['attendance', 'summary', ...parts];

export const summaryApi = {
  month: (q: SummaryQueryInput) => http.get<SummaryView>('/attendance/summary', { ...q }),
  /** The same table as .xlsx for payroll, in the reader's language (a plain link: the browser downloads it). */
  exportUrl: (q: SummaryQueryInput, locale: Locale) =>
    `/api/attendance/summary/export.xlsx${toQueryString({ ...q, locale })}`,
};
