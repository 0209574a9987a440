import type { DbHandle } from '../db/connect.js';
import { seedAppraisalDemo } from './appraisal.js';
import { seedAttendanceDemo } from './attendance.js';
import { seedDrillsDemo } from './drills.js';
import { seedDrillsPracticeDemo } from './drills-practice.js';
import { seedMentorshipDemo } from './mentorship.js';
import { seedCareersReserveDemo } from './careers-reserve.js';
import { seedCareersPanelDemo } from './careers-panel.js';
import { seedCareersRoutinesDemo } from './careers-routines.js';
import { seedCareersLevelsDemo } from './careers-levels.js';
import { seedAnalyticsHistoryDemo } from './analytics-history.js';
import { seedAnalyticsWarningsDemo } from './analytics-warnings.js';
import { seedHomeAttendanceDemo } from './home/attendance.js';
import { seedHomePeopleDemo } from './home/people.js';
import { seedHomeQualityDemo } from './home/quality.js';
import { seedHomeTrainingDemo } from './home/training.js';
import { refreshAnalytics } from '../modules/analytics/facts/refresh.js';
import { seedDemo } from './seed.js';
import { seedEliminationDemo } from './elimination.js';
import { seedEvaluationDemo } from './evaluation.js';
import { seedExamDemo } from './exams.js';
import { seedDemoInteractions } from './interactions.js';
import { seedQualityDemo } from './quality.js';
import { seedQualityCalibrationDemo } from './quality-calibration.js';
import { seedQualityFeedbackDemo } from './quality-feedback.js';
import { seedTrainingDemo } from './training.js';

export { DEMO_PASSWORD, isEmpty, PUBLISHED_PASSWORDS } from './published.js';

// The whole demo call center, for `npm start` and `seatwise seed-demo`: people first, then each
// module's living history on top. The test harness loads only the people (seedDemo), to stay fast.
export async function loadDemo(handle: DbHandle) {
  const result = await seedDemo(handle.db);
  await seedTrainingDemo(handle.db);
  await seedExamDemo(handle.db);
  await seedEvaluationDemo(handle.db);
  await seedEliminationDemo(handle.db);
  await seedDemoInteractions(handle);
  await seedQualityDemo(handle.db);
  await seedQualityCalibrationDemo(handle.db);
  await seedQualityFeedbackDemo(handle.db);
  await seedAppraisalDemo(handle.db);
  await seedAttendanceDemo(handle.db);
  await seedDrillsDemo(handle.db); // decks and cards, scorecard links
  await seedDrillsPracticeDemo(handle.db); // review history and today's quizzes, after the decks
  await seedMentorshipDemo(handle.db);
  await seedCareersPanelDemo(handle.db); // a past round, scored and published
  await seedCareersReserveDemo(handle.db); // this quarter's round, open for entries
  await seedCareersRoutinesDemo(handle.db);
  await seedCareersLevelsDemo(handle.db);
  await seedAnalyticsHistoryDemo(handle.db); // two years of cohorts with exits
  await refreshAnalytics(handle.db); // the rollups every analytics page reads
  await seedAnalyticsWarningsDemo(handle.db);
  // Work waiting on each demo user's home page, some of it due today or late (issue 26).
  await seedHomeQualityDemo(handle.db);
  await seedHomeAttendanceDemo(handle.db);
  await seedHomeTrainingDemo(handle.db);
  await seedHomePeopleDemo(handle.db);
  return result;
}
