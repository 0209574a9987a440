// Drills practice (issue 20 item 1–2): read-aloud recordings and their ratings. See the migration 20261226-drills-practice.ts.

export type DrillsPracticeDatabase = Record<never, never>;
