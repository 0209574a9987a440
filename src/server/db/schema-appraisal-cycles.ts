// Appraisal cycles and sheets (SPEC §9, issue 18). As in schema.ts: timestamps ISO-8601 UTC text,
// calendar dates 'YYYY-MM-DD' text, JSON columns text.

export interface AppraisalCycleTable {
  id: string;
  name: string;
  plan_id: string;
  plan_version_id: string; // the version the cycle started with; it keeps it
  kind: string; // monthly | quarterly | half_yearly | yearly
  period_start: string;
  period_end: string;
  status: string; // open | frozen | review | confirmation | appeal | final | published
  timetable: string; // JSON: [{ step, dueOn, provisionalYear }]
  created_by: string;
  created_at: string;
  frozen_at: string | null;
  computed_at: string | null;
  version: number;
  updated_at: string;
}

/** Who moved a cycle to which step, append-only. */
export interface AppraisalCycleEventTable {
  id: string;
  cycle_id: string;
  step: string;
  at: string;
  actor_user_id: string | null;
  actor_name: string;
  note: string | null;
}

export interface AppraisalSheetTable {
  id: string;
  cycle_id: string;
  employee_id: string;
  team_id: string; // the person's team when the sheet was made (scope follows the sheet, not later moves)
  department_id: string;
  position_type: string;
  status: string; // draft | frozen | confirmed
  total: number | null;
  grade: string | null;
  lead_comment: string | null;
  lead_comment_by: string | null;
  confirmed_at: string | null;
  confirmed_by: string | null;
  computed_at: string | null;
  frozen_at: string | null;
  version: number;
  updated_at: string;
}

export interface AppraisalSheetItemTable {
  id: string;
  sheet_id: string;
  code: string;
  value: number | null;
  points: number | null;
  weight: number;
  effective_weight: number;
  contribution: number | null;
  source: string; // data | manual | import | appeal | none
  evidence: string; // JSON: an Evidence descriptor (src/common/appraisal-cycles.ts)
  comment: string | null;
  position: number;
}

export interface AppraisalManualEntryTable {
  id: string;
  sheet_id: string;
  code: string;
  value: number;
  comment: string | null;
  entered_by: string;
  entered_by_name: string;
  entered_at: string;
}

export interface AppraisalExternalValueTable {
  id: string;
  cycle_id: string;
  employee_id: string;
  code: string; // sales
  value: number;
  source: string; // manual | import
  file_name: string | null;
  entered_by: string;
  entered_by_name: string;
  entered_at: string;
}

export interface AppraisalCyclesDatabase {
  appraisal_cycles: AppraisalCycleTable;
  appraisal_cycle_events: AppraisalCycleEventTable;
  appraisal_sheets: AppraisalSheetTable;
  appraisal_sheet_items: AppraisalSheetItemTable;
  appraisal_manual_entries: AppraisalManualEntryTable;
  appraisal_external_values: AppraisalExternalValueTable;
}
