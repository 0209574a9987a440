// Punches, clock imports and each scheduled day matched against them (issue 19 item 2). As in schema.ts: instants ISO-8601 UTC text, calendar days 'YYYY-MM-DD', times 'HH:MM', JSON as text.

export interface AttendancePunchesTable {
  id: string;
  employee_id: string;
  at: string;
  source: string;
  device: string | null;
  import_id: string | null;
  created_by: string | null;
  created_at: string;
}

export interface AttendanceImportsTable {
  id: string;
  kind: string;
  file_name: string;
  status: string;
  total_rows: number;
  accepted: number;
  rejected: number;
  errors: string;
  created_by: string;
  created_at: string;
}

export interface AttendanceDaysTable {
  employee_id: string;
  day: string;
  shift_id: string | null;
  scheduled_start: string | null;
  scheduled_end: string | null;
  first_in: string | null;
  last_out: string | null;
  late_minutes: number;
  early_minutes: number;
  outcome: string;
  resolution: string | null;
  resolution_reason: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
  leave_request_id: string | null;
  computed_at: string;
  version: number;
}

export interface AttendanceClockDatabase {
  attendance_punches: AttendancePunchesTable;
  attendance_imports: AttendanceImportsTable;
  attendance_days: AttendanceDaysTable;
}
