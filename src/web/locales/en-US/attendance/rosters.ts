// attendance.rosters.* texts (issue 19); owned by the rosters part.
export default {};
