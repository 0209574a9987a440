// Quality monitoring tables of part A (SPEC §8, issue 7): forms, their versions, evaluations.
// As in schema.ts: JSON columns are text, booleans 0/1 integers, timestamps ISO-8601 UTC text,
// calendar dates 'YYYY-MM-DD' text.

export interface QaFormTable {
  id: string;
  name: string;
  kind: string; // inbound | outbound | nonvoice (FORM_KINDS)
  description: string | null;
  archived: number;
  published_version_id: string | null; // the version new evaluations use
  draft_version_id: string | null; // the version being edited, if any
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface QaFormVersionTable {
  id: string;
  form_id: string;
  number: number; // 1, 2, … per form
  status: string; // draft | published | superseded — published and superseded are frozen
  content: string; // JSON ScorecardContent
  pass_score: number; // 0–100
  published_at: string | null;
  published_by: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface QaEvaluationTable {
  id: string;
  form_version_id: string;
  form_id: string;
  interaction_id: string | null; // null for a side-by-side session without a stored interaction
  agent_id: string; // employees.id
  evaluator_user_id: string; // users.id
  method: string; // side_by_side | live | recording
  sample_id: string | null; // qa_samples.id when scored from a sample
  answers: string; // JSON Answers, as scored (never changed)
  items: string; // JSON Record<itemKey, ItemResult>, as scored (never changed)
  score: number; // 0–100 as scored
  final_answers: string; // JSON Answers after a dispute decision (= answers until then)
  final_items: string; // JSON item results after a dispute decision (= items until then)
  final_score: number; // = score until a dispute changes it; reports use this
  passed: number; // by final_score against the version's pass score and the critical rule
  critical_failure: string; // none | section | evaluation (of the final result)
  comment: string | null;
  suggestion_kind: string | null; // retraining | sit_beside | trainer_review
  suggestion_employee_id: string | null; // the strong agent to sit beside
  suggestion_note: string | null;
  agent_status: string; // the agent's employment status when scored (trainee / probation / regular …)
  business_type: string | null;
  day: string; // center-local date of the interaction or session
  scored_at: string; // the agent's acknowledgement lives on the feedback task (qa_feedback.acknowledged_at)
  version: number;
  created_at: string;
  updated_at: string;
}

export interface QualityDatabase {
  qa_forms: QaFormTable;
  qa_form_versions: QaFormVersionTable;
  qa_evaluations: QaEvaluationTable;
}
