// errorCode texts of the team part of /api/drills (issue 20).
export default {
  TEAM_RANGE_TOO_LONG: 'Ask for at most 366 days at a time',
};
