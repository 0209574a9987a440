// Texts for the errorCodes of /api/discipline (spread into errors.ts).
export default {
  SELF_RECORD: '不能为自己记录纪律记录，请由他人记录',
  BEFORE_HIRE: '发生日期早于该员工的入职日期',
  ALREADY_EXPIRED: '该日期的记录已超过有效期，不再计入，无需记录',
  EVIDENCE_MISSING: '请提供证据：书面说明，或关联本人的通话/会话，或培训考勤记录',
  UNKNOWN_INTERACTION: '找不到该通话/会话，或你无权查看',
  INTERACTION_NOT_THEIRS: '该通话/会话不是此人处理的',
  UNKNOWN_ATTENDANCE: '找不到该培训场次，或你无权查看',
  NO_ATTENDANCE_RECORD: '此人在该培训场次没有考勤记录',
  ATTENDANCE_MISMATCH: '考勤记录的状态与所选类型不一致',
  DUPLICATE_RECORD: '此人当天已有同类纪律记录',
  ALREADY_RESPONDED: '每条记录只能回复或申诉一次',
  RECORD_WITHDRAWN: '该记录已被人力资源撤销',
  ALREADY_DECIDED: '人力资源已对该记录作出决定',
};
