import type zh from '../zh-CN/settingsItemsPeople';

// Settings items (pages/settings): exams, evaluation, training, elimination, discipline.
const peopleItems: typeof zh = {
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
};
export default peopleItems;
