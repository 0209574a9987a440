// errorCode texts of the panel part of /api/careers (issue 21).
export default {
  NOT_A_SCORER: 'You are not a scorer in this round',
  SELF_SCORE: 'A candidate does not score themself',
  ROUND_NOT_SCORING:
    'This round is not being scored (scores and results come after the shortlist is published and before the results are)',
  SCORING_CLOSED: 'The results are out: sheets no longer change',
  NOT_A_CANDIDATE: 'Only shortlisted candidates are scored or chosen',
  SCORE_OVER_MAX: 'The score is above the item’s maximum',
  SHEET_INCOMPLETE: 'Score every item of the sheet',
  DUPLICATE_ITEM_KEY: 'Each sheet item needs its own key',
  DUPLICATE_SCORER: 'A person is named as a scorer only once',
  ROUND_CLOSED: 'The round is over: its panel no longer changes',
  SHEET_LOCKED: 'Scores are in: the sheet no longer changes',
  SCORER_HAS_SCORED: 'This scorer has scored: they stay, with their kind',
  UNKNOWN_SCORER: 'No such scorer',
  SCORER_LEFT: 'This scorer no longer works here',
  DUPLICATE_CHOSEN: 'A candidate is chosen once',
  NO_RESULT: 'This candidate has too few panel sheets to have a result',
  OVER_SEATS: 'More chosen than the round has seats',
  RESULTS_NOT_PUBLISHED: 'The results of this round are not published yet',
  SHEET_CHANGED: 'Your sheet was just saved from elsewhere: reload and try again',
};
