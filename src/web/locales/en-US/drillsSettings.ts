// Settings page entries: drills (SPEC §5) and mentoring (SPEC §7), nested by key.
export default {
  drills: {
    targetRetentionPercent: {
      label: 'Target retention',
      help: 'What FSRS schedules for: the share of cards still recalled when they come due. Higher means more reviews.',
      unit: '%',
    },
    maximumIntervalDays: {
      label: 'Longest interval',
      help: 'The most days between two reviews of a card.',
      unit: 'days',
    },
    newCardsPerDay: { label: 'New cards a day', help: 'The most new cards one person starts in a day.', unit: 'cards' },
    dailyGoalMinutes: {
      label: 'Daily goal',
      help: 'Minutes of practice a day; a day that reaches it counts toward the streak.',
      unit: 'min',
    },
    similarityPassPercent: {
      label: 'Answer similarity to pass',
      help: 'A typed recall or cloze answer this similar to the card (punctuation and full/half width ignored) counts as recalled.',
      unit: '%',
    },
    masteryStabilityDays: {
      label: 'Stability for mastery',
      help: 'A card is mastered once its FSRS stability reaches this; a deck’s mastery is the share of mastered cards.',
      unit: 'days',
    },
    reviewMaxMinutes: {
      label: 'Longest review counted',
      help: "Minutes one review counts at most toward the day's practice (a card left open over lunch is not practice).",
      unit: 'min',
    },
    team: {
      missedMinReviews: {
        label: 'Reviews before a card ranks as missed',
        help: 'A card needs this many reviews in the range before its share of Again ranks it among the most missed.',
        unit: 'reviews',
      },
      missedTop: {
        label: 'Most-missed cards shown',
        help: "How many cards the team view's most-missed list shows.",
        unit: 'cards',
      },
    },
    maxImportRows: { label: 'Card import rows', help: 'The most rows one card import may hold.', unit: 'rows' },
    recordingMaxSeconds: { label: 'Longest recording', help: 'The longest read-aloud recording.', unit: 's' },
    recordingMaxMb: { label: 'Largest recording', help: 'The largest read-aloud recording file.', unit: 'MB' },
    quizSize: { label: 'Daily quiz size', help: 'How many due cards the daily quiz draws.', unit: 'questions' },
    quizCountsInAttitude: {
      label: 'Quiz counts in attitude',
      help: '1 = a trainee’s daily quiz score is suggested for the learning-attitude part of the daily score; 0 = not.',
      unit: '',
    },
  },
  mentoring: {
    pool: {
      minTenureMonths: { label: 'Mentor tenure', help: 'The least tenure to join the mentor pool.', unit: 'months' },
      minQaAverage: {
        label: 'Mentor QA average',
        help: 'The least recent QA average to join the pool.',
        unit: 'points',
      },
      qaWindowDays: {
        label: 'QA average window',
        help: 'The recent days a candidate’s QA average covers.',
        unit: 'days',
      },
      minAppraisalScore: {
        label: 'Mentor appraisal score',
        help: 'The least total of the latest appraisal to join the pool.',
        unit: 'points',
      },
      minRating: {
        label: 'Mentor rating warning',
        help: 'A mentor whose average trainee rating (1–5) falls below this is flagged for replacement.',
        unit: 'points',
      },
    },
  },
};
