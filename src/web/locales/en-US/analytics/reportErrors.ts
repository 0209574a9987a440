// errorCode texts of the report part of /api/analytics (issue 22).
export default {
  REPORT_MONTH_FUTURE: 'The month has not started yet',
};
