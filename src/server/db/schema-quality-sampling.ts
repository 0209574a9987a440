// Quality monitoring tables of part B (SPEC §8 sampling and quotas; issue 7 items 2–3). Same
// conventions as schema.ts: ISO-8601 UTC text timestamps, 'YYYY-MM-DD' dates, JSON as text.

export interface QaChangeEventTable {
  id: string;
  kind: string; // knowledge | system | process
  title: string;
  starts_on: string; // first center-local day of the raised rate
  days: number; // calendar days the raise lasts, counting starts_on
  raise_percent: number; // extra share of the affected volume sampled
  business_type: string | null; // only this business type, or all
  department_id: string | null; // only this department, or all
  created_by: string | null;
  created_at: string;
}

export interface QaSamplingDrawTable {
  id: string;
  week_start: string; // Monday, center-local
  seed: number; // uint32 (bigint: PostgreSQL's integer is signed 32-bit)
  status: string; // current | replaced
  agents: number;
  interactions: number; // candidates considered
  samples: number;
  unassigned: number;
  plan: string; // JSON: per agent { target, volume, reasons: { kind: count } } and the settings used
  duration_ms: number;
  created_by: string | null;
  created_at: string;
}

export interface QaSampleTable {
  id: string;
  draw_id: string;
  week_start: string;
  interaction_id: string;
  agent_id: string;
  team_id: string; // the agent's team when drawn (a team lead evaluates their own team only)
  department_id: string;
  day: string;
  started_at: string;
  hour_band: number; // first hour (center-local) of the band the interaction fell in
  business_type: string;
  channel: string;
  method: string; // recording (a stored interaction is reviewed from its recording or transcript)
  reason: string; // JSON SampleReason: why it was picked, for i18n
  why: string; // the same, as one line of text
  status: string; // open | done | skipped | cancelled
  assigned_user_id: string | null;
  assigned_at: string | null;
  evaluation_id: string | null;
  done_at: string | null;
  skip_reason: string | null;
  skipped_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface QaQuotaTable {
  user_id: string;
  live: number;
  recording: number;
  side_by_side: number;
  updated_by: string | null;
  updated_at: string;
}

export interface QualitySamplingDatabase {
  qa_change_events: QaChangeEventTable;
  qa_sampling_draws: QaSamplingDrawTable;
  qa_samples: QaSampleTable;
  qa_quotas: QaQuotaTable;
}
