// Elimination cases (SPEC §6, issue 5 item 4) and in-app notifications (item 7). As in
// schema.ts: JSON columns are text, booleans 0/1 integers, timestamps ISO-8601 UTC text,
// calendar dates 'YYYY-MM-DD' text.

export interface EliminationCaseTable {
  id: string;
  employee_id: string;
  /** criterion code: theory_fails | practical_fails | daily_below | attendance_breaches | cannot_handle | service_attitude | teamwork */
  criterion: string;
  /** listed → interviewed → notice → offboarding → exit_talk → closed; or withdrawn (upheld appeal) / retained (HR) */
  status: string;
  summary: string; // the training manager's written reasons
  evidence: string; // JSON: snapshot of the criterion's evidence at opening, or the written evidence for 5–7
  notice_published_on: string | null;
  notice_ends_on: string | null;
  notice_ends_at: string | null; // the UTC instant the notice's last day ends
  notice_provisional_year: number | null; // the year without calendar data the notice was counted through; null when final
  decision: string | null; // eliminate | retain
  closed_at: string | null;
  opened_by: string;
  opened_at: string;
  version: number;
  updated_at: string;
}

/** Every step of a case, in order: who, when, what (JSON payload). Append-only. */
export interface EliminationStepTable {
  id: string;
  case_id: string;
  kind: string; // listed | interview | notice | appeal | appeal_answer | decision | offboarding_item | exit_talk | withdrawn
  at: string;
  actor_user_id: string | null;
  actor_name: string;
  data: string; // JSON
}

export interface EliminationAttachmentTable {
  id: string;
  case_id: string;
  file_name: string;
  stored_name: string;
  mime: string;
  size: number;
  uploaded_by: string;
  uploaded_at: string;
}

export interface EliminationAppealTable {
  id: string;
  case_id: string;
  reason: string;
  appellant_user_id: string;
  appellant_name: string;
  filed_at: string;
  outcome: string | null; // upheld | rejected
  answer: string | null;
  answered_by: string | null;
  answered_by_name: string | null;
  answered_at: string | null;
}

export interface EliminationOffboardingTable {
  case_id: string;
  item: string; // wages_settled | badge_returned | equipment_returned
  done_by: string;
  done_by_name: string;
  done_at: string;
  note: string | null;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  kind: string;
  params: string; // JSON: Record<string, string | number>
  link: string | null;
  created_at: string;
  read_at: string | null;
}

export interface EliminationDatabase {
  elimination_cases: EliminationCaseTable;
  elimination_steps: EliminationStepTable;
  elimination_attachments: EliminationAttachmentTable;
  elimination_appeals: EliminationAppealTable;
  elimination_offboarding: EliminationOffboardingTable;
  notifications: NotificationTable;
}
