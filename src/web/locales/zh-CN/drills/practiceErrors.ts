// errorCode texts of the practice part of /api/drills (issue 20).
export default {};
