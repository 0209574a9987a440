import { z } from 'zod';
import { CAREER_EVENT_KINDS, NOMINATION_STATUSES, OUTCOMES, ROUND_STATUSES } from './careers.js';
import { TrainerStanding } from './careers-levels.js';
import { EligibilitySchema } from './careers-reserve.js';
import { CertificationStep } from './evaluation.js';

// My path (SPEC §11, issue 21 item 4) on the API: where a person stands against the next step's
// criteria — a regular agent or key staff against the reserve team-lead criteria, a trainee or
// an agent on probation against regular status (what the new-hire evaluation knows), an internal
// trainer against the next trainer level — and their career record: the career events every
// careers part writes, merged with the dated status changes of the people module.

export const PATH_STEP_KINDS = ['reserve_team_lead', 'team_lead', 'regular_status', 'trainer_level'] as const;

export const ReserveStep = z.object({
  kind: z.literal('reserve_team_lead'),
  eligibility: EligibilitySchema,
  /** The round now running (entries, screening or talks), if any, and the person's entry in it. */
  round: z
    .object({
      id: z.string(),
      name: z.string(),
      status: z.enum(ROUND_STATUSES),
      nominationsOpen: z.string(),
      nominationsClose: z.string(),
      talkDay: z.string().nullable(),
    })
    .nullable(),
  entry: z.object({ status: z.enum(NOMINATION_STATUSES), outcome: z.enum(OUTCOMES).nullable() }).nullable(),
});

/**
 * A reserve team lead (chosen in a round and not yet promoted): the next step is team lead. It is
 * HR's decision when a post opens; the path shows the round they were chosen in and the
 * management training they joined.
 */
export const TeamLeadStep = z.object({
  kind: z.literal('team_lead'),
  chosenOn: z.string(),
  roundId: z.string().nullable(),
  roundName: z.string().nullable(),
  finalScore: z.number().nullable(),
  /** The management-training cohort they joined, when the round named one. */
  trainingCohortId: z.string().nullable(),
});

export const RegularStep = z.object({
  kind: z.literal('regular_status'),
  /** The status the step leads to: probation (跟听) from trainee, regular (转正) from probation. */
  target: z.enum(['probation', 'regular']),
  /** The new-hire evaluation's certification step, when it knows one. */
  step: CertificationStep.nullable(),
  ready: z.boolean(),
  blockers: z.array(z.object({ code: z.string(), message: z.string() })),
  daysInStatus: z.number().int(),
});

export const TrainerStep = z.object({ kind: z.literal('trainer_level'), standing: TrainerStanding });

export const PathStep = z.discriminatedUnion('kind', [ReserveStep, TeamLeadStep, RegularStep, TrainerStep]);
export type PathStep = z.infer<typeof PathStep>;

export const PATH_RECORD_KINDS = [...CAREER_EVENT_KINDS, 'status_change'] as const;

export const PathRecordEntry = z.object({
  day: z.string(),
  kind: z.enum(PATH_RECORD_KINDS),
  /** status_change: from and to; career events: null. */
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  roundId: z.string().nullable(),
  /** What the event carries to be read on its own (round name, scores, level name…). */
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type PathRecordEntry = z.infer<typeof PathRecordEntry>;

export const PathView = z.object({
  person: z.object({
    employeeId: z.string(),
    employeeNo: z.string(),
    name: z.string(),
    status: z.string(),
    teamName: z.string(),
    departmentName: z.string(),
    hireDate: z.string(),
    /** The day the current status began (the latest status change), and the days since. */
    statusSince: z.string(),
    daysInStatus: z.number().int(),
  }),
  /** The next steps open to the person (none for a team lead or someone who left). */
  steps: z.array(PathStep),
  /** The career record, newest first. */
  record: z.array(PathRecordEntry),
});
export type PathView = z.infer<typeof PathView>;
