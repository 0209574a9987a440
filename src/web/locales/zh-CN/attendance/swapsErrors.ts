// errorCode texts of /api/attendance (swaps part), merged into errors.
export default {};
