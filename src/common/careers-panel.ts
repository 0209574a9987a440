import { z } from 'zod';
import { OUTCOMES, ROUND_STATUSES } from './careers.js';

// The reserve competition's panel on the API (issue 21 item 1, SPEC §11): the score sheet, the
// panel and peer scorers, each scorer's sheet per candidate, the averages (a panel member who did
// not score is missing, not zero), the final score and the published results.

export const SCORER_KINDS = ['panel', 'peer'] as const;
export const ScorerKind = z.enum(SCORER_KINDS);
export type ScorerKindName = z.infer<typeof ScorerKind>;

const Id = z.string().min(1).max(64);

export const SheetItemKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,31}$/, 'lower-case letters, digits and _');

export const SheetItem = z.object({
  key: SheetItemKey,
  label: z.string().trim().min(1).max(40),
  maxScore: z.number().int().min(1).max(100),
});
export type SheetItem = z.infer<typeof SheetItem>;

/** SPEC §11's sheet when HR sets none: results 30, management ideas 30, communication 20, answers 20. */
export const DEFAULT_SHEET: readonly SheetItem[] = [
  { key: 'results', label: '工作业绩', maxScore: 30 },
  { key: 'management', label: '管理思路', maxScore: 30 },
  { key: 'communication', label: '沟通表达', maxScore: 20 },
  { key: 'answers', label: '现场答辩', maxScore: 20 },
];

/** HR's setup of a round's panel: the sheet (fixed once the first score is in) and who scores. */
export const PanelSetupInput = z.object({
  items: z.array(SheetItem).min(1).max(12),
  scorers: z.array(z.object({ employeeId: Id, kind: ScorerKind })).max(200),
  /** The setup's version as read (0 before the first setup). */
  version: z.number().int().min(0),
});

export const SheetInput = z.object({
  scores: z
    .array(
      z.object({
        key: SheetItemKey,
        score: z.number().min(0).max(100).multipleOf(0.5),
        comment: z.string().trim().max(500).nullable().optional(),
      }),
    )
    .min(1)
    .max(12),
});

export const PublishInput = z.object({
  /** The nominations HR names as chosen (shortlisted candidates with a result). */
  chosen: z.array(Id).max(200),
  /** The management-training cohort the chosen join; when left out, the round's own. */
  cohortId: Id.nullable().optional(),
  /** The round's version as read. */
  version: z.number().int().min(0),
});

const Person = z.object({ employeeId: z.string(), name: z.string() });
const ItemScore = z.object({ key: z.string(), score: z.number(), comment: z.string().nullable() });

export const ScorerSheet = z.object({
  scorerId: z.string(),
  scorerName: z.string(),
  kind: ScorerKind,
  total: z.number(),
  items: z.array(ItemScore),
  updatedAt: z.string(),
});

export const CandidateResult = z.object({
  nominationId: z.string(),
  employeeId: z.string(),
  name: z.string(),
  teamName: z.string().nullable(),
  departmentName: z.string().nullable(),
  /** The mean of the panel's sheet totals; `missing` are the panel members without a sheet. */
  panel: z.object({
    average: z.number().nullable(),
    n: z.number().int(),
    of: z.number().int(),
    missing: z.array(Person),
  }),
  peer: z.object({ average: z.number().nullable(), n: z.number().int(), of: z.number().int() }),
  final: z.number().nullable(),
  /** Fewer panel sheets than careers.reserve.minPanelScores: no result. */
  noResult: z.boolean(),
  rank: z.number().int().nullable(),
  /** Within the top `seats` by final score: the default choice. */
  suggested: z.boolean(),
  outcome: z.enum(OUTCOMES).nullable(),
  /** Each scorer's sheet (HR only). */
  sheets: z.array(ScorerSheet),
});
export type CandidateResult = z.infer<typeof CandidateResult>;

export const RoundBrief = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(ROUND_STATUSES),
  talkDay: z.string().nullable(),
  talkMinutes: z.number().int(),
  seats: z.number().int().nullable(),
  cohortId: z.string().nullable(),
  resultsPublishedAt: z.string().nullable(),
  version: z.number().int(),
});

export const PanelView = z.object({
  round: RoundBrief,
  sheet: z.object({
    items: z.array(SheetItem),
    isDefault: z.boolean(),
    /** A score is in: the items no longer change. */
    locked: z.boolean(),
    version: z.number().int(),
  }),
  scorers: z.array(
    z.object({
      employeeId: z.string(),
      name: z.string(),
      teamName: z.string().nullable(),
      kind: ScorerKind,
      sheets: z.number().int(),
    }),
  ),
  candidates: z.array(CandidateResult),
  peerWeightPercent: z.number(),
  minPanelScores: z.number().int(),
});
export type PanelView = z.infer<typeof PanelView>;

export const PublishedResult = z.object({
  nominationId: z.string(),
  employeeId: z.string(),
  name: z.string(),
  teamName: z.string().nullable(),
  departmentName: z.string().nullable(),
  panelAverage: z.number().nullable(),
  peerAverage: z.number().nullable(),
  finalScore: z.number().nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
});
export const PublishedResults = z.object({
  round: z.object({
    id: z.string(),
    name: z.string(),
    talkDay: z.string().nullable(),
    resultsPublishedAt: z.string().nullable(),
  }),
  results: z.array(PublishedResult),
});
export type PublishedResults = z.infer<typeof PublishedResults>;

/** A round I score in, for /careers/scoring. */
export const MyScoringRound = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(ROUND_STATUSES),
  talkDay: z.string().nullable(),
  kind: ScorerKind,
  candidates: z.number().int(),
  done: z.number().int(),
  open: z.boolean(),
});

export const MyScoringSheet = z.object({
  round: RoundBrief.omit({ cohortId: true, version: true }),
  kind: ScorerKind,
  items: z.array(SheetItem),
  isDefault: z.boolean(),
  /** Scores are taken (candidates published, results not out). */
  open: z.boolean(),
  candidates: z.array(
    z.object({
      nominationId: z.string(),
      employeeId: z.string(),
      name: z.string(),
      teamName: z.string().nullable(),
      statement: z.string().nullable(),
      /** The scorer is this candidate: no sheet. */
      self: z.boolean(),
      mine: z.array(ItemScore).nullable(),
      total: z.number().nullable(),
    }),
  ),
});
export type MyScoringSheet = z.infer<typeof MyScoringSheet>;
