// Assessment tables (SPEC §4, issue 4). JSON columns are text; booleans are 0/1 integers;
// timestamps ISO-8601 UTC text; calendar dates 'YYYY-MM-DD' — as in schema.ts.

export interface ExamQuestionTable {
  id: string;
  type: string;
  title: string | null;
  stem: string;
  body: string; // JSON: the current content with its key (QuestionContent)
  points: number;
  difficulty: string;
  course: string | null;
  knowledge_point: string | null;
  tags: string; // JSON array
  category: string | null; // a Moodle-style path, $course$/业务/信用卡 (migration 20261210)
  current_version_id: string;
  version: number;
  archived: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** Immutable: an attempt points at the version it drew, so an edit never changes a taken exam. */
export interface ExamQuestionVersionTable {
  id: string;
  question_id: string;
  version: number;
  body: string;
  reason: string | null;
  created_by: string | null;
  created_at: string;
}

export interface ExamImportTable {
  id: string;
  created_by: string;
  format: string;
  file_name: string;
  status: string; // previewed | committed | discarded
  questions: string; // JSON
  skipped: string; // JSON
  errors: string; // JSON
  warnings: string; // JSON: what a question lost or changed on the way in
  created_at: string;
  committed_at: string | null;
}

export interface ExamFileTable {
  hash: string; // SHA-256 of the bytes
  mime: string;
  size: number;
  data: string; // base64
  created_at: string;
}

export interface ExamPaperTable {
  id: string;
  title: string;
  mode: string; // fixed | random
  items: string; // JSON [{questionId, points?}]
  rules: string; // JSON [{count, type?, difficulty?, tag?, points?}]
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ExamTable {
  id: string;
  title: string;
  kind: string; // theory | practical
  paper_id: string | null;
  opens_at: string;
  closes_at: string;
  time_limit_minutes: number | null;
  max_attempts: number;
  pass_mark: number;
  shuffle_questions: number;
  shuffle_options: number;
  weights: string | null; // JSON, practical rubric weights
  course: string | null;
  status: string; // draft | open | closed
  results_released_at: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ExamExamineeTable {
  exam_id: string;
  employee_id: string;
  added_at: string;
}

export interface ExamGraderTable {
  exam_id: string;
  user_id: string;
}

export interface ExamAttemptTable {
  id: string;
  exam_id: string;
  employee_id: string;
  attempt_no: number;
  seed: number;
  anon_code: string;
  status: string; // in_progress | submitted | graded
  started_at: string;
  deadline_at: string;
  submitted_at: string | null;
  auto_submitted: number;
  raw_score: number | null;
  max_score: number;
  score: number | null;
  passed: number | null;
  pending_manual: number;
  graded_at: string | null;
  version: number;
}

export interface ExamAttemptItemTable {
  id: string;
  attempt_id: string;
  position: number;
  question_id: string;
  question_version_id: string;
  points: number;
  option_order: string; // JSON array of option ids, as shown to this examinee
  manual: number;
  /** Set when the attempt is submitted; a save's UPDATE requires 0, so none lands after grading. */
  sealed: number;
  answer: string | null; // JSON SavedAnswer
  answer_seq: number | null;
  answered_at: string | null;
  score: number | null;
  comment: string | null;
  graded_by: string | null;
  graded_at: string | null;
}

/** The columns every scored result shares (a practical score, a daily-performance score). */
interface ScoredResult {
  total: number;
  pass_mark: number;
  passed: number;
  comments: string | null;
  scored_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ExamPracticalScoreTable extends ScoredResult {
  id: string;
  exam_id: string;
  employee_id: string;
  scenario: string;
  scores: string; // JSON
  weights: string; // JSON
}

export interface ExamDailyScoreTable extends ScoredResult {
  id: string;
  employee_id: string;
  period_start: string;
  period_end: string;
  kind: string; // regular | adhoc
  topic_key: string; // '' for a regular evaluation, the topic for an ad-hoc one (unique per period)
  topic: string | null;
  attendance: number;
  attendance_source: string; // manual | training
  attitude: number;
  teamwork: number;
}

export interface ExamFollowupTable {
  id: string;
  employee_id: string;
  source_kind: string; // theory | practical | daily
  source_id: string;
  source_title: string;
  score: number;
  pass_mark: number;
  status: string; // open | closed
  talk_at: string | null;
  talk_notes: string | null;
  feedback: string | null;
  talk_by: string | null;
  plan: string | null;
  plan_due_date: string | null;
  plan_by: string | null;
  closed_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ExamsDatabase {
  exam_questions: ExamQuestionTable;
  exam_question_versions: ExamQuestionVersionTable;
  exam_imports: ExamImportTable;
  exam_files: ExamFileTable;
  exam_papers: ExamPaperTable;
  exams: ExamTable;
  exam_examinees: ExamExamineeTable;
  exam_graders: ExamGraderTable;
  exam_attempts: ExamAttemptTable;
  exam_attempt_items: ExamAttemptItemTable;
  exam_practical_scores: ExamPracticalScoreTable;
  exam_daily_scores: ExamDailyScoreTable;
  exam_followups: ExamFollowupTable;
}
