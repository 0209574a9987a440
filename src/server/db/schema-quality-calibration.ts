// Calibration and evaluator oversight tables (SPEC §8, issue 7 items 8–9). As in schema.ts: JSON
// columns are text, booleans 0/1 integers, timestamps ISO-8601 UTC text, dates 'YYYY-MM-DD'.

export interface QaCalibrationSessionTable {
  id: string;
  title: string;
  form_id: string;
  form_version_id: string;
  facilitator_user_id: string;
  interactions: string; // JSON CalibrationInteraction[] (facts copied when picked)
  day: string;
  status: string; // open | closed
  notes: string | null;
  closed_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface QaCalibrationParticipantTable {
  session_id: string;
  user_id: string;
  invited_at: string;
}

export interface QaCalibrationScoreTable {
  id: string;
  session_id: string;
  interaction_id: string;
  user_id: string;
  answers: string; // JSON Answers
  items: string; // JSON per item key { earned, possible, na, criticalFailed }
  score: number;
  critical_failure: string;
  comment: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface QaCalibrationConsensusTable {
  session_id: string;
  interaction_id: string;
  answers: string;
  items: string;
  score: number;
  critical_failure: string;
  set_by: string;
  created_at: string;
  updated_at: string;
}

export interface QaEvaluatorStatusTable {
  user_id: string;
  stage: string; // training | co_scoring | certified
  paused: number;
  paused_reason: string | null;
  paused_at: string | null;
  test_score: number | null;
  test_pass_mark: number | null;
  test_exam_id: string | null;
  test_recorded_at: string | null;
  mentor_user_id: string | null;
  certified_at: string | null;
  registered_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface QaEvaluatorCoscoreTable {
  id: string;
  user_id: string;
  evaluation_id: string;
  reference_user_id: string;
  answers: string;
  score: number;
  reference_score: number;
  deviation: number;
  created_at: string;
}

export interface QaEvaluatorReviewTable {
  id: string;
  user_id: string;
  quarter: string;
  reviewer_user_id: string;
  result: string; // pass | retrain | move
  notes: string | null;
  figures: string;
  created_at: string;
  updated_at: string;
}

/** Evaluator fitness (issue 17 item 3; migration 20261212-quality-evaluator-fitness). */
export interface QaEvaluatorFitnessFlagTable {
  id: string;
  user_id: string;
  state: string; // open | suspended | reinstated | dismissed
  mean_deviation: number;
  calibrations: number;
  window_from: string;
  window_to: string;
  suspended_at: string | null;
  suspended_by: string | null;
  suspend_reason: string | null;
  marked_from: string | null;
  marked_to: string | null;
  reinstated_at: string | null;
  reinstated_by: string | null;
  reinstate_reason: string | null;
  recalibration_session_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface QaEvaluationFitnessMarkTable {
  evaluation_id: string;
  flag_id: string;
  state: string; // flagged | confirmed | rescored
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_reason: string | null;
  created_at: string;
}

export interface QualityCalibrationDatabase {
  qa_calibration_sessions: QaCalibrationSessionTable;
  qa_calibration_participants: QaCalibrationParticipantTable;
  qa_calibration_scores: QaCalibrationScoreTable;
  qa_calibration_consensus: QaCalibrationConsensusTable;
  qa_evaluator_status: QaEvaluatorStatusTable;
  qa_evaluator_coscores: QaEvaluatorCoscoreTable;
  qa_evaluator_reviews: QaEvaluatorReviewTable;
  qa_evaluator_fitness_flags: QaEvaluatorFitnessFlagTable;
  qa_evaluation_fitness_marks: QaEvaluationFitnessMarkTable;
}
