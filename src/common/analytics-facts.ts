import { z } from 'zod';

// The facts part of training proof (issue 22): when the rollups every analytics page reads were
// rebuilt (GET /api/analytics/facts/state, POST /api/analytics/facts/refresh).
export const FactsState = z.object({
  asOf: z.string(), // ISO instant the rebuild finished
  tookMs: z.number().int(),
  people: z.number().int(), // rows of analytics_people
  months: z.number().int(), // rows of analytics_person_months
});
export type FactsState = z.infer<typeof FactsState>;
