import { z } from 'zod';

// Careers (SPEC §11, issue 21): the words the parts share. Each part keeps its own request and
// response schemas in common/careers-<part>.ts.

/**
 * A reserve round's life: HR drafts it; agents enter while `nominating` (between its open and
 * close days); HR screens; the shortlist is published to the center; the panel and peers score
 * the talks; the results are published (the chosen join management training). `cancelled` ends it.
 */
export const ROUND_STATUSES = [
  'draft',
  'nominating',
  'screening',
  'candidates_published',
  'results_published',
  'cancelled',
] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** A nomination: entered (self or lead), then HR shortlists or declines it; the person may withdraw before screening. */
export const NOMINATION_STATUSES = ['nominated', 'shortlisted', 'declined', 'withdrawn'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export const NOMINATION_SOURCES = ['self', 'lead'] as const;
export const OUTCOMES = ['chosen', 'not_chosen'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What a person's career record lists, oldest first (path part shows it; every part writes to it). */
export const CAREER_EVENT_KINDS = [
  'reserve_nominated',
  'reserve_recommended',
  'reserve_shortlisted',
  'reserve_declined',
  'reserve_chosen',
  'reserve_not_chosen',
  'management_training_enrolled',
  'promoted_team_lead',
  'trainer_level_confirmed',
] as const;
export type CareerEventKind = (typeof CAREER_EVENT_KINDS)[number];

/** The reserve criteria of SPEC §11, each a setting (careers.reserve.*), fixed on a round when it opens. */
export const ReserveCriteria = z.object({
  minTenureMonths: z.number().int().min(0),
  topSharePercent: z.number().min(1).max(100),
  resultCycles: z.number().int().min(1),
  resultWindowDays: z.number().int().min(1),
  disciplineWindowMonths: z.number().int().min(0),
});
export type ReserveCriteria = z.infer<typeof ReserveCriteria>;

export const RESERVE_CRITERION_KEYS = ['status', 'tenure', 'results', 'discipline'] as const;
export type ReserveCriterionKey = (typeof RESERVE_CRITERION_KEYS)[number];

/**
 * One line of eligibility with its evidence. `state`: met | below | no_data. `value`/`threshold`
 * are numbers where they apply (months, rank share in percent, record count); `basis` names what
 * the results line was judged on (appraisal | qa); `rank`/`of` the place in the team; `refs` the
 * records behind a line (discipline record ids, appraisal cycle names…); `from`/`to` the window.
 */
export interface ReserveCriterion {
  key: ReserveCriterionKey;
  met: boolean;
  state: 'met' | 'below' | 'no_data';
  value: number | null;
  threshold: number | null;
  basis: 'appraisal' | 'qa' | null;
  rank: number | null;
  of: number | null;
  from: string | null;
  to: string | null;
  refs: string[];
  label: string | null;
}

export interface Eligibility {
  eligible: boolean;
  unmet: ReserveCriterionKey[];
  criteria: ReserveCriterion[];
  /** The center day the evidence was computed for. */
  asOf: string;
}

export const CareerEvent = z.object({
  id: z.string(),
  employeeId: z.string(),
  kind: z.enum(CAREER_EVENT_KINDS),
  day: z.string(),
  roundId: z.string().nullable(),
  ref: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
});
export type CareerEvent = z.infer<typeof CareerEvent>;
