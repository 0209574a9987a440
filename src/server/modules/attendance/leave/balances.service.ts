import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { nowIso } from '../../../lib/clock.js';
import { AppError, ruleBroken } from '../../../lib/errors.js';
import { getSetting } from '../../../lib/settings.js';
import { identity } from '../../people/identity.service.js';
import { toilBalance } from '../swaps/toil.service.js';
import { ownEmployeeId, visiblePerson } from './leave.access.js';
import { annualEntitlement, yearsOfWorkExact } from './rules/entitlement.js';
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

/** The balances card of a person: annual leave this year and open time off in lieu. */
export async function balancesOf(db: Db, actor: Actor, employeeId: string | undefined) {
  const id =
    employeeId && employeeId !== actor.employeeId
      ? (await visiblePerson(db, actor, employeeId)).id
      : ownEmployeeId(actor);
  const today = await todayInCenter(db);
  const annual = await annualBalance(db, id, today);
  const toil = await toilBalance(db, id, today);
  const perDay = await getSetting(db, 'attendance.leave.toilHoursPerDay');
  return {
    employeeId: id,
    year: annual.year,
    careerStartDay: annual.careerStartDay,
    yearsOfWork: annual.yearsOfWork,
    annual: { entitlement: annual.entitlement, used: annual.used, pending: annual.pending, left: annual.left },
    toil: {
      hoursLeft: toil.hours,
      daysLeft: perDay > 0 ? Math.floor((toil.hours / perDay) * 2) / 2 : 0,
      lots: toil.lots.map((l) => ({ hoursLeft: l.hours, expiresOn: l.expiresOn })),
    },
  };
}

/** Sets where a person's cumulative years of work start (earlier employers count, SPEC §10). */
export async function setProfile(db: Db, actor: Actor, employeeId: string, careerStartDay: string) {
  const p = await visiblePerson(db, actor, employeeId);
  if (careerStartDay > (await todayInCenter(db)))
    throw ruleBroken('CAREER_START_IN_FUTURE', 'Years of work start on a past day', 'careerStartDay');
  if (careerStartDay > p.hireDate)
    throw new AppError(
      422,
      'CAREER_START_AFTER_HIRE',
      `Years of work start on or before the hire date (${p.hireDate})`,
      'careerStartDay',
      { hireDate: p.hireDate },
    );
  const before = await repo.profileOf(db, p.id);
  await db.transaction().execute(async (trx) => {
    await repo.upsertProfile(trx, p.id, careerStartDay, actor.userId, nowIso());
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'attendance_profile',
      entityId: p.id,
      oldValue: { careerStartDay: before?.career_start_day ?? p.hireDate },
      newValue: { careerStartDay },
    });
  });
  return balancesOf(db, actor, p.id);
}
