// The numbers of training proof (SPEC §12, issue 22), spread into SETTING_DEFAULTS (lib/settings.ts).
// The settings page's labels are in web/locales/*/analyticsSettings.ts.
export const ANALYTICS_SETTING_DEFAULTS = {
  // Intervals and bands on every analytics page (Kaplan–Meier band, Wilson, differences, shrinkage).
  'analytics.confidencePercent': 95,
  // The retention the center compares itself with: this share still employed this many months
  // after hire (the study center keeps 55% after a year).
  'analytics.retention.baselinePercent': 55,
  'analytics.retention.baselineMonths': 12,
  // Level 3 (behaviour): QA on real calls in windows of this many days after the program ends,
  // shown as 1×, 2× and 3× the window (30/60/90 days).
  'analytics.levels.behaviourWindowDays': 30,
  // Level 4 (results): KPIs over this many whole months before the course and after it, for the
  // trained and for a comparison group who did not take it in the same period.
  'analytics.levels.kpiWindowMonths': 2,
  // Trainer and mentor effects: learners' QA and KPIs over their first this-many months after they
  // went live; a trainer with fewer learners is shown but never ranked.
  'analytics.effects.followMonths': 6,
  'analytics.effects.minLearners': 5,
  // Early warnings: a decline over this many weeks, judged by method 1 (least-squares slope of the
  // weekly values, the fall over the span) or 2 (every week lower than the one before), flagged
  // when the QA score falls by at least qaDropPoints or a KPI worsens by at least kpiDropPercent;
  // a week counts only with at least minWeeklyEvaluations evaluations or minWeeklyContacts contacts.
  'analytics.warnings.weeks': 4,
  'analytics.warnings.method': 1,
  'analytics.warnings.qaDropPoints': 5,
  'analytics.warnings.kpiDropPercent': 10,
  'analytics.warnings.minWeeklyEvaluations': 1,
  'analytics.warnings.minWeeklyContacts': 20,
  // How often the rollups are rebuilt in the background.
  'analytics.refreshMinutes': 60,
} as const;
