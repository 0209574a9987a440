import type { QueryKey } from '@tanstack/react-query';
import type {
  StaffingDayData,
  StaffingImpactData,
  StaffingImpactKindName,
} from '../../../../common/attendance-staffing';
import { http } from '../../../api';

// The staffing part's reads (issue 19 item 6), through the one client.

export const staffingKey = (...parts: unknown[]): QueryKey => ['attendance', 'staffing', ...parts];

export interface DayFilter {
  day: string;
  businessType?: string;
  teamIds?: string[];
}

export interface ImpactParams {
  kind: StaffingImpactKindName;
  id?: string;
  /** Without `id`, a change to try: the leave's person, day and half … */
  employeeId?: string;
  day?: string;
  half?: 'am' | 'pm' | 'full';
  /** … or the swap's two sides, `employeeId:YYYY-MM-DD` each. */
  a?: string;
  b?: string;
}

export const staffingApi = {
  day: (f: DayFilter) =>
    http.get<StaffingDayData>('/attendance/staffing/day', {
      day: f.day,
      businessType: f.businessType || undefined,
      teamIds: f.teamIds?.length ? f.teamIds.join(',') : undefined,
    }),
  impact: (p: ImpactParams) => http.get<StaffingImpactData>('/attendance/staffing/impact', { ...p }),
};
