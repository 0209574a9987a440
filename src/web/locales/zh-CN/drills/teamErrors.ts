// errorCode texts of the team part of /api/drills (issue 20).
export default {
  TEAM_RANGE_TOO_LONG: '一次最多查询 366 天',
};
