// attendance.summary.* texts (issue 19); owned by the summary part.
export default {};
