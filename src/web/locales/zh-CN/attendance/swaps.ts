// attendance.swaps.* texts (issue 19); owned by the swaps part.
export default {};
