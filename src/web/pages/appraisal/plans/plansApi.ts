import type { QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ForcedDistributionShape,
  PlanContentShape,
  PlanCreate,
  PlanDetailShape,
  PlanSummaryShape,
} from '../../../../common/appraisal-plans';
import { http } from '../../../api';

// The typed endpoints of appraisal plans (/api/appraisal/plans); the transport is the one client.
// Keys sit under ['appraisal', 'plans'] so the cycle pages' plan pickers refresh after a publish.
export type { PlanDetailShape as PlanDetail, PlanSummaryShape as PlanSummary };
export type Content = PlanContentShape;

export const planKey = (...parts: unknown[]): QueryKey => ['appraisal', 'plans', ...parts];
const id = (s: string) => encodeURIComponent(s);

export const plansApi = {
  plans: () => http.list<PlanSummaryShape>('/appraisal/plans', { pageSize: 200 }),
  plan: (pid: string) => http.get<PlanDetailShape>(`/appraisal/plans/${id(pid)}`),
  defaults: () =>
    http.get<{ content: Omit<PlanContentShape, 'name'>; forcedDistribution: ForcedDistributionShape }>(
      '/appraisal/plans/defaults',
    ),
  create: (body: z.input<typeof PlanCreate>) => http.post<PlanDetailShape>('/appraisal/plans', body),
  saveDraft: (pid: string, content: PlanContentShape, revision: number) =>
    http.put<PlanDetailShape>(`/appraisal/plans/${id(pid)}/draft`, { content, revision }),
  publish: (pid: string, revision: number) =>
    http.post<PlanDetailShape>(`/appraisal/plans/${id(pid)}/publish`, { revision }),
};
