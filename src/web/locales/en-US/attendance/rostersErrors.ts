// errorCode texts of /api/attendance (rosters part), merged into errors.
export default {
  ATTENDANCE_SHIFT_BAD_TIME: 'Enter times as HH:MM (00:00 to 23:59)',
  ATTENDANCE_SHIFT_END_EQUALS_START: 'A shift cannot end at the time it starts',
  ATTENDANCE_SHIFT_BREAK_OUTSIDE: 'A break must start and end inside the shift',
  ATTENDANCE_SHIFT_BREAKS_OVERLAP: 'Two breaks of the shift overlap',
  ATTENDANCE_SHIFT_UNKNOWN_DEPARTMENT: 'That center (department) does not exist',
  ATTENDANCE_SHIFT_CODE_TAKEN: 'Another shift already has this code',
  ATTENDANCE_SHIFT_UNKNOWN: 'That shift does not exist or is no longer active',
  ATTENDANCE_SHIFT_OVERLAP:
    '{name}’s shift on {day} overlaps the shift of the day before: leave enough time between them',
  ATTENDANCE_SWAP_SAME_PERSON: 'A swap needs two different people',
  ATTENDANCE_SWAP_NOT_SCHEDULED: 'Both people need a roster entry on the days of the swap',
  ATTENDANCE_ROSTER_BAD_START: 'A weekly roster starts on a Monday, a monthly one on the 1st',
  ATTENDANCE_ROSTER_TOO_LONG: 'The roster period is longer than allowed',
  ATTENDANCE_ROSTER_EXISTS: 'The team already has a roster for this period',
  ATTENDANCE_ROSTER_NO_PREVIOUS: 'There is no roster for the previous period to copy',
  ATTENDANCE_ROSTER_DAY_OUTSIDE: '{day} is outside this roster’s period',
  ATTENDANCE_ROSTER_NOT_IN_TEAM: 'That person is not in this team',
  ATTENDANCE_ROSTER_PUBLISHED: 'The roster is already published',
  ATTENDANCE_BAD_RANGE: 'The end date is before the start date',
  ATTENDANCE_RANGE_TOO_LONG: 'Choose at most 62 days at a time',
  ATTENDANCE_IMPORT_HAS_ERRORS: 'The file has {count} errors: nothing was imported. Fix them and upload it again',
};
