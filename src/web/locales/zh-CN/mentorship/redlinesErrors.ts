// errorCode texts of the redlines part of /api/mentorship (issue 20 item 6).
export default {};
