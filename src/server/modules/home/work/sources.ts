import type { WorkSource } from '../../../lib/work.js';
import { warningsWork } from '../../analytics/warnings/warnings.work.js';
import { appraisalWork } from '../../appraisal/appraisal.work.js';
import { attendanceWork } from '../../attendance/attendance.work.js';
import { calendarWork } from '../../calendar/calendar.work.js';
import { careersWork } from '../../careers/careers.work.js';
import { disciplineWork } from '../../discipline/discipline.work.js';
import { drillsWork } from '../../drills/drills.work.js';
import { eliminationWork } from '../../elimination/elimination.work.js';
import { evaluationWork } from '../../evaluation/evaluation.work.js';
import { examsWork } from '../../exams/exams.work.js';
import { mentorshipWork } from '../../mentorship/mentorship.work.js';
import { qualityWork } from '../../quality/quality.work.js';
import { systemWork } from '../../system/system.work.js';
import { trainingWork } from '../../training/training.work.js';

// Every module's work, in one list: where an item on the home page comes from is found here.
export const WORK_SOURCES: WorkSource[] = [
  ...qualityWork,
  ...attendanceWork,
  ...appraisalWork,
  ...warningsWork,
  ...trainingWork,
  ...examsWork,
  ...drillsWork,
  ...mentorshipWork,
  ...eliminationWork,
  ...evaluationWork,
  ...disciplineWork,
  ...careersWork,
  ...calendarWork,
  ...systemWork,
];
