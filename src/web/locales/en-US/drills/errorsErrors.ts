// errorCode texts of the errors part of /api/drills (issue 20).
export default {};
