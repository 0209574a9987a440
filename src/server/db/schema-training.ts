// Training tables (SPEC §3 and §7, issue 3). As in schema.ts: JSON columns are text, booleans
// 0/1 integers, timestamps ISO-8601 UTC text, calendar dates 'YYYY-MM-DD' text.

export interface TrainingCourseTable {
  id: string;
  code: string;
  title: string;
  content_area: string; // one of the five areas of SPEC §3 (CONTENT_AREAS)
  method: string; // one of the six methods of SPEC §3 (TRAINING_METHODS)
  hours: number; // planned length
  description: string | null;
  archived: number;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface TrainingTrainerTable {
  id: string;
  kind: string; // internal | external
  employee_id: string | null; // internal trainers are employees; they sign in as themselves
  name: string;
  category: string;
  organization: string | null;
  certification: string | null;
  certified_on: string | null;
  certified_until: string | null;
  active: number;
  notes: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface TrainingCohortTable {
  id: string;
  name: string;
  team_id: string | null;
  start_date: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface TrainingCohortMemberTable {
  cohort_id: string;
  employee_id: string;
  added_at: string;
}

export interface TrainingSurveyTable {
  id: string;
  title: string;
  description: string | null;
  audience_kind: string; // cohort | team | role
  audience_ref: string; // the cohort id, team id or role name
  questions: string; // JSON SurveyQuestion[]
  status: string; // open | closed
  closes_on: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface TrainingSurveyRecipientTable {
  survey_id: string;
  employee_id: string;
  respondent_kind: string; // individual | supervisor
  answers: string | null; // JSON { [questionId]: value }
  answered_at: string | null;
}

export interface TrainingPlanTable {
  id: string;
  title: string;
  audience: string; // new_hire | on_the_job | key_staff
  cohort_id: string | null;
  start_date: string;
  end_date: string;
  recurrence: string; // none | monthly | quarterly | half_yearly | adhoc
  trigger: string | null; // adhoc only: product_change | system_change | process_change
  trigger_note: string | null;
  objectives: string | null;
  assessment_plan: string | null;
  supervision: string | null;
  venue: string | null;
  equipment: string | null;
  methods: string; // JSON TrainingMethod[]
  evaluation_method: string | null;
  status: string; // draft | active | completed | cancelled
  needs_survey_id: string | null;
  previous_plan_id: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface TrainingPlanPhaseTable {
  id: string;
  plan_id: string;
  seq: number;
  name: string;
  kind: string; // classroom | one_to_one | one_to_five | go_live | other
  start_date: string;
  end_date: string;
  course_ids: string; // JSON string[]
}

export interface TrainingSessionTable {
  id: string;
  course_id: string;
  trainer_id: string;
  plan_id: string | null;
  phase_id: string | null;
  title: string | null;
  room: string | null;
  starts_at: string;
  ends_at: string;
  status: string; // scheduled | cancelled
  notes: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface TrainingEnrollmentTable {
  session_id: string;
  employee_id: string;
  enrolled_at: string;
  enrolled_by: string | null;
}

export interface TrainingAttendanceTable {
  session_id: string;
  employee_id: string;
  status: string; // present | late | left_early | absent | on_leave
  minutes: number | null; // late by / left early by
  note: string | null;
  recorded_by: string | null;
  recorded_at: string;
}

export interface TrainingLeaveTable {
  id: string;
  session_id: string;
  employee_id: string;
  reason: string;
  status: string; // pending | approved | refused | withdrawn
  late: number; // 1 = asked for after the session had started (事后请假)
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
}

export interface TrainingMaterialTable {
  id: string;
  course_id: string;
  kind: string; // document | video | micro_course
  title: string;
  url: string;
  required: number;
  due_offset_days: number; // due this many days after the person's first session of the course
  archived: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface TrainingMaterialCompletionTable {
  material_id: string;
  employee_id: string;
  completed_at: string;
}

export interface TrainingFeedbackTable {
  id: string;
  session_id: string;
  employee_id: string;
  content_score: number;
  trainer_score: number;
  method_score: number;
  suggestions: string | null;
  created_at: string;
}

export interface TrainingCertificateTable {
  id: string;
  employee_id: string;
  name: string;
  issuer: string | null;
  issued_on: string;
  expires_on: string | null;
  course_id: string | null;
  note: string | null;
  created_by: string | null;
  created_at: string;
}

export interface TrainingMentorAssignmentTable {
  id: string;
  trainee_id: string;
  mentor_id: string;
  mode: string; // one_to_one | one_to_five
  plan_id: string | null;
  start_date: string;
  end_date: string | null;
  status: string; // active | ended | replaced
  end_reason: string | null;
  replaces_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface TrainingMentorHoursTable {
  id: string;
  assignment_id: string;
  trainee_id: string;
  work_date: string;
  hours: number;
  note: string | null;
  logged_by: string | null;
  created_at: string;
}

export interface TrainingMentorProblemTable {
  id: string;
  assignment_id: string;
  trainee_id: string;
  work_date: string;
  description: string;
  status: string; // open | closed
  closed_on: string | null;
  resolution: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface TrainingMentorRatingTable {
  id: string;
  assignment_id: string;
  trainee_id: string;
  mentor_id: string;
  score: number;
  comment: string | null;
  created_at: string;
}

/** In-app warnings (e.g. the one-to-one hours cap) for the people who must act on them. */
export interface TrainingWarningTable {
  id: string;
  kind: string;
  recipient_employee_id: string;
  subject_employee_id: string | null;
  message: string;
  data: string; // JSON
  created_at: string;
  read_at: string | null;
}

/** One row per kind of booking; updating it first serializes writers on both engines. */
export interface TrainingLockTable {
  key: string;
  at: string;
}

export interface TrainingDatabase {
  training_courses: TrainingCourseTable;
  training_trainers: TrainingTrainerTable;
  training_cohorts: TrainingCohortTable;
  training_cohort_members: TrainingCohortMemberTable;
  training_surveys: TrainingSurveyTable;
  training_survey_recipients: TrainingSurveyRecipientTable;
  training_plans: TrainingPlanTable;
  training_plan_phases: TrainingPlanPhaseTable;
  training_sessions: TrainingSessionTable;
  training_enrollments: TrainingEnrollmentTable;
  training_attendance: TrainingAttendanceTable;
  training_leave: TrainingLeaveTable;
  training_materials: TrainingMaterialTable;
  training_material_completions: TrainingMaterialCompletionTable;
  training_feedback: TrainingFeedbackTable;
  training_certificates: TrainingCertificateTable;
  training_mentor_assignments: TrainingMentorAssignmentTable;
  training_mentor_hours: TrainingMentorHoursTable;
  training_mentor_problems: TrainingMentorProblemTable;
  training_mentor_ratings: TrainingMentorRatingTable;
  training_warnings: TrainingWarningTable;
  training_locks: TrainingLockTable;
}
