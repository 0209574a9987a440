// errorCode texts of the recordings part of /api/drills (issue 20).
export default {};
