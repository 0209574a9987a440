import { z } from 'zod';

// What every part of training proof (issue 22) shares: the kinds of exit, the ways to group
// people, and the shape of a figure with its interval and sample size (SPEC §12: every figure
// shows its n).

export const EXIT_KINDS = ['eliminated', 'resigned', 'dismissed'] as const;
export const ExitKind = z.enum(EXIT_KINDS);
export type ExitKind = z.infer<typeof ExitKind>;

/** How people are grouped on the retention, rates and effects pages. */
export const GROUP_BYS = ['hire_month', 'program', 'department', 'trainer', 'mentor'] as const;
export const GroupBy = z.enum(GROUP_BYS);
export type GroupBy = z.infer<typeof GroupBy>;

/** A proportion k of n with its interval (Wilson for rates, Greenwood for survival). */
export const Proportion = z.object({
  n: z.number().int(),
  k: z.number().int(),
  rate: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
});
export type Proportion = z.infer<typeof Proportion>;

/** A mean or a difference with its interval; null bounds when n is too small to tell. */
export const Estimate = z.object({
  n: z.number().int(),
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
});
export type Estimate = z.infer<typeof Estimate>;

/** The filters every analytics page takes (a query string); each is optional. */
export const AnalyticsFilter = z.object({
  hiredFrom: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(), // 'YYYY-MM', the first hiring month
  hiredTo: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  programId: z.string().min(1).optional(),
  departmentId: z.string().min(1).optional(),
  trainerId: z.string().min(1).optional(),
  mentorId: z.string().min(1).optional(),
});
export type AnalyticsFilter = z.infer<typeof AnalyticsFilter>;

/** When the rollups the page was computed from were built. */
export const RollupsAsOf = z.object({ asOf: z.string().nullable() });
