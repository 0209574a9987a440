import type zh from '../zh-CN/appraisalErrors';

// errorCode texts of the appraisal module (/api/appraisal/*, SPEC §9), merged into `errors`.
const en: typeof zh = {
  WEIGHTS_NOT_100: 'The KPI weights add up to {total}; they must add up to exactly 100',
  KPI_SET_EMPTY: 'This position type’s KPI set has no KPI yet',
  DUPLICATE_KPI: 'A KPI appears twice in one set',
  KPI_SET_MISSING: 'A team in scope has a position type without a KPI set',
  DUPLICATE_TEAM: 'A team is listed twice in the scope',
  LINEAR_FLOOR_EQUALS_TARGET: 'A linear rule’s 0-point line and target must differ',
  BAND_EMPTY: 'A band’s upper end must be above its lower end',
  BANDS_OVERLAP: 'The bands overlap',
  GRADES_ORDER: 'Grades go in the order S, A, B, C, D',
  GRADES_NOT_DESCENDING: 'Grade thresholds must fall from S to D',
  PLAN_OUT_OF_SCOPE: 'You may set up plans for your own department only',
  TEAM_NOT_IN_DEPARTMENT: 'This team is not in the plan’s department',
  TEAM_IN_OTHER_PLAN: 'This team is already in the published plan “{plan}”',
  PLAN_HAS_NO_TEAMS: 'Choose the teams the plan covers before publishing it',
  // results (A4): appeals
  APPEAL_WINDOW_CLOSED: 'The appeal window has ended, or the cycle is not in confirmation or appeal',
  APPEAL_ITEM_UNKNOWN: 'The sheet has no such KPI to appeal',
  APPEAL_SHEET_CONFIRMED: 'You confirmed this sheet; a confirmed sheet is not appealed',
  APPEAL_EXISTS: 'This KPI has already been appealed; one appeal per KPI',
  APPEAL_ALREADY_REVIEWED: 'The team lead has already reviewed this appeal',
  APPEAL_ALREADY_DECIDED: 'This appeal has already been decided in writing',
  APPEAL_NOT_REVIEWED: 'The team lead has not reviewed this appeal yet',
  APPEAL_CYCLE_CLOSED: 'The results are published and no longer change',
  APPEAL_VALUE_REQUIRED: 'Upholding an appeal needs the corrected value',
  // results (A4): bonus and payroll
  BONUS_CYCLE_PUBLISHED: 'The results are published; the bonus no longer changes',
  BONUS_BASE_MODE_ONLY: 'This plan shares team pools: set a pool per team',
  BONUS_POOL_MODE_ONLY: 'This plan pays a base bonus per person: enter base bonuses',
  BONUS_NOT_IN_CYCLE: 'This person is not in the cycle',
  BONUS_DUPLICATE_PERSON: 'The same person is listed twice',
  BONUS_TEAM_NOT_IN_CYCLE: 'No one of this team is in the cycle',
  BONUS_IMPORT_EMPTY: 'The file has no rows under its header row',
  BONUS_IMPORT_INVALID: 'The file has {errors} error(s) (rows {rows}); nothing was imported',
  PAYROLL_NOT_FINAL: 'The payroll is exported once the cycle is final',
  // results (A4): follow-ups
  FOLLOWUP_OUTCOME_REQUIRED: 'Say what came of it when closing the follow-up',
  // cycles and sheets (A2)
  PLAN_NOT_PUBLISHED: 'A cycle runs on a published plan version; publish the plan first',
  PERIOD_MISALIGNED:
    'The period must start on the first day of a month, quarter, half-year or year, as the plan’s cycle kind says',
  PLAN_HAS_NO_PEOPLE: 'Nobody in the plan’s teams is appraised (probation, regular, key staff or team lead)',
  CYCLE_EXISTS: 'This plan already has a cycle for this period',
  CYCLE_STEP_ORDER: 'A cycle moves one step at a time, to the step after its current one',
  APPEALS_UNDECIDED: 'Appeals of this cycle still wait for a written decision: decide them before publishing',
  CYCLE_FROZEN: 'The cycle’s data is frozen; only an appraisal appeal changes a sheet now',
  CYCLE_NOT_FROZEN: 'The cycle is still open: its sheets follow the data until the freeze',
  NOT_AN_EXTERNAL_KPI: 'This KPI is measured from Seatwise’s data; only sales are entered',
  CYCLE_NOT_IN_REVIEW: 'Manual items and comments are entered in the cycle’s review step',
  CYCLE_NOT_IN_CONFIRMATION: 'Sheets are confirmed in the cycle’s confirmation step',
  NOT_A_MANUAL_ITEM: 'This KPI is computed from data, not entered by hand',
  MANUAL_VALUE_OVER_CAP: 'The value is above this item’s cap',
  ALREADY_CONFIRMED: 'You have already confirmed this sheet',
  ITEM_NOT_ON_SHEET: 'The sheet has no such KPI',
};
export default en;
