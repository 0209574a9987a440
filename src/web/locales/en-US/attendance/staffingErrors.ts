// errorCode texts of /api/attendance (staffing part), merged into errors.
export default {};
