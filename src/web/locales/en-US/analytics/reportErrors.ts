// errorCode texts of the report part of /api/analytics (issue 22).
export default {};
