// Interactions, their imports and daily KPI rollups (SPEC §8 "Interactions", §9 KPIs), and the
// durable jobs table behind lib/jobs.ts. Same conventions as schema.ts: ISO-8601 UTC text
// timestamps, 'YYYY-MM-DD' dates, 0/1 integers for booleans.

export interface JobTable {
  id: string;
  kind: string;
  state: string; // queued | running | done | failed
  payload: string; // JSON
  progress: string | null; // JSON, whatever the handler last reported
  attempts: number;
  locked_by: string | null; // host:pid:boot of the worker holding it
  lease_until: string | null; // another worker may take it over after this
  heartbeat_at: string | null;
  error: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  updated_at: string;
}

export interface InteractionTable {
  id: string; // the source system's interaction ID (Asterisk uniqueid, ticket number …)
  agent_id: string; // employees.id
  started_at: string; // UTC
  day: string; // the center's local calendar date of started_at (what the daily rollups use)
  direction: string; // in | out
  channel: string; // voice | chat | email | ticket
  business_type: string;
  queue: string | null;
  answered: number; // 0/1: a contact the agent actually handled
  talk_seconds: number;
  hold_seconds: number;
  wrap_seconds: number;
  queue_wait_seconds: number | null;
  fcr: number | null; // first-contact resolution 1/0, null when unknown
  csat: number | null; // 1–5, null when the customer gave none
  customer_ref: string | null;
  recording_url: string | null;
  transcript_url: string | null;
  import_id: string | null; // interaction_imports.id, or 'demo'
  call_id: string | null; // the call a leg belongs to (Asterisk: linkedid, else uniqueid); null: one row, one contact
  leg: string | null; // call | transfer | segment | attempt (migration 20261209 says what each counts as)
}

/** Per agent, per local day, per business type, per channel: the sums every KPI is computed from. */
export interface InteractionDailyTable {
  agent_id: string;
  day: string;
  business_type: string;
  channel: string;
  offered: number; // every interaction, answered or not
  handled: number; // answered ones
  talk_sum: number;
  hold_sum: number;
  wrap_sum: number;
  fcr_yes: number;
  fcr_known: number;
  csat_sum: number;
  csat_count: number;
  sl_within: number; // inbound, answered with queue wait ≤ the service-level threshold
  sl_offered: number; // inbound with a known queue wait
  csat_satisfied: number; // CSAT responses at or above appraisal.csatSatisfiedMin
}

/** interaction_daily summed over business types and channels: one row per agent and day. */
export type InteractionAgentDailyTable = Omit<InteractionDailyTable, 'business_type' | 'channel'>;
/** interaction_daily summed over agents: the whole center per day, business type and channel. */
export type InteractionCenterDailyTable = Omit<InteractionDailyTable, 'agent_id'>;

export interface InteractionImportTable {
  id: string;
  job_id: string | null;
  format: string; // template | asterisk | mapping
  mapping_name: string | null;
  file_name: string;
  file_path: string;
  file_type: string; // csv | xlsx
  bytes_total: number;
  bytes_read: number;
  state: string; // queued | running | done | failed
  rows_read: number;
  accepted: number;
  rejected: number;
  duplicates: number;
  // What the file holds (Asterisk): calls, legs (rows), transfers and unanswered attempts.
  calls: number;
  legs: number;
  transfers: number;
  attempts: number;
  committed_line: number; // last source line inside a committed batch: a resume continues after it
  committed_bytes: number; // byte offset just after that line (CSV), so a resume need not re-read
  error_code: string | null;
  error_message: string | null;
  created_by: string | null;
  created_by_name: string | null;
  created_at: string;
  started_at: string | null;
  run_started_at: string | null; // this run (after a resume) for the time-left estimate
  run_start_bytes: number;
  finished_at: string | null;
  updated_at: string;
}

export interface InteractionImportRejectTable {
  import_id: string;
  line: number;
  code: string;
  message: string;
  raw: string;
  params: string | null; // JSON: the values the reason names (field, value, line …), for the web's own wording
}

export interface InteractionMappingTable {
  name: string;
  description: string | null;
  mapping: string; // JSON, see interactions.schema.ts ColumnMapping
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

export interface InteractionAgentAliasTable {
  alias: string; // lower-case telephony agent id, extension or account code
  employee_id: string;
  note: string | null;
  created_at: string;
  created_by: string | null;
}

export interface InteractionsDatabase {
  jobs: JobTable;
  interactions: InteractionTable;
  interaction_daily: InteractionDailyTable;
  interaction_agent_daily: InteractionAgentDailyTable;
  interaction_center_daily: InteractionCenterDailyTable;
  interaction_imports: InteractionImportTable;
  interaction_import_rejects: InteractionImportRejectTable;
  interaction_mappings: InteractionMappingTable;
  interaction_agent_aliases: InteractionAgentAliasTable;
}
