import type { QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ActionHistoryRow, SweepResult, Warning, WarningActionInput } from '../../../../common/analytics-warnings';
import { http, type Query } from '../../../api';
import { analyticsKey } from '../facts/api';

// The typed endpoints of the warnings part (/api/analytics/warnings); the transport is the one client.
export type { ActionHistoryRow, Warning };
export const warningsKey = (...parts: unknown[]): QueryKey => analyticsKey('warnings', ...parts);
const base = '/analytics/warnings';

export const warningsApi = {
  list: (q: Query) => http.list<Warning>(base, q),
  detail: (id: string) => http.get<Warning>(`${base}/${encodeURIComponent(id)}`),
  history: (q: Query) => http.list<ActionHistoryRow>(`${base}/actions`, q),
  record: (id: string, body: z.input<typeof WarningActionInput>) =>
    http.post<Warning>(`${base}/${encodeURIComponent(id)}/actions`, body),
  sweep: () => http.post<SweepResult>(`${base}/sweep`, {}),
};
