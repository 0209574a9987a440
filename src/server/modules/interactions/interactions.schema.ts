import { z } from 'zod';
import { IsoDate } from '../../../common/people.js';
import { FIELD_KEYS } from './imports/import.fields.js';
import { REJECT_CODES } from './imports/import.convert.js';

// Request and response shapes of the interactions, imports and KPI APIs (they also feed OpenAPI
// at /api/docs). Durations are seconds; rates are fractions 0–1; times are UTC ISO-8601; days
// are the center's local calendar days (setting center.utcOffsetMinutes).

export const Direction = z.enum(['in', 'out']);
export const Channel = z.enum(['voice', 'chat', 'email', 'ticket']);
export const ImportState = z.enum(['queued', 'running', 'done', 'failed']);

export const ImportDto = z.object({
  id: z.string(),
  state: ImportState,
  format: z.enum(['template', 'asterisk', 'mapping']),
  mappingName: z.string().nullable(),
  fileName: z.string(),
  fileType: z.enum(['csv', 'xlsx']),
  bytesTotal: z.number(),
  bytesRead: z.number(),
  percent: z.number().describe('0–100, by bytes of the file committed'),
  secondsLeft: z.number().nullable().describe('estimate while running; 0 when done; null when unknown'),
  rowsRead: z.number().describe('data records read = accepted + rejected + duplicates'),
  accepted: z.number().describe('new interactions stored'),
  rejected: z.number().describe('rows refused (see /rejects); includes duplicates within the file'),
  duplicates: z.number().describe('rows whose interaction ID an earlier import already stored (skipped, not errors)'),
  calls: z
    .number()
    .int()
    .describe('Asterisk: calls in the file (legs grouped by linkedid, else uniqueid); 0 for other formats'),
  legs: z.number().int().describe('Asterisk: call legs (readable rows) in the file'),
  transfers: z
    .number()
    .int()
    .describe("Asterisk: answered legs of a further agent in a call (each counts as that agent's handled call)"),
  attempts: z
    .number()
    .int()
    .describe(
      'Asterisk: unanswered legs of calls another leg carries (NO ANSWER/BUSY/FAILED while ringing several agents); counted as attempts, not as calls or rejects',
    ),
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export const ImportDetail = ImportDto.extend({
  rejectReasons: z.array(z.object({ code: z.string(), n: z.number() })).describe('rejected rows kept, by reason code'),
});

export const ImportListQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  state: ImportState.optional(),
});

export const RejectListQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  code: z.enum(REJECT_CODES).optional(),
});
export const RejectDto = z.object({
  line: z.number().describe('line in the file where the record starts (the header is line 1)'),
  code: z.enum(REJECT_CODES),
  message: z.string(),
  raw: z.string().describe('the record as read, up to 2,000 characters'),
  params: z
    .object({
      field: z.string().optional().describe('a template field key (talkSeconds …) or an Asterisk column (billsec …)'),
      value: z.string().optional().describe('the value found, cut at 40 characters'),
      max: z.number().optional(),
      count: z.number().optional(),
      line: z.number().optional().describe('DUPLICATE_IN_FILE: the earlier line with the same ID'),
    })
    .nullable()
    .describe(
      'what the reason names, to word it in another language; null for rows kept before these were recorded and for duplicates across batches',
    ),
});

export const TemplateQuery = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  lang: z
    .enum(['zh', 'en'])
    .default('zh')
    .describe('headers and example words in Chinese or English; the import reads either'),
});

export const FieldDto = z.object({
  key: z.enum(FIELD_KEYS),
  zh: z.string(),
  en: z.string(),
  required: z.boolean(),
  hint: z.string(),
  aliases: z.array(z.string()),
});

const ColumnRef = z.union([z.string().trim().min(1).max(200), z.number().int().min(1).max(500)]);
export const ColumnMappingSchema = z.object({
  hasHeader: z.boolean().default(true),
  delimiter: z.enum([',', ';', '\t', '|']).default(','),
  columns: z
    .partialRecord(z.enum(FIELD_KEYS), ColumnRef)
    .describe('field → header text (hasHeader) or 1-based column number')
    .refine(
      (c) => c.interactionId !== undefined && c.agent !== undefined && c.startedAt !== undefined,
      'interactionId, agent and startedAt must be mapped',
    ),
  defaults: z
    .object({
      direction: Direction.optional(),
      channel: Channel.optional(),
      businessType: z.string().trim().max(100).optional(),
    })
    .optional(),
});
export const MappingSave = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[^:/\\]+$/, 'no : / or \\ in a mapping name'),
  description: z.string().trim().max(500).nullish(),
  mapping: ColumnMappingSchema,
});
export const MappingDto = z.object({
  name: z.string(),
  description: z.string().nullable(),
  mapping: ColumnMappingSchema,
  updatedAt: z.string(),
});

export const AliasCreate = z
  .object({
    alias: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .describe('telephony agent id, extension or account code (case-insensitive)'),
    employeeId: z.string().min(1).max(64).optional(),
    employeeNo: z.string().trim().min(1).max(32).optional(),
    note: z.string().trim().max(200).nullish(),
  })
  .refine((a) => a.employeeId || a.employeeNo, 'give employeeId or employeeNo');
export const AliasDto = z.object({
  alias: z.string(),
  employeeId: z.string(),
  employeeNo: z.string(),
  employeeName: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

const Target = {
  agentId: z.string().min(1).max(64).optional(),
  teamId: z.string().min(1).max(64).optional(),
  departmentId: z.string().min(1).max(64).optional(),
};
export const InteractionListQuery = z.object({
  ...Target,
  date: IsoDate.optional().describe('one day (sets from and to)'),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  businessType: z.string().max(100).optional(),
  channel: Channel.optional(),
  direction: Direction.optional(),
  answered: z.enum(['0', '1']).transform(Number).optional(),
  startingAfter: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .describe(
      'cursor for the next page: the id of the last interaction of the page shown; the page holds the ones after it (older). The list is newest first (startedAt, then id, descending)',
    ),
  endingBefore: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .describe(
      'cursor for the previous page: the id of the first interaction of the page shown; the page holds the ones before it (newer)',
    ),
  page: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(1)
    .describe(
      'page number (skips rows, slower the deeper it goes); ignored with a cursor, which any depth answers as fast',
    ),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const InteractionDto = z.object({
  id: z.string(),
  agentId: z.string(),
  employeeNo: z.string(),
  agentName: z.string(),
  startedAt: z.string(),
  day: z.string(),
  direction: Direction,
  channel: Channel,
  businessType: z.string(),
  queue: z.string().nullable(),
  answered: z.boolean(),
  talkSeconds: z.number(),
  holdSeconds: z.number(),
  wrapSeconds: z.number(),
  handleSeconds: z.number(),
  queueWaitSeconds: z.number().nullable(),
  fcr: z.boolean().nullable(),
  csat: z.number().nullable(),
  customerRef: z.string().nullable(),
  recordingUrl: z.string().nullable(),
  transcriptUrl: z.string().nullable(),
  importId: z.string().nullable(),
});

export const InteractionPage = z.object({
  success: z.literal(true),
  data: z.array(InteractionDto),
  total: z
    .number()
    .int()
    .nullable()
    .describe(
      'interactions matching the filter, from the daily rollups; null with a direction filter (not kept there)',
    ),
  hasMore: z
    .boolean()
    .describe('whether more interactions follow in the direction paged (older; newer with endingBefore)'),
});

export const KpiQuery = z.object({
  from: IsoDate.optional().describe('default: 29 days before `to`'),
  to: IsoDate.optional().describe('default: today (center time)'),
  businessType: z.string().max(100).optional(),
  channel: Channel.optional(),
});
export const Figures = z.object({
  offered: z.number().describe('interactions, answered or not'),
  handled: z.number().describe('answered interactions'),
  talkSeconds: z.number(),
  holdSeconds: z.number(),
  wrapSeconds: z.number(),
  ahtSeconds: z.number().nullable().describe('(talk + hold + wrap) / handled'),
  fcrYes: z.number(),
  fcrKnown: z.number(),
  fcrRate: z.number().nullable().describe('fcrYes / fcrKnown'),
  csatSum: z.number(),
  csatCount: z.number(),
  csatAverage: z.number().nullable().describe('csatSum / csatCount (1–5)'),
  slWithin: z.number(),
  slOffered: z.number(),
  serviceLevel: z
    .number()
    .nullable()
    .describe('inbound answered within serviceLevelSeconds / inbound with a known queue wait'),
});
export const DailyKpis = z.object({
  from: z.string(),
  to: z.string(),
  name: z.string(),
  businessType: z.string().nullable(),
  channel: z.string().nullable(),
  serviceLevelSeconds: z.number(),
  serviceLevelRecount: z
    .object({
      seconds: z.number().describe('the threshold being applied'),
      daysDone: z.number(),
      daysTotal: z.number().nullable().describe('null until the recount has started'),
    })
    .nullable()
    .describe(
      'while past days are being recounted after a change of the threshold (figures then mix the old and the new); null otherwise',
    ),
  businessTypes: z.array(z.string()).describe('business types the center handled in the range (for the filter)'),
  total: Figures,
  days: z.array(Figures.extend({ day: z.string() })).describe('every day of the range, zeros where nothing happened'),
});
export const TeamAgentKpis = z.object({
  from: z.string(),
  to: z.string(),
  name: z.string(),
  businessType: z.string().nullable(),
  channel: z.string().nullable(),
  agents: z.array(
    Figures.extend({
      employeeId: z.string(),
      employeeNo: z.string(),
      name: z.string(),
      status: z.string(),
      hireDate: z.string(),
      position: z.string().nullable(),
    }),
  ),
  total: Figures,
});
export const DefaultTeam = z.object({
  from: z.string(),
  to: z.string(),
  teamId: z.string().nullable().describe('null when the caller may see no team'),
  name: z.string().nullable(),
  hasInteractions: z.boolean().describe('whether the team had interactions in the range'),
});
export const DefaultTeamQuery = KpiQuery.pick({ from: true, to: true });
export const TeamParams = z.object({ teamId: z.string().min(1).max(64) });
export const AgentParams = z.object({ employeeId: z.string().min(1).max(64) });
