import type { QueryKey } from '@tanstack/react-query';
import type {
  EliminationReasons,
  RateBy,
  RatePerson,
  RatesView,
  RATE_OUTCOMES,
} from '../../../../common/analytics-rates';
import type { Locale } from '../../../../common/roles';
import { http, toQueryString } from '../../../api';
import { analyticsKey } from '../facts/api';

// The typed endpoints of the rates part (/api/analytics/rates); the transport is the one client.

/** Everything the page asks with: the common analytics filters and the attempts' days. */
export interface RatesFilter {
  hiredFrom?: string;
  hiredTo?: string;
  programId?: string;
  departmentId?: string;
  trainerId?: string;
  from?: string;
  to?: string;
}
export type Outcome = (typeof RATE_OUTCOMES)[number];

export const ratesKey = (...parts: unknown[]): QueryKey => analyticsKey('rates', ...parts);

export const ratesApi = {
  rates: (by: RateBy, f: RatesFilter) => http.get<RatesView>('/analytics/rates', { ...f, by }),
  eliminations: (f: RatesFilter) => http.get<EliminationReasons>('/analytics/rates/eliminations', { ...f }),
  people: (by: RateBy, key: string | undefined, outcome: Outcome, f: RatesFilter) =>
    http.list<RatePerson>('/analytics/rates/people', { ...f, by, key, outcome }),
  /** The table as .xlsx in the reader's language (a plain link: the browser downloads it). */
  exportUrl: (by: RateBy, f: RatesFilter, locale: Locale) =>
    `/api/analytics/rates/export.xlsx${toQueryString({ ...f, by, locale })}`,
};
