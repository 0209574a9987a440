// errorCode texts of the reserve part of /api/careers (issue 21).
export default {
  WINDOW_ORDER: 'The nomination window must close on or after the day it opens',
  TALK_BEFORE_CLOSE: 'The talk day must come after the nomination window closes',
  STALE: 'Someone else changed this meanwhile; reload and try again',
  ROUND_NOT_DRAFT: 'The round is no longer a draft',
  ROUND_NOT_NOMINATING: 'The round is not taking entries now',
  ROUND_NOT_SCREENING: 'The round is not in screening now',
  UNSCREENED_ENTRIES: 'Shortlist or decline every entry before publishing the list',
  EMPTY_SHORTLIST: 'Nobody is shortlisted yet',
  NOMINATIONS_CLOSED: 'Entries are not open now',
  NOT_ELIGIBLE: 'Not eligible: see the criteria not met',
  ALREADY_ENTERED: 'You have already entered this round',
  NOT_AN_EMPLOYEE: 'Only an employee may enter',
  SELF_RECOMMENDATION: 'Recommend one of your people, not yourself',
  ENTRY_WITHDRAWN: 'This person withdrew their entry',
  ALREADY_RECOMMENDED: 'This person is already recommended',
  CANNOT_WITHDRAW: 'An entry cannot be withdrawn once screening has begun',
};
