// errorCode texts of /api/attendance (rosters part), merged into errors.
export default {};
