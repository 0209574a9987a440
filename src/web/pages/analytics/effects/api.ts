import type { QueryKey } from '@tanstack/react-query';
import type { AnalyticsFilter } from '../../../../common/analytics';
import type { EffectKind, EffectsComparison, EffectsResult } from '../../../../common/analytics-effects';
import { http } from '../../../api';
import { analyticsKey } from '../facts/api';

// The typed endpoints of the effects part (/api/analytics/effects); the transport is the one client.
export const effectsKey = (...parts: unknown[]): QueryKey => analyticsKey('effects', ...parts);

export const effectsApi = {
  effects: (kind: EffectKind, f: AnalyticsFilter) => http.get<EffectsResult>('/analytics/effects', { ...f, kind }),
  compare: (kind: EffectKind, a: string, b: string, f: AnalyticsFilter) =>
    http.get<EffectsComparison>(`/analytics/effects/compare/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, {
      ...f,
      kind,
    }),
};
