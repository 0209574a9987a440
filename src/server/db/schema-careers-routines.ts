// Team-lead routines (issue 21 item 2): the checklists a center edits (daily, weekly, monthly,
// half-yearly, yearly duties) and each lead's ticks with a note or a linked record. See the
// migration 20261228-careers-routines.ts. As in schema.ts: instants ISO-8601 UTC text, calendar
// days 'YYYY-MM-DD', JSON as text, booleans 0/1.

export interface CareerRoutineItemsTable {
  id: string;
  /** ROUTINE_PERIODS in common/careers-routines.ts */
  period: string;
  title: string;
  guidance: string | null;
  expected_minutes: number | null;
  /** How many of something a tick must count (e.g. calls listened to); null = no count. */
  target_count: number | null;
  /** ROUTINE_LINK_KINDS: the record a tick may link. */
  link_kind: string;
  active: number;
  position: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface CareerRoutineTicksTable {
  id: string;
  item_id: string;
  /** The lead who did it. */
  employee_id: string;
  /** The period instance: '2026-12-07', '2026-W50', '2026-12', '2026-H2', '2026'. */
  period_key: string;
  /** The center day it was ticked on. */
  day: string;
  note: string | null;
  count: number | null;
  link_kind: string | null;
  link_id: string | null;
  /** What the linked record was when linked (day, person), so the tick reads on its own. */
  link_label: string | null;
  ticked_by: string;
  created_at: string;
}

export interface CareerRoutineMeetingsTable {
  id: string;
  employee_id: string;
  team_id: string;
  day: string;
  minutes: number;
  /** JSON string[]: employee ids of the lead's team who attended. */
  attendees: string;
  topics: string;
  recordings_analysed: number;
  note: string | null;
  created_at: string;
}

export interface CareersRoutinesDatabase {
  career_routine_items: CareerRoutineItemsTable;
  career_routine_ticks: CareerRoutineTicksTable;
  career_routine_meetings: CareerRoutineMeetingsTable;
}
