// errorCode texts of the routines part of /api/careers (issue 21).
export default {};
