import type zh from '../zh-CN/analyticsSettings';

// Settings page entries: training proof (SPEC §12, issue 22), nested by key: analytics.warnings.weeks.
const en: typeof zh = {
  analytics: {
    confidencePercent: {
      label: 'Confidence level',
      help: 'Used for the retention bands, rate intervals, differences and shrunken estimates.',
      unit: '%',
    },
    refreshMinutes: {
      label: 'Analytics refresh interval',
      help: 'The rollups are rebuilt in the background this often.',
      unit: 'min',
    },
    retention: {
      baselinePercent: {
        label: 'Retention baseline',
        help: 'The share still employed after the baseline months (the study center keeps 55% after a year).',
        unit: '%',
      },
      baselineMonths: {
        label: 'Baseline months',
        help: 'Months after hire the retention baseline refers to.',
        unit: 'months',
      },
    },
    levels: {
      behaviourWindowDays: {
        label: 'Behaviour window',
        help: 'QA on real calls is counted over 1×, 2× and 3× this many days after the program (30/60/90).',
        unit: 'days',
      },
      kpiWindowMonths: {
        label: 'Results window',
        help: 'KPIs over this many whole months before and after a course, against a comparison group (difference in differences).',
        unit: 'months',
      },
    },
    effects: {
      followMonths: {
        label: 'Effect follow-up',
        help: "Learners' QA and KPIs over this many months after going live count toward their trainer's and mentor's effect.",
        unit: 'months',
      },
      minLearners: {
        label: 'Learners to be ranked',
        help: 'A trainer or mentor with fewer learners is shown but not ranked.',
        unit: 'people',
      },
    },
    warnings: {
      weeks: { label: 'Warning span', help: 'A decline is judged over this many recent weeks.', unit: 'weeks' },
      method: {
        label: 'Decline method',
        help: '1 = fall over the span by the least-squares slope of the weekly values; 2 = every week lower than the one before.',
        unit: '',
      },
      qaDropPoints: {
        label: 'QA fall to warn',
        help: 'Warn when the QA score falls by at least this many points.',
        unit: 'points',
      },
      kpiDropPercent: {
        label: 'KPI fall to warn',
        help: 'Warn when a KPI worsens by at least this percentage.',
        unit: '%',
      },
      minWeeklyEvaluations: {
        label: 'Evaluations a week',
        help: 'A week with fewer evaluations is left out of the QA trend.',
        unit: 'evaluations',
      },
      minWeeklyContacts: {
        label: 'Contacts a week',
        help: 'A week with fewer handled contacts is left out of the KPI trends.',
        unit: 'contacts',
      },
    },
  },
};
export default en;
