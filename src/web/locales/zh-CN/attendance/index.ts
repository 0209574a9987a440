import clock from './clock';
import leave from './leave';
import rosters from './rosters';
import staffing from './staffing';
import summary from './summary';
import swaps from './swaps';

// 考勤 strings, one file per part of the module (issue 19).
export default {
  menu: { group: '考勤' },
  rosters,
  clock,
  leave,
  swaps,
  staffing,
  summary,
};
