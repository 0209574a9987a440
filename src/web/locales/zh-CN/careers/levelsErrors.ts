// errorCode texts of the levels part of /api/careers (issue 21).
export default {
  STANDARDS_UNMET: '该讲师尚未达到这一等级的晋升标准；如仍要确认，请填写原因',
  LEVEL_REASON_REQUIRED: '这不是该讲师的下一等级（越级、降级或首次定级高于最低等级），请填写原因',
  UNKNOWN_GRADE: '没有这个讲师等级',
  SAME_LEVEL: '该讲师已经是这一等级',
  DUPLICATE_GRADE: '已有同名的讲师等级',
  GRADE_IN_USE: '已有讲师持有该等级或等级记录中用到它，不能删除；可以改名',
  STALE: '数据已被他人修改，请刷新后重试',
};
