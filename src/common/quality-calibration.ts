import { z } from 'zod';
import { IsoDate } from './people.js';
import { Answers, ItemKind } from './quality.js';
import { FitnessDto } from './quality-fitness.js';

// Calibration, evaluator oversight and agent QA scores on the API (SPEC §8, issue 7 items 8–10),
// shared by the server (validation, OpenAPI) and the web (types).

const Text = (max: number) => z.string().trim().max(max);
const Id = z.string().min(1).max(64);
const Reason = Text(500).min(1);
const unique = (ids: string[]) => new Set(ids).size === ids.length;

export const CalibrationCreate = z.object({
  title: Text(200).min(1),
  formId: Id,
  interactionIds: z.array(Id).min(1).max(20).refine(unique, 'an interaction is listed twice'),
  evaluatorUserIds: z.array(Id).min(2).max(50).refine(unique, 'an evaluator is listed twice'),
  day: IsoDate.optional(),
  notes: Text(2000).nullable().optional(),
});
export const CalibrationScoreInput = z.object({
  interactionId: Id,
  answers: Answers,
  comment: Text(2000).nullable().optional(),
});
export const ConsensusInput = z.object({ interactionId: Id, answers: Answers, reason: Text(500).optional() });
export const CalibrationListQuery = z.object({
  status: z.enum(['open', 'closed']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** The facts of an interaction copied into the session when the facilitator picks it. */
export const CalibrationInteraction = z.object({
  id: z.string(),
  day: z.string(),
  startedAt: z.string(),
  direction: z.string(),
  channel: z.string(),
  businessType: z.string(),
  talkSeconds: z.number(),
  recordingUrl: z.string().nullable(),
  transcriptUrl: z.string().nullable(),
});
export type CalibrationInteractionShape = z.infer<typeof CalibrationInteraction>;

/** 'full': every evaluator by name (QA leads, HR, admins, the facilitator); 'own': the caller's
 *  own scores and deviations, the consensus, and the others only as anonymous aggregates. */
export const CalibrationView = z.enum(['full', 'own']);

const ItemResultDto = z.object({
  earned: z.number(),
  possible: z.number(),
  na: z.boolean(),
  criticalFailed: z.boolean(),
});
const ScoreDto = z.object({
  interactionId: z.string(),
  userId: z.string(),
  userName: z.string(),
  answers: Answers,
  items: z.record(z.string(), ItemResultDto),
  score: z.number(),
  criticalFailure: z.string(),
  comment: z.string().nullable(),
  updatedAt: z.string(),
});
export const CalibrationSummaryDto = z.object({
  id: z.string(),
  title: z.string(),
  formId: z.string(),
  formName: z.string(),
  formVersionId: z.string(),
  formVersion: z.number(),
  facilitatorUserId: z.string(),
  facilitatorName: z.string(),
  day: z.string(),
  status: z.enum(['open', 'closed']),
  interactionCount: z.number(),
  evaluators: z.number(),
  submitted: z.number(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
});
export const CalibrationDetailDto = CalibrationSummaryDto.extend({
  notes: z.string().nullable(),
  interactions: z.array(CalibrationInteraction),
  /** The form version's content, to score on. */
  content: z.unknown(),
  passScore: z.number(),
  /** Who is invited and how many interactions each has scored (never their scores before close). */
  participants: z.array(z.object({ userId: z.string(), name: z.string(), scored: z.number() })),
  isFacilitator: z.boolean(),
  isParticipant: z.boolean(),
  view: CalibrationView,
  /** The caller's own scores; everyone's once the session is closed, to those with the full view. */
  scores: z.array(ScoreDto),
  consensus: z.array(
    z.object({
      interactionId: z.string(),
      answers: Answers,
      items: z.record(z.string(), ItemResultDto),
      score: z.number(),
      criticalFailure: z.string(),
    }),
  ),
  version: z.number(),
});

const Deviation = z.object({
  userId: z.string(),
  name: z.string(),
  value: z.string().nullable(),
  points: z.number().nullable(),
});
export const CalibrationReportDto = z.object({
  sessionId: z.string(),
  tolerance: z.number(),
  consensusComplete: z.boolean(),
  view: CalibrationView,
  interactions: z.array(
    z.object({
      interactionId: z.string(),
      consensusScore: z.number().nullable(),
      scoreMin: z.number().nullable(),
      scoreMax: z.number().nullable(),
      scoreSd: z.number().nullable(),
      evaluators: z.array(
        z.object({
          userId: z.string(),
          name: z.string(),
          score: z.number(),
          deviation: z.number().nullable(),
          outside: z.boolean(),
        }),
      ),
      items: z.array(
        z.object({
          key: z.string(),
          label: z.string(),
          kind: ItemKind,
          consensus: z.string().nullable(),
          /** Points earned by each evaluator minus the consensus's, per item. */
          deviations: z.array(Deviation),
          min: z.number().nullable(),
          max: z.number().nullable(),
          sd: z.number().nullable(),
          agreement: z.number().nullable(),
        }),
      ),
    }),
  ),
  /** Per evaluator over all interactions: mean total deviation, items differing, flagged. */
  evaluators: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      scored: z.number(),
      meanDeviation: z.number().nullable(),
      meanAbsDeviation: z.number().nullable(),
      itemsDiffering: z.number(),
      outside: z.boolean(),
    }),
  ),
  spread: z.object({ min: z.number().nullable(), max: z.number().nullable(), sd: z.number().nullable() }),
  /** Agreement per item kind (issue 17 item 5): value and interval are null below minN subjects. */
  agreement: z.object({
    minN: z.number(),
    level: z.number(),
    resamples: z.number(),
    kinds: z.array(
      z.object({
        kind: ItemKind,
        statistic: z.enum(['fleiss_kappa', 'alpha_ordinal', 'alpha_interval']),
        /** Subjects: (interaction, item) pairs rated by two or more evaluators; interactions: the clusters resampled. */
        n: z.number(),
        interactions: z.number(),
        value: z.number().nullable(),
        low: z.number().nullable(),
        high: z.number().nullable(),
        band: z.string(),
        tooFew: z.boolean(),
      }),
    ),
  }),
});

// ---- Evaluator oversight ----------------------------------------------------------------------

export const EVALUATOR_STAGES = ['training', 'co_scoring', 'certified'] as const;
export const EVALUATOR_STATUSES = ['unregistered', 'training', 'co_scoring', 'certified', 'paused'] as const;
export const REVIEW_RESULTS = ['pass', 'retrain', 'move'] as const;
export const Quarter = z.string().regex(/^\d{4}Q[1-4]$/, 'a quarter like 2026Q4');

export const OversightQuery = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });
export const RegisterInput = z.object({ mentorUserId: Id.nullable().optional(), reason: Reason });
/** The entry test: a score, or the exams-module exam whose graded result (best attempt) counts. */
export const TestInput = z.object({
  score: z.number().min(0).max(100).optional(),
  passMark: z.number().min(0).max(100).optional(),
  examId: Id.nullable().optional(),
  reason: Text(500).optional(),
});
export const CoscoreInput = z.object({ evaluationId: Id, answers: Answers });
/** evaluationId is checked in the service (after the evaluator), so an unknown evaluator answers 404 first. */
export const CoscoreFormQuery = z.object({ evaluationId: Id.optional() });
export const CoscoreFormDto = z.object({
  evaluationId: z.string(),
  formName: z.string(),
  formVersion: z.number(),
  content: z.unknown(),
  passScore: z.number(),
  day: z.string(),
  method: z.string(),
  businessType: z.string().nullable(),
  startedAt: z.string().nullable(),
  recordingUrl: z.string().nullable(),
  transcriptUrl: z.string().nullable(),
});
export const ReasonInput = z.object({ reason: Reason });
export const ReviewInput = z.object({
  quarter: Quarter,
  result: z.enum(REVIEW_RESULTS),
  notes: Text(2000).nullable().optional(),
});

export const LeniencyDto = z.object({
  comparable: z.number(),
  others: z.number(),
  difference: z.number().nullable(),
  p: z.number().nullable(),
  /** p adjusted by Holm's method over all evaluators tested together; the flag uses this one. */
  pAdjusted: z.number().nullable(),
  flag: z.enum(['lenient', 'harsh']).nullable(),
});
export const EvaluatorRowDto = z.object({
  userId: z.string(),
  username: z.string(),
  name: z.string(),
  status: z.enum(EVALUATOR_STATUSES),
  pausedReason: z.string().nullable(),
  evaluations: z.number(),
  meanScore: z.number().nullable(),
  leniency: LeniencyDto,
  /** Mean over items of this evaluator's SD of item scores (% of the item) across agents, and the same for the others. */
  itemSpread: z.number().nullable(),
  othersItemSpread: z.number().nullable(),
  inconsistent: z.boolean(),
  /** Difference from the others this quarter minus last quarter (points), with Welch's p (Holm-adjusted). */
  drift: z.object({
    current: z.string(),
    previous: z.string(),
    change: z.number().nullable(),
    p: z.number().nullable(),
    flagged: z.boolean(),
  }),
  calibrationDeviation: z.number().nullable(),
  lastReview: z.object({ quarter: z.string(), result: z.enum(REVIEW_RESULTS) }).nullable(),
  /** Fitness against calibration consensus (issue 17 item 3). */
  fitness: FitnessDto,
});
export const EvaluatorListDto = z.object({
  from: z.string(),
  to: z.string(),
  /** The settings the flags were judged by. */
  thresholds: z.object({ points: z.number(), alphaPercent: z.number(), minEvaluations: z.number() }),
  evaluators: z.array(EvaluatorRowDto),
});
export const CoscoreDto = z.object({
  id: z.string(),
  evaluationId: z.string(),
  referenceUserId: z.string(),
  referenceName: z.string(),
  score: z.number(),
  referenceScore: z.number(),
  deviation: z.number(),
  withinTolerance: z.boolean(),
  createdAt: z.string(),
});
export const ReviewDto = z.object({
  id: z.string(),
  quarter: z.string(),
  reviewerUserId: z.string(),
  reviewerName: z.string(),
  result: z.enum(REVIEW_RESULTS),
  notes: z.string().nullable(),
  figures: z.unknown(),
  createdAt: z.string(),
});
export const EvaluatorDetailDto = z.object({
  userId: z.string(),
  name: z.string(),
  status: z.enum(EVALUATOR_STATUSES),
  stage: z.enum(EVALUATOR_STAGES).nullable(),
  paused: z.boolean(),
  pausedReason: z.string().nullable(),
  pausedAt: z.string().nullable(),
  test: z
    .object({
      score: z.number(),
      passMark: z.number(),
      passed: z.boolean(),
      examId: z.string().nullable(),
      recordedAt: z.string(),
    })
    .nullable(),
  mentorUserId: z.string().nullable(),
  mentorName: z.string().nullable(),
  certifiedAt: z.string().nullable(),
  coscoresNeeded: z.number(),
  coscoresWithin: z.number(),
  coscores: z.array(CoscoreDto),
  reviews: z.array(ReviewDto),
  quarters: z.array(z.object({ quarter: z.string(), n: z.number(), difference: z.number().nullable() })),
  version: z.number().nullable(),
});

// ---- Agent QA score ---------------------------------------------------------------------------

/** Left out, the range is the 30 days up to today (center calendar). */
export const AgentScoreQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  teamId: Id.optional(),
  agentId: Id.optional(),
});
export const AgentScoreDto = z.object({
  agentId: z.string(),
  agentName: z.string(),
  employeeNo: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  n: z.number(),
  mean: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  halfWidth: z.number().nullable(),
  /** False when n is below the setting quality.agentScore.minEvaluations: not enough to judge. */
  enough: z.boolean(),
});
export const AgentScoresDto = z.object({
  from: z.string(),
  to: z.string(),
  minEvaluations: z.number(),
  level: z.number(),
  agents: z.array(AgentScoreDto),
});

export type CalibrationSummary = z.infer<typeof CalibrationSummaryDto>;
export type CalibrationDetail = z.infer<typeof CalibrationDetailDto>;
export type CalibrationReport = z.infer<typeof CalibrationReportDto>;
export type EvaluatorRow = z.infer<typeof EvaluatorRowDto>;
export type EvaluatorList = z.infer<typeof EvaluatorListDto>;
export type EvaluatorDetail = z.infer<typeof EvaluatorDetailDto>;
export type AgentScore = z.infer<typeof AgentScoreDto>;
export type CoscoreForm = z.infer<typeof CoscoreFormDto>;
export type AgentScores = z.infer<typeof AgentScoresDto>;
