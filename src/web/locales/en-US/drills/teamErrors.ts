// errorCode texts of the team part of /api/drills (issue 20).
export default {};
