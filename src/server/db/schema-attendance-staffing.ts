// Staffing forecasts (issue 19 item 6): the tables the staffing part adds, if any.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AttendanceStaffingDatabase {}
