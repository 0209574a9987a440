// errorCode texts of the errors part of /api/drills (issue 20).
export default {
  LINK_ITEM_UNKNOWN: 'The scorecard has no such item',
  LINK_CARD_UNKNOWN: 'No such drill card',
  LINK_CARD_ARCHIVED: 'The card (or its deck) is archived; link an active card',
};
