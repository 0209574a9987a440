import clock from './clockErrors';
import leave from './leaveErrors';
import rosters from './rostersErrors';
import staffing from './staffingErrors';
import summary from './summaryErrors';
import swaps from './swapsErrors';

// errorCode texts of /api/attendance, one file per part, merged into `errors`.
export default { ...rosters, ...clock, ...leave, ...swaps, ...staffing, ...summary };
