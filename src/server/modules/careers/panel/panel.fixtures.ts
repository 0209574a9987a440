import type { ReserveCriteria } from '../../../../common/careers.js';
import { CAREERS_SETTING_DEFAULTS as S } from '../../../lib/settings-careers.js';

// The reserve criteria as the settings' defaults give them: what a round written by the panel's
// testkit and its demo seeder carries (a round stores the criteria it was judged on).
export const DEFAULT_RESERVE: ReserveCriteria = {
  minTenureMonths: S['careers.reserve.minTenureMonths'],
  topSharePercent: S['careers.reserve.topSharePercent'],
  resultCycles: S['careers.reserve.resultCycles'],
  resultWindowDays: S['careers.reserve.resultWindowDays'],
  disciplineWindowMonths: S['careers.reserve.disciplineWindowMonths'],
};
