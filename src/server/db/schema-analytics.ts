// The analytics rollups (issue 22); see migrations/20261230-analytics.ts. Rebuilt by
// modules/analytics/facts/, read by every analytics page; never written by anything else.

export interface AnalyticsPersonTable {
  employee_id: string;
  name: string;
  hire_date: string; // the current hire spell's first day
  hire_month: string; // 'YYYY-MM' of hire_date: the hiring cohort
  department_id: string;
  team_id: string;
  status: string; // the employment status now
  program_id: string | null; // training_plans.id of the new-hire plan the person's cohort followed
  cohort_id: string | null; // training_cohorts.id
  trainer_id: string | null; // training_trainers.id who taught the person most sessions
  mentor_id: string | null; // employees.id of the first mentor (一对一/一对五)
  live_date: string | null; // the day the person became regular (certified, 转正)
  exit_date: string | null; // the first exit after hire_date
  exit_kind: string | null; // eliminated | resigned | dismissed
  exit_criterion: string | null; // the elimination criterion when eliminated
}

export interface AnalyticsMonthCounters {
  qa_count: number;
  qa_sum: number;
  qa_sum_sq: number;
  qa_passed: number;
  handled: number;
  talk_sum: number;
  hold_sum: number;
  wrap_sum: number;
  fcr_yes: number;
  fcr_known: number;
  csat_sum: number;
  csat_count: number;
}

export interface AnalyticsPersonMonthTable extends AnalyticsMonthCounters {
  employee_id: string;
  month: string; // 'YYYY-MM', center-local
}

export interface AnalyticsCenterMonthTable extends AnalyticsMonthCounters {
  month: string;
}

export interface AnalyticsStateTable {
  id: string; // 'rollups'
  as_of: string; // ISO instant the last rebuild finished
  took_ms: number;
  people: number;
  months: number;
}

/** The monthly report's figures from the rollups, kept per month and reader scope until the next rebuild. */
export interface AnalyticsReportCacheTable {
  month: string; // 'YYYY-MM'
  scope_key: string; // 'all', or a digest of the reader's people scope
  as_of: string; // the rebuild the figures came from
  through: string; // the month's last day counted (today while the month runs)
  body: string; // JSON of the cached sections
}

export interface AnalyticsDatabase {
  analytics_people: AnalyticsPersonTable;
  analytics_person_months: AnalyticsPersonMonthTable;
  analytics_center_months: AnalyticsCenterMonthTable;
  analytics_state: AnalyticsStateTable;
  analytics_report_cache: AnalyticsReportCacheTable;
}
