// Quality monitoring tables of part D (SPEC §7–8, issue 7 items 5–7): feedback, disputes,
// follow-ups, the daily summary's actions and the red-line list. As in schema.ts: JSON columns are
// text, booleans 0/1 integers, timestamps ISO-8601 UTC text, calendar dates 'YYYY-MM-DD' text.

export interface QaFeedbackTable {
  id: string;
  evaluation_id: string;
  agent_id: string;
  evaluator_user_id: string;
  kind: string; // individual | common (FEEDBACK_KINDS)
  due_day: string | null; // center-local last day; null when the calendar lacks the year
  due_at: string | null; // the UTC instant that day ends
  due_problem: string | null; // CALENDAR_YEAR_MISSING, shown beside the row
  due_problem_year: number | null;
  status: string; // pending | given
  mode: string | null; // one_to_one | one_to_many | immediate (FEEDBACK_MODES)
  notes: string | null;
  given_on: string | null;
  given_at: string | null;
  given_by: string | null;
  late: number; // 1 when given after the deadline
  acknowledged_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface QaDisputeTable {
  id: string;
  evaluation_id: string;
  agent_id: string;
  scope: string; // whole | items
  reason: string;
  status: string; // open | decided
  opened_by: string;
  window_ends_on: string;
  reviewer_employee_id: string | null; // the agent's direct supervisor when opened
  score_before: number;
  final_score: number | null;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface QaDisputeItemTable {
  id: string;
  dispute_id: string;
  item_key: string;
  item_label: string;
  original_value: number | null;
  proposed_value: number | null;
  agent_reason: string | null;
  outcome: string | null; // kept | changed
  final_value: number | null;
  decision_reason: string | null;
}

export interface QaFollowupTable {
  id: string;
  agent_id: string;
  item_key: string;
  item_label: string;
  status: string; // open | closed
  trainee: number; // 1 when the agent was before regular status (handled with the trainee)
  opened_evaluation_id: string;
  opened_day: string;
  closed_evaluation_id: string | null;
  closed_day: string | null;
  closed_at: string | null;
  handling: string | null; // trainees: recitation | retest | improvement_plan
  handling_note: string | null;
  created_at: string;
  updated_at: string;
}

export interface QaSummaryActionTable {
  id: string;
  day: string;
  item_key: string;
  team_id: string; // '' for the whole center
  action: string; // SUMMARY_ACTIONS
  note: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface QaRedLineTable {
  id: string;
  title: string;
  description: string | null;
  category: string; // basic | common | announced
  item_keys: string; // JSON string[]: form item keys this red line covers
  announced_on: string | null;
  active: number;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface QaRedLineBreachTable {
  id: string;
  evaluation_id: string;
  red_line_id: string;
  item_key: string;
  agent_id: string;
  day: string;
  created_at: string;
}

export interface QaRedLineRulingTable {
  evaluation_id: string;
  ruling: string; // breach_confirmed | unusual_error | not_a_breach
  reason: string;
  ruled_by: string;
  ruled_at: string;
  version: number;
}

export interface QualityFeedbackDatabase {
  qa_feedback: QaFeedbackTable;
  qa_disputes: QaDisputeTable;
  qa_dispute_items: QaDisputeItemTable;
  qa_followups: QaFollowupTable;
  qa_summary_actions: QaSummaryActionTable;
  qa_red_lines: QaRedLineTable;
  qa_red_line_breaches: QaRedLineBreachTable;
  qa_red_line_rulings: QaRedLineRulingTable;
}
