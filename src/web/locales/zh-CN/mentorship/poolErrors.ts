// errorCode texts of the pool part of /api/mentorship (issue 20 item 6), and of the pool and
// coaching rules it adds to mentor assignment (training/mentoring).
export default {
  POOL_CRITERIA_UNMET: '该人员未满足导师入池条件，请查看各项条件；如仍要入选，请填写破格理由',
  NOT_A_FLOOR_AGENT: '导师须为正式坐席、骨干或班组长',
  ALREADY_IN_POOL: '该人员已在导师池中',
  MENTOR_NOT_IN_POOL: '该导师不在导师池中，请先在导师池中选拔',
  NOT_COACHABLE: '辅导带教只适用于正式坐席和骨干；学员请安排一对一或一对五带教',
  COACHING_REASON_REQUIRED: '安排辅导带教时请填写原因',
};
