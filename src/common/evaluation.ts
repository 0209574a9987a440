import { z } from 'zod';
import { IsoDate } from './people.js';

// New-hire evaluation (SPEC §6, issue 5 items 1–3 and 6) on the API, shared by the server
// (validation, OpenAPI), the elimination module (criteria with evidence) and the web (types).

/** Criteria 1–4 of SPEC §6, computed from records. Criteria 5–7 are raised by a person (elimination cases). */
export const COMPUTED_CRITERIA = ['theory_fails', 'practical_fails', 'daily_below', 'attendance_breaches'] as const;
export const CriterionCode = z.enum(COMPUTED_CRITERIA);
export type CriterionCodeName = z.infer<typeof CriterionCode>;

/** What a piece of evidence is: an exam result, a daily evaluation, a recorded reminder, an attendance record. */
export const EVIDENCE_KINDS = ['theory_result', 'practical_result', 'daily_score', 'reminder', 'attendance'] as const;

export const Evidence = z.object({
  kind: z.string(),
  /** The record's id: an exam attempt, a practical score, a daily score, a follow-up, a session. */
  id: z.string(),
  date: z.string(),
  title: z.string(),
  /** A theory exam's attempt (2 and on: a retake); the web words "{title} (attempt n)". */
  attempt: z.number().int().optional(),
  score: z.number().optional(),
  passMark: z.number().optional(),
  /** Free detail (an attendance status and its minutes, the exam's id for a link). */
  detail: z.string().optional(),
  /** Where the record lives, for a link: the exam of a result, the session of an attendance record. */
  refId: z.string().optional(),
  /** Minutes late / left early, for an attendance record. */
  minutes: z.number().nullable().optional(),
});
export type EvidenceItem = z.infer<typeof Evidence>;

export const Criterion = z.object({
  code: CriterionCode,
  met: z.boolean(),
  atRisk: z.boolean(),
  /** What meets (or has met) the criterion, in plain words with the numbers in force. */
  trigger: z.string(),
  /** Machine-readable counterpart of trigger, so the web can say it in the reader's language. */
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  evidence: z.array(Evidence),
});
export type CriterionResult = z.infer<typeof Criterion>;

export const TraineeEvaluation = z.object({
  employeeId: z.string(),
  employeeNo: z.string(),
  name: z.string(),
  status: z.string(),
  teamId: z.string(),
  criteria: z.array(Criterion),
  met: z.boolean(),
  atRisk: z.boolean(),
});
export type TraineeEvaluationData = z.infer<typeof TraineeEvaluation>;

export const AtRiskQuery = z.object({
  /** met: meets a criterion; at_risk: one step away; all: both (default). */
  state: z.enum(['all', 'met', 'at_risk']).default('all'),
  cohortId: z.string().min(1).max(64).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const AtRiskRow = z.object({
  employeeId: z.string(),
  employeeNo: z.string(),
  name: z.string(),
  status: z.string(),
  met: z.boolean(),
  atRisk: z.boolean(),
  criteria: z.array(Criterion.omit({ evidence: true })),
});

// --- Cohort board --------------------------------------------------------------------------------

export const BoardCell = z.object({
  title: z.string(),
  attempt: z.number().int().optional(),
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
  date: z.string().nullable(),
});
export const BoardRow = z.object({
  employeeId: z.string(),
  employeeNo: z.string(),
  name: z.string(),
  status: z.string(),
  theory: z.array(BoardCell),
  practical: z.array(BoardCell),
  /** Regular daily-performance totals by period start (YYYY-MM-DD → score). */
  daily: z.record(z.string(), z.number()),
  dailyAverage: z.number().nullable(),
  /** Training's 30-point attendance score over the training period; null when nothing counted. */
  attendance: z.number().nullable(),
  mentoring: z.object({ mode: z.string().nullable(), status: z.string().nullable(), hours: z.number() }),
  met: z.boolean(),
  atRisk: z.boolean(),
  criteria: z.array(Criterion.omit({ evidence: true })),
});
export const CohortBoard = z.object({
  cohort: z.object({ id: z.string(), name: z.string(), startDate: z.string() }),
  periods: z.array(z.string()),
  rows: z.array(BoardRow),
});

// --- Certification -------------------------------------------------------------------------------

/** shadowing: trainee → probation (跟听/试用期); regular: probation → regular (转正). */
export const CERTIFICATION_STEPS = ['shadowing', 'regular'] as const;
export const CertificationStep = z.enum(CERTIFICATION_STEPS);

export const CertifyInput = z.object({
  step: CertificationStep,
  /** The day the new status takes effect; today when left out. */
  effectiveDate: IsoDate.optional(),
  note: z.string().trim().min(2, 'say what the decision rests on').max(2000),
});

export const CertificationEvidence = z.object({
  examsPassed: z.array(
    z.object({
      kind: z.string(),
      title: z.string(),
      attempt: z.number().int().optional(),
      score: z.number(),
      passMark: z.number(),
      date: z.string(),
    }),
  ),
  attendance: z.object({ score: z.number().nullable(), counted: z.number().int(), breaches: z.number().int() }),
  dailyAverage: z.number().nullable(),
  mentoringHours: z.number(),
  plans: z.array(z.object({ id: z.string(), title: z.string(), endDate: z.string(), status: z.string() })),
});

export const Certification = z.object({
  id: z.string(),
  employeeId: z.string(),
  step: CertificationStep,
  fromStatus: z.string(),
  toStatus: z.string(),
  effectiveDate: z.string(),
  note: z.string(),
  evidence: CertificationEvidence,
  certifiedBy: z.string(),
  certifiedAt: z.string(),
});
export type CertificationData = z.infer<typeof Certification>;

/** What the confirmation shows before certifying: the evidence and what still stands in the way. */
export const CertificationCheck = z.object({
  step: CertificationStep.nullable(),
  ready: z.boolean(),
  blockers: z.array(z.object({ code: z.string(), message: z.string() })),
  evidence: CertificationEvidence,
  history: z.array(Certification),
});
