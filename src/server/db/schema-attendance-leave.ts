// Leave kinds, requests with their approval steps and files, and work-years profiles (issue 19 item 3). As in schema.ts: instants ISO-8601 UTC text, calendar days 'YYYY-MM-DD', times 'HH:MM', JSON as text.

export interface AttendanceLeaveKindsTable {
  id: string;
  code: string;
  name_zh: string;
  name_en: string;
  paid: number;
  balance: string;
  counting: string;
  hr_always: number;
  evidence_after_days: number | null;
  max_days: number | null;
  builtin: number;
  active: number;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface AttendanceLeaveRequestsTable {
  id: string;
  employee_id: string;
  kind_code: string;
  start_day: string;
  start_half: string;
  end_day: string;
  end_half: string;
  days: number;
  after_the_fact: number;
  reason: string;
  status: string;
  created_by: string;
  created_at: string;
  decided_at: string | null;
  version: number;
}

export interface AttendanceLeaveStepsTable {
  id: string;
  request_id: string;
  seq: number;
  role: string;
  status: string;
  decided_by: string | null;
  decided_name: string | null;
  decided_at: string | null;
  note: string | null;
}

export interface AttendanceLeaveFilesTable {
  id: string;
  request_id: string;
  file_name: string;
  stored_name: string;
  mime: string;
  size: number;
  uploaded_by: string | null;
  uploaded_at: string;
}

export interface AttendanceProfilesTable {
  employee_id: string;
  career_start_day: string;
  updated_by: string | null;
  updated_at: string;
}

export interface AttendanceLeaveDatabase {
  attendance_leave_kinds: AttendanceLeaveKindsTable;
  attendance_leave_requests: AttendanceLeaveRequestsTable;
  attendance_leave_steps: AttendanceLeaveStepsTable;
  attendance_leave_files: AttendanceLeaveFilesTable;
  attendance_profiles: AttendanceProfilesTable;
}
