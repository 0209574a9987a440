import kindsAttendance from './kindsAttendance';
import kindsPeople from './kindsPeople';
import kindsQuality from './kindsQuality';
import kindsTraining from './kindsTraining';
import panels from './panels';
import work from './work';

// The home page (工作台, issue 26): the work list, the panels, and one text per kind of work item.
export default {
  work,
  panels,
  kinds: { ...kindsQuality, ...kindsAttendance, ...kindsTraining, ...kindsPeople },
};
