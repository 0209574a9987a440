// errorCode texts of the quiz part of /api/drills (issue 20).
export default {};
