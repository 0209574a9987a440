// errorCode texts of the reserve part of /api/careers (issue 21).
export default {};
