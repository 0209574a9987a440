// errorCode texts of the levels part of /api/careers (issue 21).
export default {
  STANDARDS_UNMET: 'This trainer does not meet the grade’s standards yet; give a reason to confirm all the same',
  LEVEL_REASON_REQUIRED:
    'This is not the trainer’s next grade (a skip, a step down or a first placement above the lowest grade): give a reason',
  UNKNOWN_GRADE: 'No such trainer grade',
  SAME_LEVEL: 'The trainer already holds this grade',
  DUPLICATE_GRADE: 'A grade with this name already exists',
  GRADE_IN_USE: 'Trainers hold this grade or a level history names it; it cannot be deleted, but it can be renamed',
  STALE: 'Someone else changed this meanwhile; reload and try again',
};
