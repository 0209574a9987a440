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
};
export default en;
