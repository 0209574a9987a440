import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { DbHandle } from './connect.js';
import { seedCalendar } from '../lib/calendar-seed.js';
import type { DialectName } from './portable.js';
import * as foundation from './migrations/20261123-foundation.js';
import * as interactions from './migrations/20261124-interactions.js';
import * as calendar from './migrations/20261127-calendar.js';
import * as elimination from './migrations/20261127-elimination.js';
import * as evaluation from './migrations/20261127-evaluation.js';
import * as exams from './migrations/20261125-exams.js';
import * as training from './migrations/20261126-training.js';
import * as quality from './migrations/20261128-quality.js';
import * as qualitySampling from './migrations/20261129-quality-sampling.js';
import * as qualityCalibration from './migrations/20261130-quality-calibration.js';
import * as qualityFeedback from './migrations/20261201-quality-feedback.js';
import * as interactionsCoarserRollups from './migrations/20261202-interactions-coarser-rollups.js';
import * as interactionsRejectParams from './migrations/20261203-interactions-reject-params.js';
import * as provisionalDeadlines from './migrations/20261206-provisional-deadlines.js';
import * as signInLocks from './migrations/20261207-sign-in-locks.js';
import * as userTotp from './migrations/20261211-user-totp.js';
import * as interactionsCallLegs from './migrations/20261209-interactions-call-legs.js';
import * as examMoodleFidelity from './migrations/20261210-exam-moodle-fidelity.js';
import * as qualityEvaluatorFitness from './migrations/20261212-quality-evaluator-fitness.js';
import * as discipline from './migrations/20261213-discipline.js';
import * as dailyFollowupTitles from './migrations/20261214-daily-followup-titles.js';
import * as appraisalPlans from './migrations/20261215-appraisal-plans.js';
import * as appraisalCycles from './migrations/20261216-appraisal-cycles.js';
import * as appraisalResults from './migrations/20261217-appraisal-results.js';
import * as appraisalReminders from './migrations/20261218-appraisal-reminders.js';
import * as attendanceRosters from './migrations/20261219-attendance-rosters.js';
import * as attendanceClock from './migrations/20261219-attendance-clock.js';
import * as attendanceLeave from './migrations/20261219-attendance-leave.js';
import * as attendanceSwaps from './migrations/20261219-attendance-swaps.js';
import * as attendanceStaffing from './migrations/20261219-attendance-staffing.js';
import * as drills from './migrations/20261226-drills.js';
import * as drillsPractice from './migrations/20261226-drills-practice.js';
import * as drillsErrors from './migrations/20261226-drills-errors.js';
import * as drillsQuiz from './migrations/20261226-drills-quiz.js';
import * as mentoringPool from './migrations/20261226-mentoring-pool.js';
import * as careers from './migrations/20261228-careers.js';
import * as careersPanel from './migrations/20261228-careers-panel.js';
import * as careersRoutines from './migrations/20261228-careers-routines.js';
import * as careersLevels from './migrations/20261228-careers-levels.js';
import * as analytics from './migrations/20261230-analytics.js';
import * as analyticsWarnings from './migrations/20261230-analytics-warnings.js';
import * as analyticsLevels from './migrations/20261230-analytics-levels.js';
import * as analyticsLevelsIndexes from './migrations/20261231-analytics-levels-indexes.js';
import * as home from './migrations/20270101-home.js';
import * as analyticsReportCache from './migrations/20270102-analytics-report-cache.js';
import * as scaleInteractions from './migrations/20270103-scale-interactions.js';
import * as scaleOversight from './migrations/20270104-scale-oversight.js';
import * as scaleJobs from './migrations/20270105-scale-jobs.js';
import * as scaleImport from './migrations/20270106-scale-import.js';
import * as scaleApi from './migrations/20270107-scale-api.js';

type Step = { up(db: any, dialect: DialectName): Promise<void>; down?(db: any, dialect: DialectName): Promise<void> };

// One chain for both engines; each step is told which one it runs on. Keep names sortable.
const CHAIN: Record<string, Step> = {
  '20261123-foundation': foundation,
  '20261124-interactions': interactions,
  '20261125-exams': exams,
  '20261126-training': training,
  '20261127-calendar': calendar,
  '20261127-elimination': elimination,
  '20261127-evaluation': evaluation,
  '20261128-quality': quality,
  '20261129-quality-sampling': qualitySampling,
  '20261130-quality-calibration': qualityCalibration,
  '20261201-quality-feedback': qualityFeedback,
  '20261202-interactions-coarser-rollups': interactionsCoarserRollups,
  '20261203-interactions-reject-params': interactionsRejectParams,
  '20261206-provisional-deadlines': provisionalDeadlines,
  '20261207-sign-in-locks': signInLocks,
  '20261211-user-totp': userTotp,
  '20261209-interactions-call-legs': interactionsCallLegs,
  '20261210-exam-moodle-fidelity': examMoodleFidelity,
  '20261212-quality-evaluator-fitness': qualityEvaluatorFitness,
  '20261213-discipline': discipline,
  '20261214-daily-followup-titles': dailyFollowupTitles,
  '20261215-appraisal-plans': appraisalPlans,
  '20261216-appraisal-cycles': appraisalCycles,
  '20261217-appraisal-results': appraisalResults,
  '20261218-appraisal-reminders': appraisalReminders,
  '20261219-attendance-rosters': attendanceRosters,
  '20261219-attendance-clock': attendanceClock,
  '20261219-attendance-leave': attendanceLeave,
  '20261219-attendance-swaps': attendanceSwaps,
  '20261219-attendance-staffing': attendanceStaffing,
  '20261226-drills': drills,
  '20261226-drills-practice': drillsPractice,
  '20261226-drills-errors': drillsErrors,
  '20261226-drills-quiz': drillsQuiz,
  '20261226-mentoring-pool': mentoringPool,
  '20261228-careers': careers,
  '20261228-careers-panel': careersPanel,
  '20261228-careers-routines': careersRoutines,
  '20261228-careers-levels': careersLevels,
  '20261230-analytics': analytics,
  '20261230-analytics-warnings': analyticsWarnings,
  '20261230-analytics-levels': analyticsLevels,
  '20261231-analytics-levels-indexes': analyticsLevelsIndexes,
  '20270101-home': home,
  '20270102-analytics-report-cache': analyticsReportCache,
  '20270103-scale-interactions': scaleInteractions,
  '20270104-scale-oversight': scaleOversight,
  '20270105-scale-jobs': scaleJobs,
  '20270106-scale-import': scaleImport,
  '20270107-scale-api': scaleApi,
};

/** The schema steps this release ships, in order (a node is ready once all are applied). */
export const SHIPPED_MIGRATIONS: readonly string[] = Object.keys(CHAIN);

class ChainProvider implements MigrationProvider {
  constructor(private readonly dialect: DialectName) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const [name, step] of Object.entries(CHAIN)) {
      out[name] = {
        up: (db) => step.up(db, this.dialect),
        down: step.down ? (db) => step.down!(db, this.dialect) : undefined,
      };
    }
    return out;
  }
}

export async function migrateToLatest(handle: DbHandle): Promise<string[]> {
  // Modules are developed side by side and their steps touch separate tables, so a database made
  // before a step with an earlier name landed may still take it.
  const migrator = new Migrator({
    db: handle.db,
    provider: new ChainProvider(handle.dialect),
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  await seedCalendar(handle.db); // reference data that ships with the code, not demo data
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
