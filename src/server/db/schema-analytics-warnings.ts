// Early-warning tables (issue 22 item 5); see migrations/20261230-analytics-warnings.ts.
export type AnalyticsWarningsDatabase = Record<never, never>;
