// Settings page items: attendance (SPEC §10), nested along the keys (attendance.clock.graceMinutes → clock.graceMinutes).
export default {
  roster: {
    maxDays: {
      label: 'Longest roster period',
      help: 'The most days one roster may cover (a month is 31).',
      unit: 'days',
    },
    maxImportRows: {
      label: 'Roster import row limit',
      help: 'The most rows one roster import may hold.',
      unit: 'rows',
    },
  },
  clock: {
    graceMinutes: {
      label: 'Lateness grace',
      help: 'A punch in up to this late (or out this early) still counts as on time.',
      unit: 'min',
    },
    halfDayAbsentMinutes: {
      label: 'Late counts as half-day absence after',
      help: 'Lateness or early leave without leave beyond this counts as absence for the half day.',
      unit: 'min',
    },
    windowBeforeMinutes: {
      label: 'Punch window before a shift',
      help: 'A punch this long before a shift starts still counts as its punch in.',
      unit: 'min',
    },
    windowAfterMinutes: {
      label: 'Punch window after a shift',
      help: 'A punch this long after a shift ends still counts as its punch out.',
      unit: 'min',
    },
    maxImportRows: { label: 'Clock import row limit', help: 'The most rows one clock file may hold.', unit: 'rows' },
  },
  leave: {
    leadMaxDays: {
      label: 'Team lead approves up to',
      help: 'Leave up to this many days needs only the team lead.',
      unit: 'days',
    },
    managerMaxDays: {
      label: 'Center manager approves up to',
      help: 'Longer leave up to this many days also needs the center manager; longer still, HR as well.',
      unit: 'days',
    },
    annualDaysFrom1Year: {
      label: 'Annual leave (1+ years of work)',
      help: 'Days for 1 to under 10 years of cumulative work.',
      unit: 'days',
    },
    annualDaysFrom10Years: {
      label: 'Annual leave (10+ years)',
      help: 'Days for 10 to under 20 years of cumulative work.',
      unit: 'days',
    },
    annualDaysFrom20Years: {
      label: 'Annual leave (20+ years)',
      help: 'Days for 20 or more years of cumulative work.',
      unit: 'days',
    },
    sickNoteAfterDays: {
      label: 'Sick note needed after',
      help: 'Sick leave longer than this needs a doctor’s note.',
      unit: 'days',
    },
    toilHoursPerDay: {
      label: 'Hours in a day of time off in lieu',
      help: 'A day of leave drawn from time off in lieu uses this many hours (half a day, half of it).',
      unit: 'hours',
    },
    fileMaxMb: {
      label: 'Largest leave evidence file',
      help: 'The largest file (a sick note, a certificate) one upload to a leave request may be.',
      unit: 'MB',
    },
  },
  overtime: {
    toilExpiryMonths: {
      label: 'Time off in lieu expires after',
      help: 'Time off earned by overtime lapses after this many months.',
      unit: 'months',
    },
    toilByDefault: {
      label: 'Overtime becomes time off by default',
      help: '1 = time off in lieu unless paid is chosen; 0 = paid unless time off is chosen.',
      unit: '',
    },
    maxHoursPerDay: {
      label: 'Overtime per day at most',
      help: 'The most overtime hours one day may hold.',
      unit: 'hours',
    },
    swapMinRestHours: {
      label: 'Rest between shifts after a swap',
      help: 'A swap must leave at least this many hours between the end of one shift and the start of the next.',
      unit: 'hours',
    },
    swapMaxDaysInRow: {
      label: 'Working days in a row after a swap',
      help: 'A swap may not make anyone work more days in a row than this (one rest day a week).',
      unit: 'days',
    },
  },
  staffing: {
    serviceLevelPercent: {
      label: 'Service level target',
      help: 'The share of calls to answer within the target seconds.',
      unit: '%',
    },
    serviceLevelSeconds: {
      label: 'Service level seconds',
      help: 'The answer time the service level target counts.',
      unit: 's',
    },
    shrinkagePercent: {
      label: 'Shrinkage',
      help: 'The share of rostered time not on the phones: leave, training, meetings, breaks.',
      unit: '%',
    },
    forecastWeeks: {
      label: 'Forecast from recent weeks',
      help: 'The forecast averages the same weekday and interval over this many recent weeks.',
      unit: 'weeks',
    },
    intervalMinutes: {
      label: 'Interval length',
      help: 'Staffing is computed per interval of this length.',
      unit: 'min',
    },
  },
};
