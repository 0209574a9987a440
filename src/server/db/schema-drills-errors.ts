// Errors drive practice (issue 20 item 3): scorecard items linked to drill cards. See the migration 20261226-drills-errors.ts.

export type DrillsErrorsDatabase = Record<never, never>;
