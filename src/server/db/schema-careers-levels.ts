// Trainer levels (issue 21 item 3): the grades, their promotion standards, and each trainer's level with the training manager's confirmations. See the migration 20261228-careers-levels.ts.

/** A grade (初级/中级/高级讲师…), ordered by position (low to high); a null standard is not required. */
export interface CareerTrainerGradesTable {
  id: string;
  name: string;
  position: number;
  /** Teaching hours of ended sessions in the window. */
  min_hours: number | null;
  /** Ended sessions taught in the window. */
  min_sessions: number | null;
  /** Learners' average trainer score (1–5) on the window's sessions. */
  min_rating: number | null;
  /** Percent of the learners' assessment results that passed (see modules/careers/levels/API.md). */
  min_pass_rate: number | null;
  description: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** Each trainer's current level (a trainer without a row has none yet). */
export interface CareerTrainerLevelsTable {
  trainer_id: string;
  grade_id: string;
  /** The center day the level was confirmed. */
  since: string;
  confirmed_by: string | null;
  updated_at: string;
  version: number;
}

/** Every confirmation, append-only: the level history. */
export interface CareerTrainerLevelHistoryTable {
  id: string;
  trainer_id: string;
  grade_id: string;
  previous_grade_id: string | null;
  day: string;
  /** promotion (the next grade, standards met) | set (any other move; a reason is required) */
  kind: string;
  reason: string | null;
  /** JSON LevelCriterion[]: the standing against the new grade when confirmed. */
  criteria: string;
  /** JSON string[]: the unmet criteria's keys. */
  unmet: string;
  confirmed_by: string | null;
  confirmed_by_name: string | null;
  created_at: string;
}

export interface CareersLevelsDatabase {
  career_trainer_grades: CareerTrainerGradesTable;
  career_trainer_levels: CareerTrainerLevelsTable;
  career_trainer_level_history: CareerTrainerLevelHistoryTable;
}
