// errorCode texts of the practice part of /api/drills (issue 20).
export default {
  DRILL_NO_EMPLOYEE: 'Your account is not linked to an employee, so it has no drill cards',
  DRILL_ANSWER_REQUIRED: 'Type an answer first',
  DRILL_CHOICE_REQUIRED: 'Pick one of the options',
  DRILL_CHOICE_UNKNOWN: 'That answer is not one of this card’s options; reload and try again',
  DRILL_SELF_RATING_REQUIRED: 'Rate this reading (again / hard / good / easy)',
  DRILL_REVIEW_CONFLICT: 'This card was just answered elsewhere; reload the queue',
};
