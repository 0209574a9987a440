import { z } from 'zod';
import { IsoDate } from './people.js';
import { Answers, FormKind, Method, ScorecardContent, SuggestionKind } from './quality.js';
import { MarkDto } from './quality-fitness.js';

// Scorecards and evaluations on the API (SPEC §8, issue 7 items 1 and 4), shared by the server
// (validation, OpenAPI) and the web (types).

const Text = (max: number) => z.string().trim().max(max);
const Id = z.string().min(1).max(64);
export const PassScore = z.number().min(0).max(100);

export const FormCreate = z.object({
  name: Text(100).min(1),
  kind: FormKind,
  description: Text(2000).nullable().optional(),
  passScore: PassScore.optional().describe('default: the setting quality.forms.defaultPassScore'),
  content: ScorecardContent,
});
/** Editing a form edits its draft; a published form gets a new draft version (copied first). */
export const DraftSave = z.object({
  name: Text(100).min(1),
  description: Text(2000).nullable().optional(),
  passScore: PassScore,
  content: ScorecardContent,
  version: z.number().int().min(1),
});
export const VersionOnly = z.object({ version: z.number().int().min(1) });
export const ArchiveInput = z.object({ archived: z.boolean(), version: z.number().int().min(1) });
export const PreviewInput = z.object({ content: ScorecardContent, passScore: PassScore, answers: Answers });

export const FormListQuery = z.object({
  kind: FormKind.optional(),
  includeArchived: z
    .enum(['0', '1'])
    .transform((v) => v === '1')
    .optional(),
  publishedOnly: z
    .enum(['0', '1'])
    .transform((v) => v === '1')
    .optional(),
});

export const VersionStatus = z.enum(['draft', 'published', 'superseded']);
export const FormVersionDto = z.object({
  id: z.string(),
  number: z.number(),
  status: VersionStatus,
  passScore: z.number(),
  content: ScorecardContent,
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const FormSummaryDto = z.object({
  id: z.string(),
  name: z.string(),
  kind: FormKind,
  description: z.string().nullable(),
  archived: z.boolean(),
  publishedVersion: z.number().nullable(),
  publishedVersionId: z.string().nullable(),
  draftVersion: z.number().nullable(),
  evaluations: z.number(),
  version: z.number(),
  updatedAt: z.string(),
});
export const FormDetailDto = FormSummaryDto.extend({ versions: z.array(FormVersionDto) });

const ItemResultDto = z.object({
  earned: z.number(),
  possible: z.number(),
  na: z.boolean(),
  criticalFailed: z.boolean(),
});
export const ScoreResultDto = z.object({
  score: z.number().nullable(),
  passed: z.boolean(),
  criticalFailure: z.enum(['none', 'section', 'evaluation']),
  items: z.record(z.string(), ItemResultDto),
  sections: z.array(
    z.object({ key: z.string(), earned: z.number(), possible: z.number(), excluded: z.boolean(), zeroed: z.boolean() }),
  ),
  missing: z.array(z.string()),
  problems: z.array(z.object({ key: z.string(), code: z.string(), message: z.string() })),
});

export const Suggestion = z.object({
  kind: SuggestionKind,
  employeeId: Id.nullable().optional(), // sit_beside: the strong agent to sit beside
  note: Text(2000).nullable().optional(),
});
export const EvaluationCreate = z.object({
  formId: Id,
  method: Method,
  interactionId: Id.nullable().optional(),
  sampleId: Id.nullable().optional(),
  /** Side-by-side without a stored interaction: who, which day, which business. */
  agentId: Id.nullable().optional(),
  day: IsoDate.nullable().optional(),
  businessType: Text(100).nullable().optional(),
  answers: Answers,
  comment: Text(5000).nullable().optional(),
  suggestion: Suggestion.nullable().optional(),
});

export const EvaluationListQuery = z.object({
  agentId: Id.optional(),
  evaluatorUserId: Id.optional(),
  formId: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  passed: z.enum(['0', '1']).transform(Number).optional(),
  method: Method.optional(),
  mine: z
    .enum(['0', '1'])
    .transform((v) => v === '1')
    .optional()
    .describe('1: only evaluations of the caller as the agent'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const EvaluationRowDto = z.object({
  id: z.string(),
  formId: z.string(),
  formName: z.string(),
  formVersion: z.number(),
  interactionId: z.string().nullable(),
  agentId: z.string(),
  agentName: z.string(),
  employeeNo: z.string(),
  teamName: z.string(),
  evaluatorUserId: z.string(),
  evaluatorName: z.string(),
  method: Method,
  score: z.number(),
  finalScore: z.number(),
  passed: z.boolean(),
  criticalFailure: z.enum(['none', 'section', 'evaluation']),
  agentStatus: z.string(),
  businessType: z.string().nullable(),
  day: z.string(),
  scoredAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  /** Marked when its evaluator was suspended for fitness (issue 17 item 3): out of appraisal inputs while 'flagged'. */
  fitnessMark: MarkDto.nullable(),
});

export const InteractionFacts = z.object({
  id: z.string(),
  agentId: z.string(),
  agentName: z.string(),
  employeeNo: z.string(),
  startedAt: z.string(),
  day: z.string(),
  direction: z.string(),
  channel: z.string(),
  businessType: z.string(),
  queue: z.string().nullable(),
  talkSeconds: z.number(),
  holdSeconds: z.number(),
  wrapSeconds: z.number(),
  fcr: z.boolean().nullable(),
  csat: z.number().nullable(),
  recordingUrl: z.string().nullable(),
  transcriptUrl: z.string().nullable(),
  /** Evaluations of this interaction the caller may see (to avoid scoring it twice). */
  evaluationIds: z.array(z.string()),
});

export const EvaluationDetailDto = EvaluationRowDto.extend({
  formKind: FormKind,
  passScore: z.number(),
  content: ScorecardContent,
  answers: Answers,
  items: z.record(z.string(), ItemResultDto),
  finalAnswers: Answers,
  finalItems: z.record(z.string(), ItemResultDto),
  comment: z.string().nullable(),
  suggestion: z
    .object({
      kind: SuggestionKind,
      employeeId: z.string().nullable(),
      employeeName: z.string().nullable(),
      note: z.string().nullable(),
    })
    .nullable(),
  sampleId: z.string().nullable(),
  interaction: InteractionFacts.nullable(),
  version: z.number(),
});

export type FormSummary = z.infer<typeof FormSummaryDto>;
export type FormDetail = z.infer<typeof FormDetailDto>;
export type FormVersion = z.infer<typeof FormVersionDto>;
export type EvaluationRow = z.infer<typeof EvaluationRowDto>;
export type EvaluationDetail = z.infer<typeof EvaluationDetailDto>;
export type InteractionFactsShape = z.infer<typeof InteractionFacts>;
export type EvaluationCreateShape = z.infer<typeof EvaluationCreate>;
