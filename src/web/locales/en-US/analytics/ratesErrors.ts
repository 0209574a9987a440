// errorCode texts of the rates part of /api/analytics (issue 22).
export default {};
