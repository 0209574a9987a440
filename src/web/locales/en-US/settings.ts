import type zh from '../zh-CN/settings';
import appraisalSettings from './appraisalSettings';

const en: typeof zh = {
  menu: 'Settings',
  title: 'Settings',
  intro:
    'Every number in the rules can be adjusted here. A change needs a reason, which goes into the audit log; it applies at once (within 10 seconds when several servers run).',
  search: 'Search by name or key',
  empty: 'No setting matches',
  groups: {
    auth: 'Sign-in security',
    people: 'People and roster',
    uploads: 'File uploads',
    calendar: 'Working-day calendar',
    center: 'Center',
    interactions: 'Calls and KPIs',
    exams: 'Exams',
    evaluation: 'New-hire evaluation',
    training: 'Training',
    elimination: 'Elimination',
    discipline: 'Discipline records',
    qualitySampling: 'QA sampling & quotas',
    qualityFeedback: 'QA feedback & disputes',
    qualityOversight: 'Calibration & oversight',
    qualityForms: 'Scorecards',
    appraisal: 'Appraisal',
    other: 'Other',
  },
  columns: { name: 'Setting', value: 'Value', defaultValue: 'Default', updatedAt: 'Last changed' },
  modified: 'Modified',
  needsRestart: 'Takes effect after a restart',
  needsRestartHint: 'Read once when the server starts: a saved change applies after a restart',
  neverChanged: 'Never changed',
  edit: {
    action: 'Change',
    title: 'Change setting: {label}',
    current: 'Now {value}, default {defaultValue}',
    useDefault: 'Use the default',
    value: 'New value',
    reason: 'Reason for the change',
    reasonPlaceholder: 'e.g. QA policy 2026 revision',
    reasonRule: 'Give a reason (2–500 characters); it is kept in the audit log',
    saved: 'Saved: {label} is now {value}',
    range: 'Allowed: {min} to {max}',
    restartNote: 'This setting takes effect after the server is restarted.',
  },
  items: {
    appraisal: appraisalSettings,
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
    exams: {
      passMark: {
        label: 'Pass mark',
        help: 'The pass mark a new exam starts with, and the pass line of daily performance (out of 100).',
        unit: 'points',
      },
      dailyPeriodWeeks: {
        label: 'Daily-performance period',
        help: 'Daily performance is scored once every this many weeks.',
        unit: 'weeks',
      },
      itemAnalysisMinAttempts: {
        label: 'Attempts needed for item analysis',
        help: 'Question difficulty and discrimination appear once an exam has this many graded attempts.',
        unit: 'attempts',
      },
      practicalWeightCommunication: {
        label: 'Practical weight: communication',
        help: 'Share of "communication effect" in a new practical exam; the four weights should add up to 100.',
        unit: '%',
      },
      practicalWeightProblemSolving: {
        label: 'Practical weight: problem solving',
        help: 'Share of "problem solving" in a new practical exam; the four weights should add up to 100.',
        unit: '%',
      },
      practicalWeightServiceAttitude: {
        label: 'Practical weight: service attitude',
        help: 'Share of "service attitude" in a new practical exam; the four weights should add up to 100.',
        unit: '%',
      },
      practicalWeightEmergencyHandling: {
        label: 'Practical weight: emergencies',
        help: 'Share of "handling of emergencies" in a new practical exam; the four weights should add up to 100.',
        unit: '%',
      },
      sweepSeconds: {
        label: 'Expired attempt check interval',
        help: 'How often the server hands in attempts whose time is up; 0 pauses it. No restart needed: a change applies within seconds (about 20 seconds when several servers run).',
        unit: 's',
      },
      embeddedFileMaxKb: {
        label: 'Embedded file limit',
        help: 'The largest image or file embedded in a question imported from Moodle; a larger one is not kept and is listed in the import report.',
        unit: 'KB',
      },
      importMaxUploadMb: {
        label: 'Question file size limit',
        help: 'The largest question bank file (Moodle XML, GIFT or .xlsx) that may be uploaded for import; a larger one is refused with a message saying the limit.',
        unit: 'MB',
      },
    },
    evaluation: {
      examFailBelow: {
        label: 'Exam fail line',
        help: 'Criteria 1 and 2: a theory or practical score below this counts as a failure.',
        unit: 'points',
      },
      theoryFailsInRow: {
        label: 'Theory failures in a row',
        help: 'Criterion 1: this many theory failures in a row make the trainee a candidate for elimination.',
        unit: 'times',
      },
      practicalFailsInRow: {
        label: 'Practical failures in a row',
        help: 'Criterion 2: this many practical failures in a row make the trainee a candidate for elimination.',
        unit: 'times',
      },
      dailyAverageBelow: {
        label: 'Daily-performance average floor',
        help: 'Criterion 3: an average below this, with no clear improvement after repeated reminders.',
        unit: 'points',
      },
      dailyReminders: {
        label: 'Daily-performance reminders',
        help: 'Criterion 3: this many recorded reminders must come first.',
        unit: 'times',
      },
      dailyClearImprovementPoints: {
        label: '"Clear improvement" margin',
        help: 'Criterion 3: the average after the last reminder must rise by at least this much to count as clear improvement.',
        unit: 'points',
      },
      attendanceBreaches: {
        label: 'Attendance breaches in training',
        help: 'Criterion 4: unexcused lateness, early leave and absence in the training period adding up to this many.',
        unit: 'times',
      },
      misconductRecords: {
        label: 'Other misconduct records',
        help: 'Criterion 4: this many confirmed, unexpired discipline records of other kinds than lateness, early leave or absence.',
        unit: 'records',
      },
    },
    training: {
      needsWeightOrganization: {
        label: 'Needs survey weight: organization',
        help: "Weight of supervisors' answers in a training needs summary; organization needs should weigh more.",
        unit: '',
      },
      needsWeightIndividual: {
        label: 'Needs survey weight: individual',
        help: "Weight of the employees' own answers in a training needs summary.",
        unit: '',
      },
      oneToOneDailyHours: {
        label: 'One-to-one daily live-time cap',
        help: 'The most a trainee takes live calls per day in one-to-one shadowing, leaving time to review.',
        unit: 'hours',
      },
      groupMentorMaxTrainees: {
        label: 'Group mentoring size limit',
        help: 'The most trainees one mentor takes at a time in group shadowing.',
        unit: 'trainees',
      },
      attendancePoints: {
        label: 'Attendance points in daily performance',
        help: 'Full marks of the attendance part of daily performance, taken from training attendance.',
        unit: 'points',
      },
      lateMinorMinutes: {
        label: 'Minor lateness limit',
        help: 'Late by at most this many minutes is minor; later is major.',
        unit: 'minutes',
      },
      creditLateMinor: {
        label: 'Credit for minor lateness',
        help: 'A session attended with minor lateness counts as this fraction of full attendance (1 = present, 0 = absent).',
        unit: '',
      },
      creditLateMajor: {
        label: 'Credit for major lateness',
        help: 'A session attended with major lateness counts as this fraction of full attendance (1 = present, 0 = absent).',
        unit: '',
      },
      creditLeftEarly: {
        label: 'Credit for leaving early',
        help: 'A session left early counts as this fraction of full attendance (1 = present, 0 = absent).',
        unit: '',
      },
      attendanceOpensMinutesBefore: {
        label: 'Attendance opens early by',
        help: 'A trainer may take attendance from this many minutes before the session starts.',
        unit: 'minutes',
      },
    },
    elimination: {
      noticeWorkingDays: {
        label: 'Elimination notice period',
        help: 'How long an elimination list is posted inside the company, in statutory working days (make-up workdays count).',
        unit: 'working days',
      },
      attachmentMaxMb: {
        label: 'Elimination attachment size limit',
        help: 'The largest evidence file that may be attached to an elimination case.',
        unit: 'MB',
      },
    },
    discipline: {
      expiryDays: {
        label: 'Discipline record validity',
        help: 'Counted from the day it happened; an expired record no longer counts for elimination, reserve-lead eligibility or appraisal.',
        unit: 'days',
      },
      attachmentMaxMb: {
        label: 'Discipline attachment size limit',
        help: 'The largest evidence file that may be attached to a discipline record.',
        unit: 'MB',
      },
    },
    quality: {
      sampling: {
        minimumPerWeek: {
          label: 'Minimum per agent per week',
          help: 'The fewest interactions monitored per agent each week; an agent with fewer has all of them monitored.',
          unit: 'interactions',
        },
        sharePercent: {
          label: 'Monitoring share',
          help: "Share of each agent's weekly volume monitored (policy: 5–15%); the larger of this and the minimum wins.",
          unit: '%',
        },
        hourBandHours: {
          label: 'Sampling hour band',
          help: "The day is cut into bands this wide and picks follow each band's volume, so quiet hours never dominate.",
          unit: 'hours',
        },
        newHireAllWorkingDays: {
          label: 'New hire: monitor everything for',
          help: "In a new hire's first working days on the phones, every interaction is monitored.",
          unit: 'working days',
        },
        newHireStage1Percent: {
          label: 'New hire stage 1 share',
          help: 'The share after the every-interaction days and before regular status, until the recent evaluations all pass.',
          unit: '%',
        },
        newHireStage2Percent: {
          label: 'New hire stage 2 share',
          help: 'The share once stage 1 is passed; passing again returns the agent to the ordinary share.',
          unit: '%',
        },
        newHirePassesPerStage: {
          label: 'Passes in a row per stage',
          help: 'A new hire passing this many evaluations in a row drops to the next lower share.',
          unit: 'times',
        },
        poorScoreBelow: {
          label: 'Poor score line',
          help: 'Agents whose recent mean score is below this are monitored at the poor-score share.',
          unit: 'points',
        },
        poorScoreRecentEvaluations: {
          label: 'Poor score: recent evaluations',
          help: 'The poor-score mean is taken over this many most recent evaluations.',
          unit: 'evaluations',
        },
        poorScoreLookbackDays: {
          label: 'Poor score look-back',
          help: 'Only evaluations within this many days count.',
          unit: 'days',
        },
        poorScorePercent: {
          label: 'Poor-score share',
          help: "Share of a poor-scoring agent's weekly volume monitored.",
          unit: '%',
        },
        followUpPercent: {
          label: 'Under follow-up share',
          help: "Share monitored while a problem of the agent's is under follow-up, until it is solved.",
          unit: '%',
        },
        changeEventPercent: {
          label: 'Change event: default extra share',
          help: 'The extra share a new knowledge, system or process change starts with.',
          unit: '%',
        },
        changeEventDays: {
          label: 'Change event: default duration',
          help: 'How many days a new change event raises monitoring by default.',
          unit: 'days',
        },
      },
      quota: {
        live: {
          label: 'Daily quota: live monitoring',
          help: 'The fewest interactions each evaluator listens to live per day (adjust to call volume).',
          unit: 'interactions',
        },
        recording: {
          label: 'Daily quota: recordings',
          help: 'The fewest recordings each evaluator reviews per day.',
          unit: 'interactions',
        },
        sideBySide: {
          label: 'Daily quota: side-by-side',
          help: 'The fewest side-by-side sessions each evaluator holds per day.',
          unit: 'sessions',
        },
      },
      feedback: {
        individualWorkingDays: {
          label: 'Individual feedback deadline',
          help: 'An individual error is fed back one-to-one within this many working days after scoring.',
          unit: 'working days',
        },
        commonWorkingDays: {
          label: 'Common problem feedback deadline',
          help: 'A common problem is fed back to the group (e.g. the team meeting) within this many working days.',
          unit: 'working days',
        },
      },
      dispute: {
        windowWorkingDays: {
          label: 'Dispute window',
          help: 'An agent may dispute within this many working days of the feedback (or of scoring, when none was given).',
          unit: 'working days',
        },
      },
      calibration: {
        tolerance: {
          label: 'Calibration tolerance',
          help: "A score within this many points of the consensus or the senior evaluator's counts as agreeing.",
          unit: 'points',
        },
        agreementMinN: {
          label: 'Ratings needed for an agreement figure',
          help: 'A calibration report shows κ or α for an item kind only with at least this many item × interaction pairs rated by two or more evaluators; below it, "too few".',
          unit: 'pairs',
        },
      },
      fitness: {
        maxDeviation: {
          label: 'Evaluator fitness: largest mean deviation',
          help: 'An evaluator whose calibration scores average more than this many points above or below the consensus is flagged, and the QA lead is alerted.',
          unit: 'points',
        },
        minCalibrations: {
          label: 'Evaluator fitness: calibrations needed',
          help: 'An evaluator is judged on fitness only with at least this many calibration scores in the window.',
          unit: 'scores',
        },
        windowDays: {
          label: 'Evaluator fitness: window',
          help: "Calibration scores of this many days count towards fitness; a suspension marks the evaluator's evaluations of the same window.",
          unit: 'days',
        },
      },
      oversight: {
        periodDays: {
          label: 'Evaluator oversight period',
          help: 'The evaluator oversight page looks back this many days by default.',
          unit: 'days',
        },
        leniencyPoints: {
          label: 'Lenient / harsh margin',
          help: "An evaluator is flagged lenient or harsh only when their scores differ from others' on comparable work by at least this much.",
          unit: 'points',
        },
        significancePercent: {
          label: 'Significance level',
          help: 'A difference is flagged only when statistically significant (p below this), so fair evaluators are not flagged by chance.',
          unit: '%',
        },
        minEvaluations: {
          label: 'Evaluations needed to judge',
          help: 'An evaluator is judged only with at least this many comparable evaluations.',
          unit: 'evaluations',
        },
        inconsistencyRatio: {
          label: 'Inconsistency ratio',
          help: "An evaluator whose scoring of the same item varies this many times as much as others' is flagged inconsistent.",
          unit: '×',
        },
      },
      evaluators: {
        testPassMark: {
          label: 'New evaluator test pass mark',
          help: 'The pass mark of the test a new evaluator takes before starting.',
          unit: 'points',
        },
        coScoresNeeded: {
          label: 'Co-scorings a new evaluator needs',
          help: 'A new evaluator may be certified after this many co-scorings within tolerance of an experienced evaluator.',
          unit: 'times',
        },
      },
      agentScore: {
        minEvaluations: {
          label: 'Evaluations for an agent QA score',
          help: 'With fewer evaluations, an agent\'s QA score says "not enough to judge".',
          unit: 'evaluations',
        },
        confidencePercent: {
          label: 'Agent QA score confidence',
          help: "The confidence level of the ± margin shown with an agent's QA score.",
          unit: '%',
        },
      },
      forms: {
        defaultPassScore: {
          label: 'Scorecard default pass score',
          help: 'The pass score a new scorecard starts with; each version keeps its own.',
          unit: 'points',
        },
      },
    },
  },
};
export default en;
