// errorCode texts of /api/attendance (summary part), merged into errors.
export default {};
