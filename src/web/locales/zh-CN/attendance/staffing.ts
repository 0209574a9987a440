// attendance.staffing.* texts (issue 19); owned by the staffing part.
export default {};
