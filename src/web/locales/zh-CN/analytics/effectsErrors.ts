// errorCode texts of the effects part of /api/analytics (issue 22).
export default {};
