// errorCode texts of the reserve part of /api/careers (issue 21).
export default {
  WINDOW_ORDER: '报名截止日不能早于报名开始日',
  TALK_BEFORE_CLOSE: '竞聘演讲日须在报名截止之后',
  STALE: '数据已被他人修改，请刷新后重试',
  ROUND_NOT_DRAFT: '该轮竞聘已不是草稿状态，不能执行此操作',
  ROUND_NOT_NOMINATING: '该轮竞聘当前不在报名阶段',
  ROUND_NOT_SCREENING: '该轮竞聘当前不在筛选阶段',
  UNSCREENED_ENTRIES: '还有报名未筛选，请逐一入围或不予入围后再公示',
  EMPTY_SHORTLIST: '尚无入围人员，不能公示名单',
  NOMINATIONS_CLOSED: '当前不在报名时间内',
  NOT_ELIGIBLE: '不符合报名条件，请查看未满足的条件',
  ALREADY_ENTERED: '你已报名本轮竞聘',
  NOT_AN_EMPLOYEE: '只有员工本人可以报名',
  SELF_RECOMMENDATION: '不能推荐自己，请推荐本组人员',
  ENTRY_WITHDRAWN: '该人员已撤回报名',
  ALREADY_RECOMMENDED: '该人员已被推荐',
  CANNOT_WITHDRAW: '筛选开始后不能撤回报名',
};
