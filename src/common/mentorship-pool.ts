import { z } from 'zod';
import { Avg, Id, MENTOR_MODES, OptText, Reason } from './training.js';

// The mentor pool (SPEC §7, issue 20 item 6) on the API: who may be selected as a mentor and why
// (each criterion with its evidence), the pool with each mentor's ratings by trainees and by
// results, and its history. The numbers are settings mentoring.pool.*; the mentor-training course
// is chosen in the pool's own configuration.

/** The criteria a mentor must meet; all four make a person eligible. */
export const POOL_CRITERIA = ['tenure', 'qa', 'appraisal', 'mentorTraining'] as const;
export const PoolCriterionKey = z.enum(POOL_CRITERIA);
export type PoolCriterionKey = z.infer<typeof PoolCriterionKey>;

/**
 * How a criterion stands: met; below the threshold; no data (no QA evaluation in the window, no
 * published appraisal yet, mentor training not completed); not configured (no mentor-training
 * course chosen yet); or waived (appraisal only: the center has never published an appraisal, so
 * nobody could meet it — counted as met and shown as such). met and waived meet it.
 */
export const CRITERION_STATES = ['met', 'below', 'no_data', 'not_configured', 'waived'] as const;
export const CriterionState = z.enum(CRITERION_STATES);

export const PoolCriterion = z.object({
  key: PoolCriterionKey,
  met: z.boolean(),
  state: CriterionState,
  /** tenure: whole months since hire; qa: the average final score; appraisal: the latest total. */
  value: z.number().nullable(),
  /** The setting compared with (null for mentor training). */
  threshold: z.number().nullable(),
  /** qa: how many evaluations the average is over. */
  count: z.number().int().nullable(),
  /** tenure: the hire date; qa: the window's first day; appraisal: the cycle's last day; training: when completed. */
  date: z.string().nullable(),
  /** appraisal: the cycle's name; training: the course's title. */
  label: z.string().nullable(),
  /** training: how it was completed — 'certificate' or 'attended'. */
  how: z.string().nullable(),
});
export type PoolCriterion = z.infer<typeof PoolCriterion>;

export const Candidate = z.object({
  employeeId: z.string(),
  employeeNo: z.string(),
  name: z.string(),
  status: z.string(),
  teamName: z.string(),
  criteria: z.array(PoolCriterion),
  eligible: z.boolean(),
  /** The unmet criteria's keys (empty when eligible). */
  unmet: z.array(PoolCriterionKey),
  inPool: z.boolean(),
});
export type Candidate = z.infer<typeof Candidate>;

export const CandidatesQuery = z.object({
  eligibleOnly: z.enum(['true', 'false']).default('false'),
});

export const SelectInput = z.object({
  employeeId: Id,
  /** Required when a criterion is not met: why this person is selected all the same (recorded). */
  overrideReason: OptText(500),
});
export const RemoveInput = z.object({ reason: Reason });

export const PoolConfig = z.object({
  mentorCourseId: z.string().nullable(),
  mentorCourseTitle: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});
export const PoolConfigInput = z.object({ mentorCourseId: Id.nullable(), version: z.number().int().min(0) });

/** Their mentees' outcomes. Pre-regular QA evaluations never count (SPEC §7). */
export const MentorResults = z.object({
  /** Distinct trainees mentored one-to-one or in a group. */
  trainees: z.number().int(),
  /** Of those, reached regular status (certified); left (eliminated, resigned, dismissed); still in training. */
  certified: z.number().int(),
  left: z.number().int(),
  inTraining: z.number().int(),
  /** certified / (certified + left), in percent; null while none is decided. */
  certifiedRate: z.number().nullable(),
  /** The mean final QA score of the mentees' evaluations dated on or after their regular status (and the mentoring's start). */
  qaAverage: Avg,
  qaCount: z.number().int(),
  /** Evaluations left out because they were dated before the mentee's regular status. */
  qaExcluded: z.number().int(),
});
export type MentorResults = z.infer<typeof MentorResults>;

export const PoolMember = z.object({
  id: z.string(),
  employeeId: z.string(),
  employeeNo: z.string(),
  name: z.string(),
  status: z.string(),
  teamName: z.string(),
  selectedAt: z.string(),
  selectedByName: z.string().nullable(),
  overrideReason: z.string().nullable(),
  criteria: z.array(PoolCriterion),
  activeMentees: z.number().int(),
  ratingAverage: Avg,
  ratingCount: z.number().int(),
  /** The trainees' average rating is below mentoring.pool.minRating. */
  flagged: z.boolean(),
  results: MentorResults,
});
export type PoolMember = z.infer<typeof PoolMember>;

export const PoolHistoryEntry = z.object({
  id: z.string(),
  employeeId: z.string(),
  name: z.string(),
  status: z.enum(['active', 'removed']),
  selectedAt: z.string(),
  selectedByName: z.string().nullable(),
  overrideReason: z.string().nullable(),
  removedAt: z.string().nullable(),
  removedByName: z.string().nullable(),
  removeReason: z.string().nullable(),
});

/** Mentoring modes: the trainee phases, and coaching — a mentor for a weak regular agent. */
export const ASSIGNMENT_MODES = [...MENTOR_MODES, 'coaching'] as const;
export const AssignmentMode = z.enum(ASSIGNMENT_MODES);
export type AssignmentMode = z.infer<typeof AssignmentMode>;
/** Who may be coached: people on the floor below team lead. */
export const COACHABLE_STATUSES = ['regular', 'key_staff'] as const;
