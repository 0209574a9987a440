// errorCode texts of the panel part of /api/careers (issue 21).
export default {};
