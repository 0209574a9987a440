import { z } from 'zod';
import { IsoDate } from './people.js';

// Discipline records (纪律记录, issue 17 item 6) on the API, shared by the server (validation,
// OpenAPI) and the web (types). A team lead (their team), a trainer (their trainees) or HR
// records misconduct with its evidence; the person is told and may reply or appeal once; HR
// confirms or withdraws. Confirmed records that have not expired count: elimination criterion 4
// (SPEC §6 "other recorded misconduct"), reserve-lead eligibility (§11 "no disciplinary record")
// and appraisal. The API carries codes; the web says them in the reader's language.

/** The kinds of misconduct. The first three are the attendance breaches SPEC §6 criterion 4 counts. */
export const DISCIPLINE_KINDS = [
  'lateness',
  'early_leave',
  'absence',
  'rudeness',
  'rule_breach',
  'data_security',
  'other',
] as const;
export const ATTENDANCE_KINDS = ['lateness', 'early_leave', 'absence'] as const;
export const DisciplineKind = z.enum(DISCIPLINE_KINDS);
export type DisciplineKindName = z.infer<typeof DisciplineKind>;

/** pending: awaiting HR; appealed: the person appealed, awaiting HR; confirmed / withdrawn: HR decided. */
export const DISCIPLINE_STATUSES = ['pending', 'appealed', 'confirmed', 'withdrawn'] as const;
export const DisciplineStatus = z.enum(DISCIPLINE_STATUSES);

/** What the timeline of a record holds, as codes with params (the web words them). */
export const DISCIPLINE_EVENTS = ['recorded', 'attachment', 'reply', 'appeal', 'confirmed', 'withdrawn'] as const;

const Text = (max: number, min = 2) => z.string().trim().min(min).max(max);
const Id = z.string().min(1).max(64);

export const DisciplineListQuery = z.object({
  employeeId: Id.optional(),
  kind: DisciplineKind.optional(),
  status: DisciplineStatus.optional(),
  /** active: confirmed and not expired; expired: confirmed and past its expiry. */
  state: z.enum(['active', 'expired']).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const DisciplineInput = z.object({
  employeeId: Id,
  kind: DisciplineKind,
  /** The day it happened (not in the future). */
  occurredOn: IsoDate,
  description: Text(4000),
  /** Written evidence: what was seen, by whom, where it is on record. */
  evidenceText: z.string().trim().max(8000).nullish(),
  /** A call or chat of the person's, in the recorder's sight. */
  interactionId: Id.nullish(),
  /** The training session whose attendance record of the person is the evidence. */
  attendanceSessionId: Id.nullish(),
});

export const DisciplineResponseInput = z.object({
  /** reply: the person's statement for the file; appeal: asks HR to withdraw it. */
  kind: z.enum(['reply', 'appeal']),
  text: Text(4000),
});

export const DisciplineDecisionInput = z.object({
  decision: z.enum(['confirm', 'withdraw']),
  reason: Text(4000),
});

const Who = z.object({ userId: z.string().nullable(), name: z.string() });

export const DisciplineSummary = z.object({
  id: z.string(),
  employeeId: z.string(),
  employeeNo: z.string(),
  employeeName: z.string(),
  teamName: z.string(),
  kind: DisciplineKind,
  occurredOn: z.string(),
  description: z.string(),
  status: DisciplineStatus,
  expiresOn: z.string(),
  /** Confirmed and not expired: it counts today. */
  counts: z.boolean(),
  expired: z.boolean(),
  responded: z.enum(['reply', 'appeal']).nullable(),
  recordedBy: Who,
  recordedAt: z.string(),
});

export const DisciplineEvent = z.object({
  kind: z.enum(DISCIPLINE_EVENTS),
  at: z.string(),
  actor: Who,
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});

export const DisciplineAttachment = z.object({
  id: z.string(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
});

export const DisciplineDetail = DisciplineSummary.extend({
  evidenceText: z.string().nullable(),
  interactionId: z.string().nullable(),
  attendanceSessionId: z.string().nullable(),
  response: z.object({ kind: z.enum(['reply', 'appeal']), text: z.string(), at: z.string() }).nullable(),
  decision: z
    .object({ decision: z.enum(['confirm', 'withdraw']), reason: z.string(), by: Who, at: z.string() })
    .nullable(),
  attachments: z.array(DisciplineAttachment),
  events: z.array(DisciplineEvent),
  /** What the reader may do now. */
  can: z.object({ respond: z.boolean(), decide: z.boolean(), attach: z.boolean() }),
});

export type DisciplineSummaryData = z.infer<typeof DisciplineSummary>;
export type DisciplineDetailData = z.infer<typeof DisciplineDetail>;
export type DisciplineEventData = z.infer<typeof DisciplineEvent>;
