// attendance.clock.* texts (issue 19); owned by the clock part.
export default {};
