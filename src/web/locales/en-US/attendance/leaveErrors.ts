// errorCode texts of /api/attendance (leave part), merged into errors.
export default {};
