// Team-lead routines (issue 21 item 2): the checklists a center edits (daily, weekly, monthly, half-yearly, yearly duties) and each lead's ticks with a note or a linked record. See the migration 20261228-careers-routines.ts.

export type CareersRoutinesDatabase = Record<never, never>;
