// errorCode texts of the pool part of /api/mentorship (issue 20 item 6).
export default {};
