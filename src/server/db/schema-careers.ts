// Careers (SPEC §11, issue 21): see the migration 20261228-careers.ts. As in schema.ts: instants
// ISO-8601 UTC text, calendar days 'YYYY-MM-DD', JSON as text.

export interface CareerRoundsTable {
  id: string;
  name: string;
  /** ROUND_STATUSES in common/careers.ts */
  status: string;
  /** The self-nomination window, center days, both included. */
  nominations_open: string;
  nominations_close: string;
  /** The day of the talks and the panel's scoring. */
  talk_day: string | null;
  talk_minutes: number;
  /** How many may be chosen; null = as the panel decides. */
  seats: number | null;
  /** JSON ReserveCriteria: the eligibility settings as they were when the round opened. */
  criteria: string;
  /** The management-training cohort the chosen join (training module); null = none yet. */
  cohort_id: string | null;
  candidates_published_at: string | null;
  results_published_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface CareerNominationsTable {
  id: string;
  round_id: string;
  employee_id: string;
  /** self | lead — a lead's recommendation of someone who already entered is added to their entry. */
  source: string;
  /** The candidate's own words: results and plans. */
  statement: string | null;
  recommended_by: string | null;
  recommendation: string | null;
  /** JSON Eligibility (common/careers.ts) as computed when the person entered. */
  eligibility: string;
  /** NOMINATION_STATUSES in common/careers.ts */
  status: string;
  /** HR's recorded reason (never shown to other agents). */
  screening_reason: string | null;
  screened_by: string | null;
  screened_at: string | null;
  panel_average: number | null;
  peer_average: number | null;
  final_score: number | null;
  /** chosen | not_chosen, once the results are decided. */
  outcome: string | null;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface CareerEventsTable {
  id: string;
  employee_id: string;
  /** CAREER_EVENT_KINDS in common/careers.ts */
  kind: string;
  day: string;
  round_id: string | null;
  /** The record behind the event (a nomination, a cohort, a trainer level…). */
  ref: string | null;
  /** JSON with what the event needs to be read on its own (score, level name, reason). */
  detail: string | null;
  recorded_by: string | null;
  created_at: string;
}

export interface CareersDatabase {
  career_rounds: CareerRoundsTable;
  career_nominations: CareerNominationsTable;
  career_events: CareerEventsTable;
}
