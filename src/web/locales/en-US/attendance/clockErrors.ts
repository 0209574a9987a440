// errorCode texts of /api/attendance (clock part), merged into errors.
export default {};
