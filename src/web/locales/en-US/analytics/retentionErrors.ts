// errorCode texts of the retention part of /api/analytics (issue 22).
export default {
  RETENTION_BAD_RANGE: 'The first hiring month must not be after the last',
  RETENTION_GROUPS_REQUIRED: 'Choose the two groups to compare',
  RETENTION_SAME_GROUP: 'Choose two different groups to compare',
  RETENTION_MONTHS_REQUIRED: 'Say at which month the people at risk are counted',
};
