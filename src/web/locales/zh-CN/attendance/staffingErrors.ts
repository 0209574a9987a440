// errorCode texts of /api/attendance (staffing part), merged into errors.
export default {
  ATTENDANCE_STAFFING_IMPACT_PARAMS: '请指明要评估的请假或调班：{field} 缺失或有误。',
};
