// errorCode texts of the levels part of /api/analytics (issue 22).
export default {};
