// Annual paid leave by cumulative years of work (SPEC §10; the national rule, 职工带薪年休假条例
// art. 3): under 1 year none, from 1 year 5 days, from 10 years 10, from 20 years 15 (settings).
// Years are counted from the career start (attendance_profiles.career_start_day, default the hire
// date) to the day asked about; a year of work is complete on its anniversary.

export interface EntitlementRule {
  from1Year: number;
  from10Years: number;
  from20Years: number;
}

/** Whole years of work completed from careerStart to onDay ('YYYY-MM-DD'); 0 before the start. */
export function yearsOfWork(careerStart: string, onDay: string): number {
  if (onDay < careerStart) return 0;
  const [y0, m0, d0] = careerStart.split('-').map(Number);
  const [y1, m1, d1] = onDay.split('-').map(Number);
  const beforeAnniversary = m1 < m0 || (m1 === m0 && d1 < d0);
  return y1 - y0 - (beforeAnniversary ? 1 : 0);
}

/** Years of work as a decimal (for display: 9.6 years), counted in days of 365.25. */
export function yearsOfWorkExact(careerStart: string, onDay: string): number {
  const ms = Date.parse(`${onDay}T00:00:00Z`) - Date.parse(`${careerStart}T00:00:00Z`);
  return Math.max(0, Math.floor((ms / (365.25 * 86_400_000)) * 10) / 10);
}

/** The days of annual leave for so many completed years of work. */
export function annualDaysFor(years: number, rule: EntitlementRule): number {
  if (years >= 20) return rule.from20Years;
  if (years >= 10) return rule.from10Years;
  if (years >= 1) return rule.from1Year;
  return 0;
}

/** The entitlement for a calendar year, by the years of work completed at its start or reached
 *  during it (the rule applies from the day the threshold is crossed; we grant the year's figure
 *  as of onDay, so the balance grows on the anniversary). */
export const annualEntitlement = (careerStart: string, onDay: string, rule: EntitlementRule) =>
  annualDaysFor(yearsOfWork(careerStart, onDay), rule);
