// errorCode texts of the routines part of /api/careers (issue 21).
export default {
  ROUTINE_NO_TEAM: 'Only a team lead with a team keeps a routine checklist',
  ROUTINE_ITEM_NOT_FOUND: 'There is no such checklist item',
  ROUTINE_ITEM_INACTIVE: 'This checklist item is switched off',
  ROUTINE_ALREADY_TICKED: 'Already ticked for this period',
  ROUTINE_COUNT_SHORT: 'The count is below what this duty asks for',
  ROUTINE_NOTE_OR_LINK: 'Link the record of this duty, or say in a note why there is none',
  ROUTINE_LINK_NOT_ALLOWED: 'This duty takes no linked record',
  ROUTINE_LINK_KIND: 'This duty links another kind of record',
  ROUTINE_LINK_NOT_FOUND: 'That record cannot be found or linked',
  ROUTINE_LINK_OTHER_TEAM: 'The linked record is not about someone in your team',
  ROUTINE_LINK_OUTSIDE_PERIOD: 'That meeting is not in this period',
  ROUTINE_FEEDBACK_NOT_GIVEN: 'The feedback on this evaluation has not been given yet',
  ROUTINE_PERIOD_CLOSED: 'The period is over: its tick stays',
  ROUTINE_ATTENDEE_NOT_IN_TEAM: 'Attendees must be people of your team',
  ROUTINE_REPORT_RANGE: 'Months out of order, or more than 12 at a time',
};
