// errorCode texts of the warnings part of /api/analytics (issue 22).
export default {};
