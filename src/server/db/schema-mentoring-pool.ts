// The mentor pool (SPEC §7, issue 20 item 6). See the migration 20261226-mentoring-pool.ts. As in
// schema.ts: instants ISO-8601 UTC text, JSON as text.

export interface MentorPoolConfigTable {
  id: string; // always 'pool'
  /** The training course whose completion counts as mentor training; null until chosen. */
  mentor_course_id: string | null;
  version: number;
  updated_by: string | null;
  updated_at: string;
}

export interface MentorPoolMemberTable {
  id: string;
  employee_id: string;
  status: string; // active | removed
  /** JSON Criterion[]: the criteria as they stood when the person was selected. */
  criteria: string;
  /** Set when the person was selected although a criterion was not met. */
  override_reason: string | null;
  selected_by: string | null; // users.id
  selected_at: string;
  removed_by: string | null;
  removed_at: string | null;
  remove_reason: string | null;
}

/** Why a regular agent was given a coaching mentor; one row per coaching assignment. */
export interface MentorCoachingReasonTable {
  assignment_id: string;
  reason: string;
  created_by: string | null;
  created_at: string;
}

/** A shadowing problem still open after its day, flagged once (the next morning). */
export interface MentorProblemFlagTable {
  problem_id: string;
  flagged_on: string; // the center day it was flagged
  flagged_at: string;
}

export interface MentoringPoolDatabase {
  mentor_pool_config: MentorPoolConfigTable;
  mentor_pool_members: MentorPoolMemberTable;
  mentor_coaching_reasons: MentorCoachingReasonTable;
  mentor_problem_flags: MentorProblemFlagTable;
}
