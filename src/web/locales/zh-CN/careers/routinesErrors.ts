// errorCode texts of the routines part of /api/careers (issue 21).
export default {
  ROUTINE_NO_TEAM: '只有带班组的班组长才有工作规范清单',
  ROUTINE_ITEM_NOT_FOUND: '没有这项工作规范',
  ROUTINE_ITEM_INACTIVE: '这项工作规范已停用',
  ROUTINE_ALREADY_TICKED: '本周期已打过勾',
  ROUTINE_COUNT_SHORT: '数量未达到这项工作的要求',
  ROUTINE_NOTE_OR_LINK: '请关联相应记录，或在备注中说明原因',
  ROUTINE_LINK_NOT_ALLOWED: '这项工作无需关联记录',
  ROUTINE_LINK_KIND: '关联的记录类型与这项工作不符',
  ROUTINE_LINK_NOT_FOUND: '找不到可关联的这条记录',
  ROUTINE_LINK_OTHER_TEAM: '关联的记录不属于本班组成员',
  ROUTINE_LINK_OUTSIDE_PERIOD: '这次会议不在本周期内',
  ROUTINE_FEEDBACK_NOT_GIVEN: '这次质检的辅导反馈尚未完成',
  ROUTINE_PERIOD_CLOSED: '该周期已结束，不能取消打勾',
  ROUTINE_ATTENDEE_NOT_IN_TEAM: '参会人员须为本班组成员',
  ROUTINE_REPORT_RANGE: '月份范围不对：起始月不能晚于结束月，且最多 12 个月',
};
