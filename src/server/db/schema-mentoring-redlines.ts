// Pre-regular QA error handling and the red-line list with breaches and the review board (SPEC §7, issue 20 item 6). See the migration 20261226-mentoring-redlines.ts.

export type MentoringRedlinesDatabase = Record<never, never>;
