import type zh from '../zh-CN/settingsItems';

// Settings items (pages/settings): sign-in, uploads, people, center, calendar, calls.
const items: typeof zh = {
  auth: {
    lockAfterFailures: {
      label: 'Lock account after failures',
      help: 'After this many wrong passwords in a row the account is locked for a while (at least 1).',
      unit: 'times',
    },
    lockMinutes: {
      label: 'Account lock duration',
      help: 'A locked account unlocks itself after this time; each further lock in a row lasts twice as long. An administrator can unlock it at once.',
      unit: 'minutes',
    },
    lockMaxMinutes: {
      label: 'Longest account lock',
      help: 'Repeated locks double in length up to this.',
      unit: 'minutes',
    },
    addressMaxFailures: {
      label: 'Failed sign-ins per address',
      help: 'Wrong passwords one network address may send per window before it must wait (good sign-ins do not count). Raise it when many users share one address (NAT).',
      unit: 'times',
    },
    addressWindowMinutes: {
      label: 'Per-address window',
      help: 'The window in which failed sign-ins from one address are counted.',
      unit: 'minutes',
    },
    sessionHours: {
      label: 'Session lifetime',
      help: 'A user is signed out after this long without activity (at least 1 hour).',
      unit: 'hours',
    },
    minPasswordLength: {
      label: 'Minimum password length',
      help: 'The fewest characters a new password may have (at least 6).',
      unit: 'characters',
    },
  },
  uploads: {
    maxMb: {
      label: 'Upload size limit',
      help: 'The largest file a form may send where no other limit applies (question bank imports, among others); a larger one is refused with a clear message. Read when the server starts: a change applies after a restart.',
      unit: 'MB',
    },
    xlsxMaxUncompressedMb: {
      label: 'Excel files: unpacked size limit',
      help: 'An .xlsx file is a compressed archive. One that unpacks to more than this is refused before it is read (roster, question bank): a small file that unpacks to gigabytes would stall the server.',
      unit: 'MB',
    },
    xlsxStreamedMaxUncompressedMb: {
      label: 'Excel call imports: unpacked size limit',
      help: 'The same for call and ticket imports, which are read piece by piece and may be much larger (at most 4000).',
      unit: 'MB',
    },
    xlsxMaxRatio: {
      label: 'Excel files: packing ratio limit',
      help: 'A part of an .xlsx that unpacks to more than this many times its packed size is refused as a "zip bomb"; real spreadsheets stay well below 100 (at least 10).',
      unit: 'times',
    },
  },
  people: {
    rosterMaxRows: {
      label: 'Roster import row limit',
      help: 'The most people rows one roster file may hold.',
      unit: 'rows',
    },
    rosterMaxUploadMb: {
      label: 'Roster file size limit',
      help: 'The largest roster file (.xlsx or .csv) that may be uploaded; a larger one is refused with a message saying the limit.',
      unit: 'MB',
    },
  },
  center: {
    utcOffsetMinutes: {
      label: 'Center time zone (offset from UTC)',
      help: 'Decides what "today" is, daily figures and attendance times. Beijing time is 480 (UTC+8); west of Greenwich it is negative, e.g. New York −300 (UTC−5; change it to −240 for daylight saving time). From −720 to 840; calls already imported and dates already recorded keep their day.',
      unit: 'minutes',
    },
  },
  calendar: {
    warnFromMonth: {
      label: 'Missing next-year calendar: warn from month',
      help: "From this month (and the day below) each year, the home pages of administrators, HR and training managers say that next year's holiday and make-up workday calendar has not been entered (default 1 November).",
      unit: '',
    },
    warnFromDay: {
      label: 'Missing next-year calendar: warn from day',
      help: 'With the month above, the day the warning starts; a month without that day warns from its last day.',
      unit: '',
    },
    maxUploadKb: {
      label: 'Calendar file size limit',
      help: 'The largest holiday calendar file (CSV or .ics) that may be uploaded; a year is a few dozen rows.',
      unit: 'KB',
    },
  },
  interactions: {
    serviceLevelSeconds: {
      label: 'Service level threshold',
      help: 'Calls answered within this many seconds count toward service level. Changing it recounts past service level in the background; the agent and team KPI pages show the progress.',
      unit: 's',
    },
    importBatchRows: {
      label: 'Call import batch size',
      help: 'An import commits after every this many rows (at most 100,000); larger is faster but uses more memory.',
      unit: 'rows',
    },
    maxUploadMb: {
      label: 'Call data file size limit',
      help: 'The largest interaction data file that may be uploaded.',
      unit: 'MB',
    },
    maxRejectsKept: {
      label: 'Rejected rows kept per import',
      help: 'At most this many rejected rows are kept to view and download in the error report.',
      unit: 'rows',
    },
  },
};
export default items;
