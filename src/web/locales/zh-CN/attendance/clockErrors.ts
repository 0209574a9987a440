// errorCode texts of /api/attendance (clock part), merged into errors.
export default {
  CLOCK_IMPORT_HAS_ERRORS: '有 {rejected} 行存在错误（第一处：第 {line} 行），整个文件未导入；请先预览并修正后再导入',
  CLOCK_RESOLVE_OWN: '不能处理自己的考勤异常',
  CLOCK_REASON_REQUIRED: '免责或转请假时请填写原因',
  CLOCK_LEAVE_KIND_REQUIRED: '请选择请假类型',
  CLOCK_NOT_EXCEPTION: '这一天没有需要处理的考勤异常',
  MAPPED_COLUMN_MISSING: '文件中找不到指定的列，请检查列对应关系',
};
