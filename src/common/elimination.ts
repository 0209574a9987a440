import { z } from 'zod';
import { COMPUTED_CRITERIA } from './evaluation.js';
import { IsoDate } from './people.js';

// Elimination cases (SPEC §6, issue 5 item 4) on the API, shared by the server (validation,
// OpenAPI) and the web (types). The process: preliminary list → interview → public notice →
// appeals during the notice → HR's decision → offboarding checklist → exit talk.

/** Criteria 5–7 of SPEC §6, raised by a person with written evidence. */
export const PERSON_CRITERIA = ['cannot_handle', 'service_attitude', 'teamwork'] as const;
export const CASE_CRITERIA = [...COMPUTED_CRITERIA, ...PERSON_CRITERIA] as const;
export const CaseCriterion = z.enum(CASE_CRITERIA);

/** Open: listed → interviewed → notice → offboarding. Closed: eliminated (after the exit talk), retained, withdrawn (upheld appeal). */
export const CASE_STATUSES = [
  'listed',
  'interviewed',
  'notice',
  'offboarding',
  'eliminated',
  'retained',
  'withdrawn',
] as const;
export const CLOSED_STATUSES = ['eliminated', 'retained', 'withdrawn'] as const;
export const CaseStatus = z.enum(CASE_STATUSES);

export const STEP_KINDS = [
  'listed',
  'interview',
  'notice',
  'notice_recounted',
  'appeal',
  'appeal_answer',
  'decision',
  'offboarding_item',
  'exit_talk',
  'attachment',
] as const;
/** The steps in their required order, as named in "missing step" messages and the web's next-step form. */
export const NEXT_STEPS = ['interview', 'notice', 'decision', 'offboarding', 'exit_talk'] as const;

export const OFFBOARDING_ITEMS = ['wages_settled', 'badge_returned', 'equipment_returned'] as const;
export const OffboardingItem = z.enum(OFFBOARDING_ITEMS);

const Text = (max: number, min = 2) => z.string().trim().min(min).max(max);
const Instant = z.iso.datetime({ offset: true });

export const CaseListQuery = z.object({
  status: z.enum([...CASE_STATUSES, 'open', 'closed']).optional(),
  employeeId: z.string().min(1).max(64).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const OpenCaseInput = z.object({
  employeeId: z.string().min(1).max(64),
  criterion: CaseCriterion,
  /** The training manager's reasons, in writing. */
  summary: Text(4000),
  /** Written evidence: required for criteria 5–7 (raised by a person); optional notes for 1–4. */
  evidenceText: z.string().trim().max(8000).nullish(),
});

export const InterviewInput = z.object({
  heldAt: Instant,
  /** Who was present besides the trainee (names). */
  present: z.array(Text(100, 1)).min(1).max(20),
  /** The interviewer confirms the reasons and evidence were explained to the trainee. */
  reasonsExplained: z.boolean(),
  /** The trainee's own words. */
  traineeStatement: Text(8000, 1),
  notes: z.string().trim().max(4000).nullish(),
});

export const NoticeInput = z.object({
  /** The first day of the notice: today when left out; an earlier day needs backdateReason. */
  publishedOn: IsoDate.optional(),
  /** Why a notice is recorded after it was posted (e.g. posted on the board, entered late). */
  backdateReason: z.string().trim().max(1000).nullish(),
});

export const AppealInput = z.object({ reason: Text(4000, 5) });
export const AppealAnswerInput = z.object({ outcome: z.enum(['upheld', 'rejected']), answer: Text(4000, 5) });
export const DecisionInput = z.object({ decision: z.enum(['eliminate', 'retain']), reason: Text(4000, 5) });
export const OffboardingInput = z.object({ item: OffboardingItem, note: z.string().trim().max(1000).nullish() });
export const ExitTalkInput = z.object({
  heldAt: Instant,
  personView: Text(8000, 1),
  companyAssessment: Text(8000, 1),
  careerAdvice: Text(8000, 1),
});

const Signed = z.object({ userId: z.string().nullable(), name: z.string() });

export const CaseStep = z.object({
  id: z.string(),
  kind: z.enum(STEP_KINDS),
  at: z.string(),
  actor: Signed,
  data: z.record(z.string(), z.unknown()),
});

export const Appeal = z.object({
  id: z.string(),
  reason: z.string(),
  appellant: Signed,
  filedAt: z.string(),
  outcome: z.enum(['upheld', 'rejected']).nullable(),
  answer: z.string().nullable(),
  answeredBy: Signed.nullable(),
  answeredAt: z.string().nullable(),
});

export const CaseSummary = z.object({
  id: z.string(),
  employee: z.object({
    id: z.string(),
    employeeNo: z.string(),
    name: z.string(),
    teamName: z.string(),
    status: z.string(),
  }),
  criterion: CaseCriterion,
  status: CaseStatus,
  nextStep: z.enum(NEXT_STEPS).nullable(),
  /** provisionalYear: the notice was counted through a year without calendar data, so its end is
   *  provisional and HR's decision waits until that year is entered (null when final). */
  notice: z
    .object({
      publishedOn: z.string(),
      endsOn: z.string(),
      endsAt: z.string(),
      state: z.enum(['upcoming', 'open', 'ended']),
      provisionalYear: z.number().nullable(),
    })
    .nullable(),
  openAppeals: z.number().int(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
});

export const CaseDetail = CaseSummary.extend({
  summary: z.string(),
  /** What was true when the case was opened: the criterion's evidence snapshot, or the written evidence. */
  evidence: z.object({
    trigger: z.string().nullable(),
    facts: z.record(z.string(), z.unknown()).nullable(),
    items: z.array(z.record(z.string(), z.unknown())),
    text: z.string().nullable(),
  }),
  decision: z.enum(['eliminate', 'retain']).nullable(),
  steps: z.array(CaseStep),
  appeals: z.array(Appeal),
  offboarding: z.array(
    z.object({
      item: OffboardingItem,
      done: z.boolean(),
      by: Signed.nullable(),
      at: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  attachments: z.array(
    z.object({
      id: z.string(),
      fileName: z.string(),
      mime: z.string(),
      size: z.number().int(),
      uploadedAt: z.string(),
    }),
  ),
  /** What the signed-in user may do now (the web shows only these). */
  can: z.object({
    interview: z.boolean(),
    notice: z.boolean(),
    appeal: z.boolean(),
    answer: z.boolean(),
    decide: z.boolean(),
    offboard: z.boolean(),
    exitTalk: z.boolean(),
    attach: z.boolean(),
  }),
});
export type CaseDetailData = z.infer<typeof CaseDetail>;
export type CaseSummaryData = z.infer<typeof CaseSummary>;
