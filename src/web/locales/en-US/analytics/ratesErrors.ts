// errorCode texts of the rates part of /api/analytics (issue 22).
export default {
  RATES_RANGE_REVERSED: 'The end date cannot be before the start date',
  RATES_HIRED_RANGE_REVERSED: 'The last hiring month cannot be before the first',
  RATES_ELIMINATED_BY: 'The eliminated can be listed by program or trainer only',
};
