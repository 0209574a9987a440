// Shift templates, team rosters and the schedule of record (SPEC §10, issue 19 item 1). As in schema.ts: instants ISO-8601 UTC text, calendar days 'YYYY-MM-DD', times 'HH:MM', JSON as text.

export interface AttendanceShiftsTable {
  id: string;
  department_id: string | null;
  code: string;
  name: string;
  start_time: string;
  end_time: string;
  breaks: string;
  work_minutes: number;
  skill: string | null;
  color: string | null;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AttendanceRostersTable {
  id: string;
  team_id: string;
  period_start: string;
  period_end: string;
  status: string;
  published_at: string | null;
  published_by: string | null;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface AttendanceScheduleTable {
  employee_id: string;
  day: string;
  roster_id: string;
  shift_id: string | null;
  starts_at: string | null;
  ends_at: string | null;
  work_minutes: number;
  updated_at: string;
  updated_by: string | null;
}

export interface AttendanceScheduleChangesTable {
  id: string;
  roster_id: string;
  employee_id: string;
  day: string;
  from_shift_id: string | null;
  to_shift_id: string | null;
  source: string;
  reason: string | null;
  changed_by: string | null;
  changed_at: string;
}

export interface AttendanceRostersDatabase {
  attendance_shifts: AttendanceShiftsTable;
  attendance_rosters: AttendanceRostersTable;
  attendance_schedule: AttendanceScheduleTable;
  attendance_schedule_changes: AttendanceScheduleChangesTable;
}
