// Early-warning tables (issue 22 item 5); see migrations/20261230-analytics-warnings.ts.

export interface AnalyticsWarningTable {
  id: string;
  employee_id: string;
  metric: string; // qa | fcr | aht | csat (WARNING_METRICS)
  status: string; // open | closed | resolved
  open_key: string | null; // 'employee_id:metric' until resolved; unique
  method: number; // 1 slope over the span, 2 every week worse than the one before
  weeks: string; // JSON WeekValue[]: the weekly values the decline was judged on
  fall: number; // how much worse, in the metric's unit (QA points, FCR points, AHT seconds, CSAT)
  fall_percent: number | null; // the fall relative to where it started (KPIs are judged on this)
  threshold: number; // the setting it met (qaDropPoints or kpiDropPercent)
  causes: string; // JSON WarningCause[]
  flagged_at: string;
  swept_at: string; // the last sweep that found the decline
  closed_at: string | null; // the first action
  resolved_at: string | null;
  version: number;
}

export interface AnalyticsWarningActionTable {
  id: string;
  warning_id: string;
  kind: string; // mentoring | retraining | drills | coaching | other
  note: string;
  due_date: string | null;
  created_by: string | null; // users.id
  created_by_name: string | null;
  created_at: string;
}

export interface AnalyticsWarningsDatabase {
  analytics_warnings: AnalyticsWarningTable;
  analytics_warning_actions: AnalyticsWarningActionTable;
}
