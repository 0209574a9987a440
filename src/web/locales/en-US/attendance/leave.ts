// attendance.leave.* texts (issue 19); owned by the leave part.
export default {};
