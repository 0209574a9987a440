import { z } from 'zod';
import { Answers } from './quality.js';

// Evaluator fitness on the API (issue 17 item 3): the live figures behind a flag, the flag's
// state, and the marks on a suspended evaluator's evaluations. Shared by server and web.

const Reason = z.string().trim().min(1).max(500);

export const FITNESS_STATES = ['ok', 'too_few', 'flagged', 'suspended'] as const;
export const MARK_STATES = ['flagged', 'confirmed', 'rescored'] as const;

/** An evaluator's fitness now: mean signed deviation from consensus over the calibration scores
 *  of the window, and the flag (raised, suspended) if there is one. */
export const FitnessDto = z.object({
  state: z.enum(FITNESS_STATES),
  meanDeviation: z.number().nullable(),
  calibrations: z.number(),
  windowFrom: z.string(),
  windowTo: z.string(),
  maxDeviation: z.number(),
  minCalibrations: z.number(),
  flagId: z.string().nullable(),
  suspendedAt: z.string().nullable(),
  suspendReason: z.string().nullable(),
  markedFrom: z.string().nullable(),
  markedTo: z.string().nullable(),
  marksOpen: z.number(),
});
export type Fitness = z.infer<typeof FitnessDto>;

export const SuspendInput = z.object({ reason: Reason });
/** Reinstating names the recalibration session that passed (closed after the suspension). */
export const ReinstateInput = z.object({ reason: Reason, sessionId: z.string().min(1).max(64) });
/** A QA lead's re-review of a marked evaluation: confirm it as scored, or change answers (rescore). */
export const MarkReviewInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('confirm'), reason: Reason }),
  z.object({ action: z.literal('rescore'), reason: Reason, answers: Answers }),
]);
export const MarkDto = z.object({
  state: z.enum(MARK_STATES),
  flagId: z.string(),
  reviewedAt: z.string().nullable(),
  reviewReason: z.string().nullable(),
});
export type Mark = z.infer<typeof MarkDto>;
