// The numbers of attendance (SPEC §10, issue 19), spread into SETTING_DEFAULTS (lib/settings.ts).
// One section per part of modules/attendance/; the settings page's labels are in
// web/locales/*/attendanceSettings.ts.
export const ATTENDANCE_SETTING_DEFAULTS = {
  // rosters: the longest roster period, in days (a month is 31).
  'attendance.roster.maxDays': 31,
  'attendance.roster.maxImportRows': 20000,

  // clock: a punch up to graceMinutes late (or early out) is on time; later than
  // halfDayAbsentMinutes without leave counts as absence for the half day. Punches count for a
  // shift from windowBeforeMinutes before its start to windowAfterMinutes after its end.
  'attendance.clock.graceMinutes': 5,
  'attendance.clock.halfDayAbsentMinutes': 30,
  'attendance.clock.windowBeforeMinutes': 180,
  'attendance.clock.windowAfterMinutes': 360,
  'attendance.clock.maxImportRows': 500000,

  // leave: who approves (team lead up to leadMaxDays, the center manager up to managerMaxDays, HR
  // beyond); annual leave days by cumulative years of work; a day of time off in lieu in hours;
  // the largest evidence file (a sick note).
  'attendance.leave.leadMaxDays': 1,
  'attendance.leave.managerMaxDays': 3,
  'attendance.leave.annualDaysFrom1Year': 5,
  'attendance.leave.annualDaysFrom10Years': 10,
  'attendance.leave.annualDaysFrom20Years': 15,
  'attendance.leave.sickNoteAfterDays': 2,
  'attendance.leave.toilHoursPerDay': 8,
  'attendance.leave.fileMaxMb': 10,

  // swaps and overtime: time off in lieu expires after toilExpiryMonths; 1 = overtime becomes time
  // off in lieu unless paid is chosen, 0 = paid unless time off is chosen. A swap must leave each
  // person swapMinRestHours between shifts and at most swapMaxDaysInRow working days in a row
  // (the Labor Law's one rest day a week).
  'attendance.overtime.toilExpiryMonths': 3,
  'attendance.overtime.toilByDefault': 1,
  'attendance.overtime.maxHoursPerDay': 4,
  'attendance.overtime.swapMinRestHours': 8,
  'attendance.overtime.swapMaxDaysInRow': 6,

  // staffing: the service-level target (percent answered within seconds), shrinkage in percent,
  // and how many recent weeks the forecast averages.
  'attendance.staffing.serviceLevelPercent': 80,
  'attendance.staffing.serviceLevelSeconds': 20,
  'attendance.staffing.shrinkagePercent': 30,
  'attendance.staffing.forecastWeeks': 4,
  'attendance.staffing.intervalMinutes': 30,
} as const;
