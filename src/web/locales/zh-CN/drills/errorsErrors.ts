// errorCode texts of the errors part of /api/drills (issue 20).
export default {
  LINK_ITEM_UNKNOWN: '评分表中没有该评分项',
  LINK_CARD_UNKNOWN: '没有这张演练卡片',
  LINK_CARD_ARCHIVED: '该卡片（或其卡组）已归档，请关联启用中的卡片',
};
