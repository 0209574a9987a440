// Staffing forecasts (issue 19 item 6): each past day's contacts per interval, grouped once from
// the interactions and kept with the fingerprint of the day they were grouped from (see the
// migration 20261219-attendance-staffing.ts).

export interface AttendanceStaffingDaysTable {
  day: string;
  /** `${offered total of the day}|${interval minutes}|${center offset}` when it was grouped. */
  fingerprint: string;
  computed_at: string;
}

export interface AttendanceStaffingVolumesTable {
  day: string;
  business_type: string;
  /** Minutes since the center's midnight / interval minutes. */
  slot: number;
  contacts: number;
  answered: number;
  handle_seconds: number;
}

export interface AttendanceStaffingDatabase {
  attendance_staffing_days: AttendanceStaffingDaysTable;
  attendance_staffing_volumes: AttendanceStaffingVolumesTable;
}
