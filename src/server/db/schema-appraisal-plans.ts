// Appraisal plans (SPEC §9, issue 18 item 1). As in schema.ts: timestamps ISO-8601 UTC text,
// JSON columns text.

export interface AppraisalPlanTable {
  id: string;
  name: string; // the name in the latest version's content, for lists
  department_id: string | null; // the center (department) the plan is for; null = the whole company
  draft_version_id: string | null;
  published_version_id: string | null;
  revision: number; // bumped on every write; a save names the revision it started from
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** One version of a plan: content is PlanContent (src/common/appraisal-plans.ts) as JSON. */
export interface AppraisalPlanVersionTable {
  id: string;
  plan_id: string;
  number: number; // 1, 2, … per plan
  status: string; // draft | published | superseded
  content: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  published_by: string | null;
}

/** The teams of each plan's published version: team_id is the key, so one published plan per team. */
export interface AppraisalPlanTeamTable {
  team_id: string;
  plan_id: string;
  version_id: string;
  position_type: string; // inbound | outbound | non_voice | team_lead
}

export interface AppraisalPlansDatabase {
  appraisal_plans: AppraisalPlanTable;
  appraisal_plan_versions: AppraisalPlanVersionTable;
  appraisal_plan_teams: AppraisalPlanTeamTable;
}
