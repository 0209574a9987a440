// The numbers of drills (SPEC §5) and mentoring (SPEC §7) added by issue 20, spread into
// SETTING_DEFAULTS (lib/settings.ts). The settings page's labels are in
// web/locales/*/drillsSettings.ts.
export const DRILLS_SETTING_DEFAULTS = {
  // FSRS (ts-fsrs): the share of cards a person should still recall when they come due, in percent
  // (SPEC §5: 0.9); the longest interval; new cards introduced to a person per day.
  'drills.targetRetentionPercent': 90,
  'drills.maximumIntervalDays': 365,
  'drills.newCardsPerDay': 20,
  // The daily goal in minutes of practice (SPEC §5: 15); a day counts toward the streak once reached.
  'drills.dailyGoalMinutes': 15,
  // A typed answer (recall, cloze) at or above this similarity, in percent, counts as recalled.
  'drills.similarityPassPercent': 85,
  // A card is mastered once its FSRS stability reaches this many days.
  'drills.masteryStabilityDays': 21,
  // One review counts at most this many minutes toward the day (a card left open over lunch is
  // not practice).
  'drills.reviewMaxMinutes': 5,
  // The team view's "cards missed most": a card needs this many reviews in the range before its
  // share of Again ranks it; the list shows this many cards.
  'drills.team.missedMinReviews': 3,
  'drills.team.missedTop': 20,
  // Deck import: the most rows one file may hold.
  'drills.maxImportRows': 5000,
  // Read-aloud: the longest recording in seconds and its largest file.
  'drills.recordingMaxSeconds': 180,
  'drills.recordingMaxMb': 5,
  // The daily quiz: how many due cards it draws; 1 = its score is suggested for the trainee's
  // learning-attitude part of the daily performance score (SPEC §6), 0 = not.
  'drills.quizSize': 10,
  'drills.quizCountsInAttitude': 0,

  // Mentor pool (SPEC §7): who may be selected — tenure in months, QA average over the last
  // qaWindowDays, the latest appraisal total; mentor training (a course) must be passed first.
  'mentoring.pool.minTenureMonths': 12,
  'mentoring.pool.minQaAverage': 90,
  'mentoring.pool.qaWindowDays': 90,
  'mentoring.pool.minAppraisalScore': 80,
  // Mentor ratings: a mentor whose average trainee rating (1–5) falls below this is flagged.
  'mentoring.pool.minRating': 3,
} as const;
