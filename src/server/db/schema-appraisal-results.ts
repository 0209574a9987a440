// Appraisal results (SPEC §9, issue 18 items 4–7). As in schema.ts: timestamps ISO-8601 UTC text,
// calendar dates 'YYYY-MM-DD' text, JSON columns text; money in integer cents.

export interface AppraisalAppealTable {
  id: string;
  cycle_id: string;
  sheet_id: string;
  employee_id: string;
  team_id: string; // the appellant's team when filed (the reviewing lead's)
  kpi_code: string;
  reason: string;
  original_value: number | null;
  claimed_value: number | null;
  status: string; // open | reviewed | upheld | rejected
  window_ends_on: string; // the last center-local day an appeal could be filed
  filed_by: string;
  filed_at: string;
  review_recommendation: string | null; // uphold | reject
  review_comment: string | null;
  reviewed_by: string | null;
  reviewed_by_name: string | null;
  reviewed_at: string | null;
  decision: string | null; // upheld | rejected
  decision_reason: string | null;
  corrected_value: number | null;
  old_total: number | null;
  new_total: number | null;
  old_grade: string | null;
  new_grade: string | null;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
  version: number;
  updated_at: string;
}

/** An appeal's steps, append-only: an event code and its params (JSON). */
export interface AppraisalAppealEventTable {
  id: string;
  appeal_id: string;
  kind: string; // filed | reviewed | upheld | rejected
  at: string;
  actor_user_id: string | null;
  actor_name: string;
  params: string;
}

/** Grades as fixed when the cycle became final (re-fixed when an appeal is upheld before publication). */
export interface AppraisalGradeTable {
  cycle_id: string;
  employee_id: string;
  team_id: string;
  sheet_id: string;
  total: number | null;
  score_grade: string | null;
  grade: string | null;
  team_rank: number | null;
  fixed_at: string;
}

export interface AppraisalBaseBonusTable {
  cycle_id: string;
  employee_id: string;
  amount_cents: number;
  source: string; // entered | imported
  updated_by: string | null;
  updated_at: string;
}

export interface AppraisalTeamPoolTable {
  cycle_id: string;
  team_id: string;
  amount_cents: number;
  updated_by: string | null;
  updated_at: string;
}

export interface AppraisalFollowUpTable {
  id: string;
  cycle_id: string;
  employee_id: string;
  team_id: string;
  trigger: string; // grade_d | repeated_c
  grade: string;
  previous_cycle_id: string | null;
  weakest_kpi: string | null;
  training_need: string;
  improvement_plan: string;
  owner_user_id: string | null;
  owner_name: string;
  due_on: string;
  status: string; // open | done
  outcome: string | null;
  created_at: string;
  closed_at: string | null;
  version: number;
  updated_at: string;
}

export interface AppraisalResultsDatabase {
  appraisal_appeals: AppraisalAppealTable;
  appraisal_appeal_events: AppraisalAppealEventTable;
  appraisal_grades: AppraisalGradeTable;
  appraisal_base_bonuses: AppraisalBaseBonusTable;
  appraisal_team_pools: AppraisalTeamPoolTable;
  appraisal_followups: AppraisalFollowUpTable;
}
