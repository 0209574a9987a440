import type { Db } from '../db/connect.js';
import { nowIso } from './clock.js';
import { ANALYTICS_SETTING_DEFAULTS } from './settings-analytics.js';
import { HOME_SETTING_DEFAULTS } from './settings-home.js';
import { ATTENDANCE_SETTING_DEFAULTS } from './settings-attendance.js';
import { CAREERS_SETTING_DEFAULTS } from './settings-careers.js';
import { DRILLS_SETTING_DEFAULTS } from './settings-drills.js';

// Every number in SPEC.md is a setting with a default here; an administrator's value, stored in
// the settings table, wins. Modules add their own defaults to this table as they arrive.
export const SETTING_DEFAULTS = {
  'auth.lockAfterFailures': 5,
  'auth.lockMinutes': 15,
  // Each further lock in a row doubles auth.lockMinutes, up to this (a day).
  'auth.lockMaxMinutes': 1440,
  // Failed password checks one client address may make per window (modules/auth/auth.throttle.ts).
  'auth.addressMaxFailures': 20,
  'auth.addressWindowMinutes': 15,
  'auth.sessionHours': 12,
  'auth.minPasswordLength': 10,
  // Uploads (lib/upload-guard.ts): the largest file a form may carry (read at start-up), and what an
  // .xlsx (a zip) may unpack to — read whole (roster, question bank) or streamed (interactions).
  'uploads.maxMb': 20,
  'uploads.xlsxMaxUncompressedMb': 100,
  'uploads.xlsxStreamedMaxUncompressedMb': 2048,
  'uploads.xlsxMaxRatio': 200,
  'people.rosterMaxRows': 5000,
  // The largest roster and calendar file an upload may carry (413 FILE_TOO_LARGE / CALENDAR_FILE_TOO_LARGE past it).
  'people.rosterMaxUploadMb': 20,
  'calendar.maxUploadKb': 1024,
  'center.utcOffsetMinutes': 480,
  'interactions.serviceLevelSeconds': 20,
  'interactions.importBatchRows': 20000,
  'interactions.maxUploadMb': 2048,
  'interactions.maxRejectsKept': 10000,
  'exams.passMark': 60,
  'exams.dailyPeriodWeeks': 1,
  'exams.itemAnalysisMinAttempts': 10,
  'exams.practicalWeightCommunication': 25,
  'exams.practicalWeightProblemSolving': 25,
  'exams.practicalWeightServiceAttitude': 25,
  'exams.practicalWeightEmergencyHandling': 25,
  'exams.sweepSeconds': 30,
  // The largest file embedded in an imported question (a Moodle @@PLUGINFILE@@ image); larger ones are listed, not kept.
  'exams.embeddedFileMaxKb': 2048,
  // The largest question file (Moodle XML, GIFT, .xlsx) an import may carry (413 FILE_TOO_LARGE past it).
  'exams.importMaxUploadMb': 50,
  // New-hire criteria 1–4 (SPEC §6), computed by the evaluation module.
  'evaluation.examFailBelow': 60,
  'evaluation.theoryFailsInRow': 2,
  'evaluation.practicalFailsInRow': 2,
  'evaluation.dailyAverageBelow': 60,
  'evaluation.dailyReminders': 2,
  'evaluation.dailyClearImprovementPoints': 5,
  'evaluation.attendanceBreaches': 3,
  // Criterion 4's "other recorded misconduct": confirmed, unexpired discipline records (not attendance kinds).
  'evaluation.misconductRecords': 1,
  'training.needsWeightOrganization': 2,
  'training.needsWeightIndividual': 1,
  'training.oneToOneDailyHours': 4,
  'training.groupMentorMaxTrainees': 5,
  'training.attendancePoints': 30,
  'training.lateMinorMinutes': 10,
  'training.creditLateMinor': 0.8,
  'training.creditLateMajor': 0.5,
  'training.creditLeftEarly': 0.5,
  'training.attendanceOpensMinutesBefore': 30,
  // From this month and day, home pages warn that next year's working-day calendar is missing.
  'calendar.warnFromMonth': 11,
  'calendar.warnFromDay': 1,
  // Elimination cases (SPEC §6): the public notice in working days, and attachment limits.
  'elimination.noticeWorkingDays': 3,
  'elimination.attachmentMaxMb': 10,
  // Discipline records (issue 17 item 6): days a record counts after the day it happened; evidence file limit.
  'discipline.expiryDays': 365,
  'discipline.attachmentMaxMb': 10,
  // Quality sampling and evaluator quotas (SPEC §8 "How much to monitor", "Sampling", "Evaluator
  // quotas"; quality/sampling.plan.ts documents how they combine).
  'quality.sampling.minimumPerWeek': 3,
  'quality.sampling.sharePercent': 5,
  'quality.sampling.hourBandHours': 2,
  'quality.sampling.newHireAllWorkingDays': 5,
  'quality.sampling.newHireStage1Percent': 50,
  'quality.sampling.newHireStage2Percent': 25,
  'quality.sampling.newHirePassesPerStage': 3,
  'quality.sampling.poorScoreBelow': 70,
  'quality.sampling.poorScoreRecentEvaluations': 5,
  'quality.sampling.poorScoreLookbackDays': 30,
  'quality.sampling.poorScorePercent': 15,
  'quality.sampling.followUpPercent': 15, // agents with a problem under follow-up (SPEC §8: monitored again until solved)
  'quality.sampling.changeEventPercent': 10,
  'quality.sampling.changeEventDays': 14,
  'quality.quota.live': 5,
  'quality.quota.recording': 5,
  'quality.quota.sideBySide': 3,
  // QA feedback and disputes (SPEC §8): working days after scoring; "a week" is 5 working days.
  'quality.feedback.individualWorkingDays': 1,
  'quality.feedback.commonWorkingDays': 5,
  'quality.dispute.windowWorkingDays': 3,
  // Calibration, evaluator oversight and agent QA scores (SPEC §8; quality/oversight.figures.ts
  // says what "comparable" means).
  'quality.calibration.tolerance': 5,
  'quality.oversight.periodDays': 90,
  'quality.oversight.leniencyPoints': 3,
  'quality.oversight.significancePercent': 5,
  'quality.oversight.minEvaluations': 5,
  'quality.oversight.inconsistencyRatio': 1.5,
  'quality.evaluators.testPassMark': 80,
  'quality.evaluators.coScoresNeeded': 3,
  // Agreement figures of a calibration report (issue 17 item 5): below this many rated item ×
  // interaction pairs an item kind shows "too few" instead of a number.
  'quality.calibration.agreementMinN': 10,
  // Evaluator fitness (issue 17 item 3): flagged when the mean deviation from consensus over the
  // calibration scores of the last windowDays (at least minCalibrations of them) exceeds
  // maxDeviation points either way.
  'quality.fitness.maxDeviation': 5,
  'quality.fitness.minCalibrations': 2,
  'quality.fitness.windowDays': 90,
  'quality.agentScore.minEvaluations': 5,
  'quality.agentScore.confidencePercent': 95,
  // Scorecards (SPEC §8): the pass score a new form starts with (each version keeps its own).
  'quality.forms.defaultPassScore': 80,
  // Appraisal cycles (SPEC §9): the timetable in working days — the data freeze after the period
  // ends, then the team lead's review, the agent's confirmation (the appeal window is the plan's),
  // HR's final check and publication; CSAT counts a response of at least this as satisfied.
  'appraisal.cycle.freezeWorkingDays': 3,
  'appraisal.cycle.reviewWorkingDays': 3,
  'appraisal.cycle.confirmationWorkingDays': 2,
  'appraisal.cycle.finalWorkingDays': 2,
  'appraisal.cycle.publishWorkingDays': 1,
  'appraisal.csatSatisfiedMin': 4,
  // Appraisal plans (SPEC §9): what a new plan starts with (appraisal/plans/plan-defaults.ts); each
  // plan keeps its own copy. Weights per position type (each set adds up to 100; non-voice and
  // team-lead sets are Seatwise's choice, SPEC names only inbound and outbound; a weight of 0
  // leaves the KPI out). Floors score 0 points, targets 100, in each KPI's unit: fcr, csat
  // (% satisfied), accuracy, attendance in %; aht in seconds, lower is better (floor above target);
  // qa 0–100; sales in yuan per cycle; the team lead's assessment is entered out of its max.
  'appraisal.weights.inbound.qa': 30,
  'appraisal.weights.inbound.fcr': 20,
  'appraisal.weights.inbound.csat': 20,
  'appraisal.weights.inbound.aht': 10,
  'appraisal.weights.inbound.attendance': 10,
  'appraisal.weights.inbound.lead_assessment': 10,
  'appraisal.weights.outbound.sales': 30,
  'appraisal.weights.outbound.qa': 30,
  'appraisal.weights.outbound.attendance': 10,
  'appraisal.weights.outbound.aht': 10,
  'appraisal.weights.outbound.csat': 10,
  'appraisal.weights.outbound.lead_assessment': 10,
  'appraisal.weights.non_voice.qa': 30,
  'appraisal.weights.non_voice.accuracy': 20,
  'appraisal.weights.non_voice.csat': 20,
  'appraisal.weights.non_voice.aht': 10,
  'appraisal.weights.non_voice.attendance': 10,
  'appraisal.weights.non_voice.lead_assessment': 10,
  'appraisal.weights.team_lead.qa': 30,
  'appraisal.weights.team_lead.fcr': 20,
  'appraisal.weights.team_lead.csat': 20,
  'appraisal.weights.team_lead.attendance': 10,
  'appraisal.weights.team_lead.lead_assessment': 20,
  'appraisal.kpi.fcr.floor': 50,
  'appraisal.kpi.fcr.target': 85,
  'appraisal.kpi.aht.floor': 600,
  'appraisal.kpi.aht.target': 300,
  'appraisal.kpi.csat.floor': 60,
  'appraisal.kpi.csat.target': 95,
  'appraisal.kpi.qa.floor': 60,
  'appraisal.kpi.qa.target': 95,
  'appraisal.kpi.accuracy.floor': 80,
  'appraisal.kpi.accuracy.target': 100,
  'appraisal.kpi.attendance.floor': 80,
  'appraisal.kpi.attendance.target': 100,
  'appraisal.kpi.sales.floor': 0,
  'appraisal.kpi.sales.target': 100000,
  'appraisal.kpi.lead_assessment.max': 10,
  // Grade thresholds (S ≥ 90, A ≥ 80, B ≥ 70, C ≥ 60, D below) and bonus coefficients in percent
  // (150 = × 1.5; percent keeps them whole numbers on the settings page).
  'appraisal.grades.S': 90,
  'appraisal.grades.A': 80,
  'appraisal.grades.B': 70,
  'appraisal.grades.C': 60,
  'appraisal.bonus.coefficientPercent.S': 150,
  'appraisal.bonus.coefficientPercent.A': 120,
  'appraisal.bonus.coefficientPercent.B': 100,
  'appraisal.bonus.coefficientPercent.C': 80,
  'appraisal.bonus.coefficientPercent.D': 0,
  // Forced distribution, off by default (1 = on): S ≤ 10 %, A ≤ 25 %, C + D ≥ 10 % per team of ≥ 10.
  'appraisal.forced.enabled': 0,
  'appraisal.forced.minTeamSize': 10,
  'appraisal.forced.maxSharePercent.S': 10,
  'appraisal.forced.maxSharePercent.A': 25,
  'appraisal.forced.minLowSharePercent': 10,
  // The appeal window after a cycle's results are published.
  'appraisal.appealWorkingDays': 3,
  // Appraisal results (issue 18): the base bonus (yuan) of a person none was entered for, and the
  // working days a follow-up's improvement plan runs after publication.
  'appraisal.baseBonusDefault': 1000,
  'appraisal.followUpWorkingDays': 20,
  // The appraisal job reminds who has not acted yet when a step's due day is this many working
  // days away (0 = on the due day itself).
  'appraisal.reminderWorkingDays': 1,
  ...ATTENDANCE_SETTING_DEFAULTS,
  ...DRILLS_SETTING_DEFAULTS,
  ...CAREERS_SETTING_DEFAULTS,
  ...ANALYTICS_SETTING_DEFAULTS,
  ...HOME_SETTING_DEFAULTS,
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;
type SettingValue<K extends SettingKey> = (typeof SETTING_DEFAULTS)[K] extends number
  ? number
  : (typeof SETTING_DEFAULTS)[K];

// Read through a short cache: a change made on another server is seen within CACHE_MS.
const CACHE_MS = 10_000;
const cache = new Map<string, { value: unknown; at: number }>();

export async function getSetting<K extends SettingKey>(db: Db, key: K): Promise<SettingValue<K>> {
  const hit = cache.get(key);
  if (hit && Date.now() /* machine time: a cache's age */ - hit.at < CACHE_MS) return hit.value as SettingValue<K>;
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  const value = row ? JSON.parse(row.value) : SETTING_DEFAULTS[key];
  cache.set(key, { value, at: Date.now() /* machine time */ });
  return value as SettingValue<K>;
}

export async function listSettings(db: Db) {
  const rows = await db.selectFrom('settings').selectAll().execute();
  const stored = new Map(rows.map((r) => [r.key, r]));
  return (Object.keys(SETTING_DEFAULTS) as SettingKey[]).map((key) => ({
    key,
    value: stored.has(key) ? JSON.parse(stored.get(key)!.value) : SETTING_DEFAULTS[key],
    defaultValue: SETTING_DEFAULTS[key],
    updatedAt: stored.get(key)?.updated_at ?? null,
  }));
}

// Values below these make no sense (a lock after 0 failures locks on the first wrong password).
const FLOORS: Partial<Record<SettingKey, number>> = {
  'auth.lockAfterFailures': 1,
  'auth.lockMinutes': 1,
  'auth.lockMaxMinutes': 1,
  'auth.addressMaxFailures': 1,
  'auth.addressWindowMinutes': 1,
  'auth.sessionHours': 1,
  'auth.minPasswordLength': 6,
  'people.rosterMaxRows': 1,
  'uploads.maxMb': 1,
  'uploads.xlsxMaxUncompressedMb': 1,
  'uploads.xlsxStreamedMaxUncompressedMb': 1,
  'uploads.xlsxMaxRatio': 10,
  'people.rosterMaxUploadMb': 1,
  'calendar.maxUploadKb': 1,
  'interactions.maxUploadMb': 1,
  'exams.importMaxUploadMb': 1,
};

export const isSettingKey = (key: string): key is SettingKey => Object.hasOwn(SETTING_DEFAULTS, key);

// Appraisal settings that are weights, thresholds or percentages run 0..100 (a weight over 100 or
// a share over 100 % means nothing); aht and sales are counts (seconds, yuan).
function appraisalRanges(): Partial<Record<SettingKey, { min: number; max: number }>> {
  const out: Partial<Record<SettingKey, { min: number; max: number }>> = {
    'appraisal.forced.enabled': { min: 0, max: 1 },
    'appraisal.forced.minTeamSize': { min: 2, max: 10000 },
    'appraisal.appealWorkingDays': { min: 1, max: 60 },
    'appraisal.reminderWorkingDays': { min: 0, max: 20 },
    'appraisal.kpi.lead_assessment.max': { min: 1, max: 1000 },
  };
  const zeroTo100 =
    /^appraisal\.(weights\.|grades\.|forced\.m\w+SharePercent|kpi\.(fcr|csat|qa|accuracy|attendance)\.)/;
  for (const key of Object.keys(SETTING_DEFAULTS) as SettingKey[])
    if (zeroTo100.test(key)) out[key] = { min: 0, max: 100 };
  return out;
}

// A few settings are not counts: they have both bounds and may be negative. The center's offset
// from UTC runs from UTC−12 (−720) to UTC+14 (840); New York is −300 (−240 in summer).
const RANGES: Partial<Record<SettingKey, { min: number; max: number }>> = {
  'center.utcOffsetMinutes': { min: -720, max: 840 },
  'calendar.warnFromMonth': { min: 1, max: 12 },
  'calendar.warnFromDay': { min: 1, max: 31 },
  // Under 4 GB: a zip needs ZIP64 past that, which the upload guard refuses outright.
  'uploads.xlsxMaxUncompressedMb': { min: 1, max: 4000 },
  'uploads.xlsxStreamedMaxUncompressedMb': { min: 1, max: 4000 },
  ...appraisalRanges(),
  'attendance.staffing.serviceLevelPercent': { min: 1, max: 99 },
  'attendance.staffing.shrinkagePercent': { min: 0, max: 90 },
  'attendance.overtime.toilByDefault': { min: 0, max: 1 },
  'attendance.staffing.intervalMinutes': { min: 15, max: 60 },
  'drills.targetRetentionPercent': { min: 70, max: 99 },
  'drills.similarityPassPercent': { min: 50, max: 100 },
  'drills.quizCountsInAttitude': { min: 0, max: 1 },
  'drills.dailyGoalMinutes': { min: 1, max: 240 },
  'drills.reviewMaxMinutes': { min: 1, max: 60 },
  'drills.team.missedMinReviews': { min: 1, max: 100 },
  'drills.team.missedTop': { min: 1, max: 200 },
  'mentoring.pool.minRating': { min: 1, max: 5 },
  'careers.reserve.roundMonths': { min: 1, max: 12 },
  'careers.reserve.topSharePercent': { min: 1, max: 100 },
  'careers.reserve.resultCycles': { min: 1, max: 8 },
  'careers.reserve.resultWindowDays': { min: 7, max: 730 },
  'careers.reserve.nominationDays': { min: 1, max: 60 },
  'careers.reserve.talkMinutes': { min: 1, max: 30 },
  'careers.reserve.peerWeightPercent': { min: 0, max: 100 },
  'careers.reserve.minPanelScores': { min: 1, max: 20 },
  'careers.trainerLevels.windowMonths': { min: 1, max: 60 },
  'analytics.confidencePercent': { min: 50, max: 99 },
  'analytics.retention.baselinePercent': { min: 1, max: 100 },
  'analytics.retention.baselineMonths': { min: 1, max: 60 },
  'analytics.levels.behaviourWindowDays': { min: 7, max: 120 },
  'analytics.levels.kpiWindowMonths': { min: 1, max: 12 },
  'analytics.effects.followMonths': { min: 1, max: 24 },
  'analytics.effects.minLearners': { min: 1, max: 100 },
  'analytics.warnings.weeks': { min: 2, max: 26 },
  'analytics.warnings.method': { min: 1, max: 2 },
  'analytics.warnings.qaDropPoints': { min: 1, max: 100 },
  'analytics.warnings.kpiDropPercent': { min: 1, max: 100 },
  'analytics.warnings.minWeeklyEvaluations': { min: 1, max: 50 },
  'analytics.warnings.minWeeklyContacts': { min: 1, max: 10000 },
  'analytics.refreshMinutes': { min: 5, max: 1440 },
  'home.maxItems': { min: 10, max: 1000 },
  'home.panels.trendWeeks': { min: 2, max: 52 },
};

/** The most any setting may be (the API refuses more before the rules below are asked). */
export const SETTING_MAX = 1_000_000;

/** The least and most a value of `key` may be: what the settings page lets one type. */
export function settingBounds(key: SettingKey): { min: number; max: number } {
  return RANGES[key] ?? { min: FLOORS[key] ?? 0, max: SETTING_MAX };
}

// Settings read once when the server starts (a timer set at start-up, a plugin option): a change
// is stored at once but applies only after a restart, and the settings page says so. Every other
// setting is read through getSetting when it is used, so a change applies within CACHE_MS.
// exams.sweepSeconds is re-read by the exam sweeper on each round; uploads.maxMb is the
// multipart plugin's limit, set when the server starts.
export const NEEDS_RESTART: ReadonlySet<SettingKey> = new Set<SettingKey>(['uploads.maxMb']);

export interface SettingProblem {
  code: string;
  message: string;
  params?: Record<string, number>;
}

/** Why a value is refused for a setting (a code the web translates, with its numbers), or null when it is acceptable. */
export function settingProblem(key: SettingKey, value: number): SettingProblem | null {
  const range = RANGES[key];
  if (!Number.isFinite(value) || (!range && value < 0))
    return { code: 'BAD_SETTING_VALUE', message: 'must be a number of 0 or more' };
  if (Number.isInteger(SETTING_DEFAULTS[key]) && !Number.isInteger(value))
    return { code: 'SETTING_NOT_WHOLE', message: 'must be a whole number' };
  if (range && (value < range.min || value > range.max)) {
    return {
      code: 'SETTING_OUT_OF_RANGE',
      message: `must be from ${range.min} to ${range.max}`,
      params: { min: range.min, max: range.max },
    };
  }
  const floor = FLOORS[key];
  if (floor !== undefined && value < floor)
    return { code: 'SETTING_BELOW_MINIMUM', message: `must be at least ${floor}`, params: { min: floor } };
  return null;
}

// A module that keeps figures derived from a setting (the KPI rollups keep service level against
// interactions.serviceLevelSeconds) reacts to a change in the transaction that stores it, so the
// new value and the work it calls for are committed together or not at all.
type SettingChangeHook = (trx: Db, value: unknown) => Promise<unknown>;
const changeHooks = new Map<SettingKey, SettingChangeHook>();

/** Registers what a change of `key` sets off (one hook per key: registering again replaces it). */
export function onSettingChange(key: SettingKey, hook: SettingChangeHook) {
  changeHooks.set(key, hook);
}

/** Stores a value; call inside a transaction when the setting has a change hook. */
export async function putSetting(db: Db, key: SettingKey, value: unknown, userId: string | null) {
  const json = JSON.stringify(value);
  const at = nowIso();
  await db
    .insertInto('settings')
    .values({ key, value: json, updated_at: at, updated_by: userId })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: at, updated_by: userId }))
    .execute();
  cache.delete(key);
  await changeHooks.get(key)?.(db, value);
}

/** Drops the cached value; call after the transaction that changed it has committed. */
export function forgetSetting(key: SettingKey) {
  cache.delete(key);
}

/** Tests and the CLI share one process across databases; they start from a clean cache. */
export function clearSettingsCache() {
  cache.clear();
}
