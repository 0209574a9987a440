import type { QueryKey } from '@tanstack/react-query';
import type { TeamQueryInput, TeamViewData } from '../../../../common/drills-team';
import type { Locale } from '../../../../common/roles';
import { http, toQueryString } from '../../../api';

// The team part's reads (/api/drills/team), through the one client.
export type { TeamViewData };

export const teamKey = (...parts: unknown[]): QueryKey => ['drills', 'team', ...parts];

export const teamApi = {
  view: (q: TeamQueryInput) => http.get<TeamViewData>('/drills/team', { ...q }),
  /** The per-person table as .xlsx in the reader's language (a plain link: the browser downloads it). */
  exportUrl: (q: TeamQueryInput, locale: Locale) => `/api/drills/team/export${toQueryString({ ...q, locale })}`,
};
