// Trainer levels (issue 21 item 3): the grades, their promotion standards, and each trainer's level with the training manager's confirmations. See the migration 20261228-careers-levels.ts.

export type CareersLevelsDatabase = Record<never, never>;
