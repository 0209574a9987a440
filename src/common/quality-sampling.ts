import { z } from 'zod';
import { IsoDate } from './people.js';
import { Method } from './quality.js';

// Sampling plans, draws, samples, queues and quotas on the API (SPEC §8, issue 7 items 2–3),
// shared by the server (validation, OpenAPI) and the web (types).

const Text = (max: number) => z.string().trim().max(max);
const Id = z.string().min(1).max(64);
const Reason = Text(500).min(2);

export const CHANGE_KINDS = ['knowledge', 'system', 'process'] as const;
export const ChangeKind = z.enum(CHANGE_KINDS);

/** Why a sample was picked. band is the hour band ("14–16", center time). */
export const REASON_KINDS = [
  'new_hire_all',
  'minimum',
  'share',
  'new_hire_stage',
  'poor_score',
  'follow_up',
  'change_event',
] as const;
export const SampleReason = z.object({
  kind: z.enum(REASON_KINDS),
  band: z.string(),
  businessType: z.string(),
  day: z.number().optional(), // new_hire_all: the working day of the new hire (1 = the first)
  minimum: z.number().optional(),
  percent: z.number().optional(),
  volume: z.number().optional(), // interactions the rate applied to
  passes: z.number().optional(), // new_hire_stage: passed evaluations in a row so far
  mean: z.number().optional(), // poor_score: the recent mean final score
  date: z.string().optional(), // change_event: its first day
  title: z.string().optional(),
});
export type SampleReasonShape = z.infer<typeof SampleReason>;

export const ChangeEventCreate = z.object({
  kind: ChangeKind,
  title: Text(100).min(1),
  startsOn: IsoDate,
  days: z.number().int().min(1).max(366).optional(), // default: setting quality.sampling.changeEventDays
  raisePercent: z.number().int().min(1).max(100).optional(), // default: quality.sampling.changeEventPercent
  businessType: Text(100).min(1).nullable().optional(),
  departmentId: Id.nullable().optional(),
});
export const ChangeEventDto = z.object({
  id: z.string(),
  kind: ChangeKind,
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  days: z.number(),
  raisePercent: z.number(),
  businessType: z.string().nullable(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  createdAt: z.string(),
});
export const ChangeEventListQuery = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });

export const DrawCreate = z.object({
  weekStart: IsoDate, // a Monday (center calendar)
  seed: z.number().int().min(0).max(4294967295).optional(),
  replace: z.boolean().optional(), // draw again for a week that has a draw: its open samples are cancelled
});
export const AgentDrawSummary = z.object({
  agentId: z.string(),
  employeeNo: z.string(),
  name: z.string(),
  teamName: z.string(),
  volume: z.number(),
  samples: z.number(),
  rule: z.enum(REASON_KINDS),
  percent: z.number().nullable(),
  byReason: z.record(z.string(), z.number()),
});
export const DrawDto = z.object({
  id: z.string(),
  weekStart: z.string(),
  weekEnd: z.string(),
  seed: z.number(),
  status: z.enum(['current', 'replaced']),
  agents: z.number(),
  interactions: z.number(),
  samples: z.number(),
  unassigned: z.number(),
  durationMs: z.number(),
  byReason: z.record(z.string(), z.number()),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  /** The week's capacity against what the rules asked for; dropped > 0 is a shortfall (null on draws made before it was kept). */
  capacity: z
    .object({
      demand: z.number(),
      capacity: z.number(),
      workingDays: z.number(),
      evaluators: z.number(),
      carried: z.number(),
      dropped: z.number(),
      droppedByReason: z.record(z.string(), z.number()),
      evaluatorDaysNeeded: z.number(),
    })
    .nullable(),
});
export const DrawDetail = DrawDto.extend({ perAgent: z.array(AgentDrawSummary) });
export const DrawListQuery = z.object({ weekStart: IsoDate.optional() });

export const SAMPLE_STATUSES = ['open', 'done', 'skipped', 'cancelled'] as const;
export const SampleStatus = z.enum(SAMPLE_STATUSES);
export const SampleDto = z.object({
  id: z.string(),
  drawId: z.string(),
  weekStart: z.string(),
  interactionId: z.string(),
  agentId: z.string(),
  agentName: z.string(),
  employeeNo: z.string(),
  teamName: z.string(),
  day: z.string(),
  startedAt: z.string(),
  hourBand: z.number(),
  businessType: z.string(),
  channel: z.string(),
  method: Method,
  reason: SampleReason,
  why: z.string(),
  status: SampleStatus,
  assignedUserId: z.string().nullable(),
  assignedName: z.string().nullable(),
  evaluationId: z.string().nullable(),
  doneAt: z.string().nullable(),
  skipReason: z.string().nullable(),
  version: z.number(),
});
export const SampleListQuery = z.object({
  weekStart: IsoDate.optional(),
  drawId: Id.optional(),
  status: SampleStatus.optional(),
  assignedUserId: Id.optional(),
  unassigned: z.enum(['0', '1']).optional(),
  agentId: Id.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const QueueQuery = z.object({
  status: SampleStatus.optional(),
  agentId: Id.optional(), // only this agent's samples
  teamId: Id.optional(), // only samples of agents in this team (the team the sample was drawn in)
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const Reassign = z.object({
  sampleIds: z.array(Id).min(1).max(500),
  userId: Id,
  reason: Reason,
});
export const SkipInput = z.object({ reason: Reason });

export const LEVELS = ['manager', 'supervisor', 'qc', 'team_lead'] as const;
export const EvaluatorLevel = z.enum(LEVELS);
export const QuotaNumbers = z.object({
  live: z.number().int().min(0).max(200),
  recording: z.number().int().min(0).max(200),
  sideBySide: z.number().int().min(0).max(200),
});
export const QuotaPut = QuotaNumbers.extend({ reason: Reason });
export const MethodProgress = z.object({ method: Method, quota: z.number(), done: z.number() });
export const EvaluatorQuota = z.object({
  userId: z.string(),
  name: z.string(),
  level: EvaluatorLevel,
  teamName: z.string().nullable(),
  custom: z.boolean(),
  quota: QuotaNumbers,
  progress: z.array(MethodProgress),
  open: z.number(),
  mayScore: z.boolean(),
});
export const QueueDto = z.object({
  day: z.string(),
  level: EvaluatorLevel.nullable(),
  progress: z.array(MethodProgress),
  open: z.number(),
  items: z.array(SampleDto),
  total: z.number(),
});
export const SamplingSettingsDto = z.record(z.string(), z.number());
