// errorCode texts of the levels part of /api/careers (issue 21).
export default {};
