import { z } from 'zod';
import { IsoDate } from './people.js';
import { ItemKind } from './quality.js';

// Feedback, disputes, the daily summary, follow-ups and the red-line list of quality monitoring
// (SPEC §7–8, issue 7 items 5–7), shared by the server (validation, OpenAPI) and the web (types).

/** An individual error is fed back within quality.feedback.individualWorkingDays (1), a common
 *  problem within quality.feedback.commonWorkingDays (5 working days = "a week"). */
export const FEEDBACK_KINDS = ['individual', 'common'] as const;
/** One-to-one for individual issues, one-to-many (team meeting) for shared ones, immediate only
 *  for side-by-side monitoring. */
export const FEEDBACK_MODES = ['one_to_one', 'one_to_many', 'immediate'] as const;
export const FEEDBACK_VIEWS = ['mine', 'overdue', 'all'] as const;
export const FEEDBACK_STATES = ['pending', 'overdue', 'given', 'late'] as const;
/** Employment statuses before regular status: QA errors then are handled with the trainee (SPEC §7). */
export const BEFORE_REGULAR = ['candidate', 'trainee', 'probation'] as const;
export const SUMMARY_ACTIONS = [
  'retraining_course',
  'team_meeting',
  'sit_beside',
  'coaching',
  'recitation',
  'retest',
  'improvement_plan',
  'other',
] as const;
export const TRAINEE_HANDLING = ['recitation', 'retest', 'improvement_plan'] as const;
export const RED_LINE_CATEGORIES = ['basic', 'common', 'announced'] as const;
export const RED_LINE_RULINGS = ['breach_confirmed', 'unusual_error', 'not_a_breach'] as const;
export const DISPUTE_SCOPES = ['whole', 'items'] as const;
export const DISPUTE_OUTCOMES = ['keep', 'change'] as const;

const Text = (max: number) => z.string().trim().min(1).max(max);
const Note = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
const Key = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ or -');
const Id = z.string().min(1).max(64);

export const FeedbackListQuery = z.object({
  view: z.enum(FEEDBACK_VIEWS).default('mine'),
  state: z.enum(FEEDBACK_STATES).optional(),
  evaluatorUserId: Id.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const FeedbackDto = z.object({
  id: z.string(),
  evaluationId: z.string(),
  agentId: z.string(),
  agentName: z.string(),
  teamName: z.string(),
  evaluatorUserId: z.string(),
  evaluatorName: z.string(),
  method: z.string(),
  day: z.string(),
  scoredAt: z.string(),
  score: z.number(),
  finalScore: z.number(),
  kind: z.enum(FEEDBACK_KINDS),
  dueDay: z.string().nullable(),
  dueAt: z.string().nullable(),
  /** CALENDAR_YEAR_MISSING when the calendar cannot count this deadline yet (with the year). */
  dueProblem: z.string().nullable(),
  dueProblemYear: z.number().nullable(),
  status: z.enum(['pending', 'given']),
  overdue: z.boolean(),
  late: z.boolean(),
  mode: z.enum(FEEDBACK_MODES).nullable(),
  notes: z.string().nullable(),
  givenOn: z.string().nullable(),
  givenAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
});
export type FeedbackShape = z.infer<typeof FeedbackDto>;

export const EvaluatorFeedbackCount = z.object({
  evaluatorUserId: z.string(),
  evaluatorName: z.string(),
  pending: z.number().int(),
  overdue: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  calendarMissing: z.number().int(),
});

export const GiveFeedbackInput = z.object({
  mode: z.enum(FEEDBACK_MODES),
  kind: z.enum(FEEDBACK_KINDS).optional(),
  notes: Text(4000),
  givenOn: IsoDate.optional(),
});

export const DisputeItemInput = z.object({
  itemKey: Key,
  /** The answer the agent thinks right, as the item takes it: 1/0 for yes/no, a whole 0..max for a scale or points; null or absent: none proposed. */
  proposedValue: z.number().min(0).max(100).nullable().optional(),
  reason: Text(2000),
});
export const OpenDisputeInput = z.object({
  scope: z.enum(DISPUTE_SCOPES),
  reason: Text(2000),
  items: z.array(DisputeItemInput).max(100).default([]),
});

export const DecisionItemInput = z.object({
  itemKey: Key,
  outcome: z.enum(DISPUTE_OUTCOMES),
  /** The new answer when changed: 1/0 for yes/no, 0..max, or null for N/A. */
  value: z.number().min(0).max(100).nullable().optional(),
  reason: Text(2000),
});
export const DecisionInput = z.object({
  items: z.array(DecisionItemInput).max(100),
  note: Text(2000),
});

/** A disputed item. Values are answers as the item takes them (yes/no: 1 = yes, 0 = no; null original/final value = N/A);
 *  itemKind, itemMax and allowNa (from the form version scored) say how to show and enter them. */
export const DisputeItemDto = z.object({
  itemKey: z.string(),
  itemLabel: z.string(),
  itemKind: ItemKind,
  itemMax: z.number(),
  allowNa: z.boolean(),
  originalValue: z.number().nullable(),
  proposedValue: z.number().nullable(),
  agentReason: z.string().nullable(),
  outcome: z.enum(['kept', 'changed']).nullable(),
  finalValue: z.number().nullable(),
  decisionReason: z.string().nullable(),
});
export const DisputeDto = z.object({
  id: z.string(),
  evaluationId: z.string(),
  agentId: z.string(),
  agentName: z.string(),
  scope: z.enum(DISPUTE_SCOPES),
  reason: z.string(),
  status: z.enum(['open', 'decided']),
  openedAt: z.string(),
  windowEndsOn: z.string(),
  reviewerEmployeeId: z.string().nullable(),
  reviewerName: z.string().nullable(),
  mayDecide: z.boolean(),
  scoreBefore: z.number(),
  finalScore: z.number().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  items: z.array(DisputeItemDto),
});
export type DisputeShape = z.infer<typeof DisputeDto>;
export const DisputeListQuery = z.object({
  status: z.enum(['open', 'decided']).optional(),
  toReview: z.enum(['true', 'false']).default('false'),
});

/** What the agent's panel on an evaluation shows: feedback, the dispute window, the dispute. */
export const EvaluationFollowUpDto = z.object({
  evaluationId: z.string(),
  isAgent: z.boolean(),
  feedback: FeedbackDto.nullable(),
  disputeWindowEndsOn: z.string().nullable(),
  disputeWindowProblem: z.string().nullable(),
  disputeWindowProblemYear: z.number().nullable(),
  mayDispute: z.boolean(),
  dispute: DisputeDto.nullable(),
  score: z.number(),
  finalScore: z.number(),
  redLineBreaches: z.array(z.object({ redLineId: z.string(), title: z.string(), itemKey: z.string() })),
  ruling: z.object({ ruling: z.enum(RED_LINE_RULINGS), reason: z.string(), ruledAt: z.string() }).nullable(),
});

/** day defaults to the latest day up to today with evaluations the caller may see. */
export const DailySummaryQuery = z.object({
  day: IsoDate.optional(),
  teamId: Id.optional(),
  departmentId: Id.optional(),
});
export const ProblemDto = z.object({
  itemKey: z.string(),
  label: z.string(),
  evaluations: z.number().int(),
  agents: z.array(z.object({ id: z.string(), name: z.string(), trainee: z.boolean() })),
  traineeEvaluations: z.number().int(),
  redLine: z.boolean(),
  redLineBreaches: z.number().int(),
  action: z
    .object({ action: z.enum(SUMMARY_ACTIONS), note: z.string().nullable(), teamId: z.string().nullable() })
    .nullable(),
});
export const DailySummaryDto = z.object({
  day: z.string(),
  evaluations: z.number().int(),
  agents: z.number().int(),
  averageScore: z.number().nullable(),
  failed: z.number().int(),
  redLineBreaches: z.number().int(),
  problems: z.array(ProblemDto),
});
export const SummaryActionInput = z.object({
  day: IsoDate,
  itemKey: Key,
  teamId: Id.nullish().transform((v) => v ?? null),
  action: z.enum(SUMMARY_ACTIONS),
  note: Note(2000),
});

export const FollowupListQuery = z.object({
  status: z.enum(['open', 'closed']).optional(),
  agentId: Id.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const FollowupDto = z.object({
  id: z.string(),
  agentId: z.string(),
  agentName: z.string(),
  itemKey: z.string(),
  itemLabel: z.string(),
  status: z.enum(['open', 'closed']),
  trainee: z.boolean(),
  openedEvaluationId: z.string(),
  openedDay: z.string(),
  closedEvaluationId: z.string().nullable(),
  closedDay: z.string().nullable(),
  handling: z.enum(TRAINEE_HANDLING).nullable(),
  handlingNote: z.string().nullable(),
});
export const FollowupHandlingInput = z.object({ handling: z.enum(TRAINEE_HANDLING), note: Note(2000) });

/** to defaults to today, from to 30 days before to. */
export const MentorFiguresQuery = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });
export const MentorFigureDto = z.object({
  mentorId: z.string(),
  mentorName: z.string(),
  menteeEvaluations: z.number().int(),
  menteeErrors: z.number().int(),
  menteeAverage: z.number().nullable(),
  excludedTraineeEvaluations: z.number().int(),
  excludedTraineeErrors: z.number().int(),
});

export const RedLineInput = z.object({
  title: Text(200),
  description: Note(2000),
  category: z.enum(RED_LINE_CATEGORIES),
  itemKeys: z.array(Key).min(1).max(50),
  announcedOn: IsoDate.nullish().transform((v) => v ?? null),
  active: z.boolean().default(true),
});
export const RedLineUpdate = RedLineInput.extend({ version: z.number().int().min(1) });
export const RedLineDto = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  category: z.enum(RED_LINE_CATEGORIES),
  itemKeys: z.array(z.string()),
  announcedOn: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  breaches: z.number().int(),
});
export const RulingInput = z.object({ ruling: z.enum(RED_LINE_RULINGS), reason: Text(2000) });
