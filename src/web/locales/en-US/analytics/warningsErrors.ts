// errorCode texts of the warnings part of /api/analytics (issue 22).
export default {
  WARNING_RESOLVED: 'The decline has ended and the warning is resolved; it takes no more actions',
  WARNING_DUE_PAST: 'The due date cannot be before today',
};
