// errorCode texts of /api/attendance (swaps part), merged into errors.
export default {
  TOIL_BEYOND_BALANCE: 'Only {balance} hours of time off in lieu are open on {day}; {hours} hours asked',
  TOIL_HOURS_INVALID: 'Time off in lieu is taken in positive hours',
};
