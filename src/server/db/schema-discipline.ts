// Discipline records (纪律记录, issue 17 item 6). As in schema.ts: timestamps ISO-8601 UTC text,
// calendar dates 'YYYY-MM-DD' text, JSON columns text.

export interface DisciplineRecordTable {
  id: string;
  employee_id: string;
  kind: string; // lateness | early_leave | absence | rudeness | rule_breach | data_security | other
  occurred_on: string;
  description: string;
  evidence_text: string | null;
  interaction_id: string | null;
  attendance_session_id: string | null; // the person's attendance record in this training session
  status: string; // pending | appealed | confirmed | withdrawn
  expires_on: string; // occurred_on + discipline.expiryDays at recording; from this day it no longer counts
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: string;
  response_kind: string | null; // reply | appeal (once)
  response_text: string | null;
  responded_at: string | null;
  decision: string | null; // confirm | withdraw
  decision_reason: string | null;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
  version: number;
  updated_at: string;
}

/** The record's timeline, append-only: an event code and its params (JSON). */
export interface DisciplineEventTable {
  id: string;
  record_id: string;
  kind: string; // recorded | attachment | reply | appeal | confirmed | withdrawn
  at: string;
  actor_user_id: string | null;
  actor_name: string;
  params: string;
}

export interface DisciplineAttachmentTable {
  id: string;
  record_id: string;
  file_name: string;
  stored_name: string;
  mime: string;
  size: number;
  uploaded_by: string;
  uploaded_at: string;
}

export interface DisciplineDatabase {
  discipline_records: DisciplineRecordTable;
  discipline_events: DisciplineEventTable;
  discipline_attachments: DisciplineAttachmentTable;
}
