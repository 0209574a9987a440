// The mentor pool (SPEC §7, issue 20 item 6): candidates, selection, required mentor training. See the migration 20261226-mentoring-pool.ts.

export type MentoringPoolDatabase = Record<never, never>;
