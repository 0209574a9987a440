import type { Db } from '../../../db/connect.js';
import { getSetting } from '../../../lib/settings.js';
import { identity } from '../../people/identity.service.js';
import { annualEntitlement, yearsOfWorkExact } from './entitlement.js';
import * as repo from './leave.repo.js';

// Annual leave balance: the entitlement by cumulative years of work (entitlement.ts) less the
// days of annual-balance kinds approved or pending with a start in the same calendar year.

/** Where a person's years of work are counted from: their profile, else their hire date. */
export async function careerStartOf(db: Db, employeeId: string): Promise<string | null> {
  const profile = await repo.profileOf(db, employeeId);
  if (profile) return profile.career_start_day;
  return (await identity(db, employeeId))?.hireDate ?? null;
}

export async function entitlementRule(db: Db) {
  return {
    from1Year: await getSetting(db, 'attendance.leave.annualDaysFrom1Year'),
    from10Years: await getSetting(db, 'attendance.leave.annualDaysFrom10Years'),
    from20Years: await getSetting(db, 'attendance.leave.annualDaysFrom20Years'),
  };
}

const annualKindCodes = async (db: Db) =>
  (await repo.listKinds(db)).filter((k) => k.balance === 'annual').map((k) => k.code);

/** The annual leave of the year of onDay, as of onDay. */
export async function annualBalance(db: Db, employeeId: string, onDay: string) {
  const careerStartDay = (await careerStartOf(db, employeeId)) ?? onDay;
  const entitlement = annualEntitlement(careerStartDay, onDay, await entitlementRule(db));
  const year = Number(onDay.slice(0, 4));
  const { approved, pending } = await repo.daysInYear(db, employeeId, await annualKindCodes(db), year);
  return {
    year,
    careerStartDay,
    yearsOfWork: yearsOfWorkExact(careerStartDay, onDay),
    entitlement,
    used: approved,
    pending,
    left: entitlement - approved - pending,
  };
}
