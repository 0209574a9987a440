// errorCode texts of /api/attendance (staffing part), merged into errors.
export default {
  ATTENDANCE_STAFFING_IMPACT_PARAMS: 'Name the leave or swap to assess: {field} is missing or wrong.',
};
