// errorCode texts of the retention part of /api/analytics (issue 22).
export default {};
