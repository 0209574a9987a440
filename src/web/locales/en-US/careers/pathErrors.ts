// errorCode texts of the path part of /api/careers (issue 21).
export default {};
