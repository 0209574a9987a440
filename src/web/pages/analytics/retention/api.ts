import type { QueryKey } from '@tanstack/react-query';
import type {
  GroupRetention,
  RetentionComparison,
  RetentionOptions,
  RetentionOverview,
  RetentionPerson,
} from '../../../../common/analytics-retention';
import type { AnalyticsFilter, GroupBy } from '../../../../common/analytics';
import { http } from '../../../api';
import { analyticsKey } from '../facts/api';

// The typed endpoints of the retention part (/api/analytics/retention); the transport is the one client.
export type { GroupRetention, RetentionComparison, RetentionOptions, RetentionOverview, RetentionPerson };
export type Filter = AnalyticsFilter & { by: GroupBy };
export interface PeopleAsk {
  group?: string;
  show: 'all' | 'exited' | 'eliminated' | 'resigned' | 'dismissed' | 'at_risk';
  months?: number;
  title: string;
}

/** Under ['analytics']: a rebuild of the rollups (AsOf) refreshes every retention read. */
export const retentionKey = (...parts: unknown[]): QueryKey => analyticsKey('retention', ...parts);
const base = '/analytics/retention';

export const retentionApi = {
  overview: (f: Filter) => http.get<RetentionOverview>(base, f),
  options: () => http.get<RetentionOptions>(`${base}/options`),
  compare: (f: Filter, a: string, b: string) => http.get<RetentionComparison>(`${base}/compare`, { ...f, a, b }),
  people: (f: Filter, ask: PeopleAsk, page: number, pageSize: number) =>
    http.list<RetentionPerson>(`${base}/people`, {
      ...f,
      group: ask.group,
      show: ask.show,
      months: ask.months,
      page,
      pageSize,
    }),
};
