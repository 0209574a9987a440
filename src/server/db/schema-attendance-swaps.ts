// Shift swaps, overtime and the time off in lieu it earns (issue 19 item 4). As in schema.ts: instants ISO-8601 UTC text, calendar days 'YYYY-MM-DD', times 'HH:MM', JSON as text.

export interface AttendanceSwapsTable {
  id: string;
  requester_id: string;
  requester_day: string;
  colleague_id: string;
  colleague_day: string;
  reason: string | null;
  status: string;
  accepted_at: string | null;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
  note: string | null;
  created_at: string;
  version: number;
}

export interface AttendanceOvertimeTable {
  id: string;
  employee_id: string;
  day: string;
  starts_at: string;
  ends_at: string;
  hours: number;
  reason: string;
  recorded: number;
  compensation: string;
  status: string;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
  note: string | null;
  created_by: string;
  created_at: string;
  version: number;
}

export interface AttendanceToilTable {
  id: string;
  employee_id: string;
  overtime_id: string;
  hours: number;
  earned_on: string;
  expires_on: string;
  used_hours: number;
  created_at: string;
}

/** One lot drawn on by one use of time off (use_id groups the lots; ref is the caller's, e.g. a leave request). */
export interface AttendanceToilUsesTable {
  id: string;
  use_id: string;
  ref: string | null;
  toil_id: string;
  employee_id: string;
  hours: number;
  used_on: string;
  created_at: string;
}

export interface AttendanceSwapsDatabase {
  attendance_swaps: AttendanceSwapsTable;
  attendance_overtime: AttendanceOvertimeTable;
  attendance_toil: AttendanceToilTable;
  attendance_toil_uses: AttendanceToilUsesTable;
}
