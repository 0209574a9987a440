import type { Db } from '../../../db/connect.js';
import { nowIso } from '../../../lib/clock.js';
import { AppError } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { getSetting } from '../../../lib/settings.js';
import { balanceOn, hoursLeft, openLots, planToilUse, roundHours, toilExpiresOn, type ToilLot } from './toil-lots.js';
import * as repo from './toil.repo.js';

// Time off in lieu (加班换休, SPEC §10): approved overtime with compensation "toil" earns a lot of
// hours (earnToil, called by the overtime decision); leave of a kind whose balance is "toil" draws
// on the lots first in first out by expiry (useToil, called by the leave part inside its
// transaction) and gives them back when that leave is cancelled or rejected (releaseToil).
// The expiry arithmetic is in toil-lots.ts: expiresOn is the last day a lot may be used.

export interface ToilBalance {
  /** Open hours on the day asked. */
  hours: number;
  /** The open lots, soonest expiry first; expired and fully used lots are left out. */
  lots: { id: string; hours: number; earnedOn: string; expiresOn: string }[];
}

const toLot = (r: Awaited<ReturnType<typeof repo.lotsOf>>[number]): ToilLot => ({
  id: r.id,
  hours: r.hours,
  usedHours: r.used_hours,
  earnedOn: r.earned_on,
  expiresOn: r.expires_on,
});

/** A person's open time off in lieu on a center day ('YYYY-MM-DD'). */
export async function toilBalance(db: Db, employeeId: string, onDay: string): Promise<ToilBalance> {
  const lots = (await repo.lotsOf(db, employeeId)).map(toLot);
  return {
    hours: balanceOn(lots, onDay),
    lots: openLots(lots, onDay).map((l) => ({
      id: l.id,
      hours: hoursLeft(l, onDay),
      earnedOn: l.earnedOn,
      expiresOn: l.expiresOn,
    })),
  };
}

const beyondBalance = (balance: number, hours: number, onDay: string) =>
  new AppError(
    422,
    'TOIL_BEYOND_BALANCE',
    `Only ${balance} hours of time off in lieu are open on ${onDay}; ${hours} hours asked`,
    'hours',
    { balance, hours, day: onDay },
  );

/**
 * Draws `hours` of time off on `onDay` from the person's lots, soonest expiry first, inside the
 * caller's transaction. Refuses (422 TOIL_BEYOND_BALANCE) when the open hours do not cover it.
 * `ref` (e.g. the leave request's id) lets releaseToil find the use later; the returned useId does too.
 */
export async function useToil(trx: Db, employeeId: string, hours: number, onDay: string, ref?: string) {
  const asked = roundHours(hours);
  if (!(asked > 0))
    throw new AppError(422, 'TOIL_HOURS_INVALID', 'Time off in lieu is taken in positive hours', 'hours');
  const lots = (await repo.lotsOf(trx, employeeId)).map(toLot);
  const plan = planToilUse(lots, asked, onDay);
  if (!plan) throw beyondBalance(balanceOn(lots, onDay), asked, onDay);
  const useId = newId();
  const at = nowIso();
  for (const part of plan) {
    // Guarded: a use committed meanwhile on another connection leaves the lot short → refuse.
    if (!(await repo.drawOnLot(trx, part.id, part.hours))) throw beyondBalance(balanceOn(lots, onDay), asked, onDay);
  }
  await repo.insertUses(
    trx,
    plan.map((p) => ({
      id: newId(),
      use_id: useId,
      ref: ref ?? null,
      toil_id: p.id,
      employee_id: employeeId,
      hours: p.hours,
      used_on: onDay,
      created_at: at,
    })),
  );
  return { useId, hours: asked, lots: plan };
}

/**
 * Gives back the hours a use drew (by its useId or the caller's ref), e.g. when the leave that used
 * them is cancelled or rejected. A lot that has expired meanwhile gets its hours back but stays
 * expired. Returns the hours given back (0 when there was nothing to release: safe to call twice).
 */
export async function releaseToil(trx: Db, useIdOrRef: string): Promise<number> {
  const uses = await repo.usesOf(trx, useIdOrRef);
  for (const u of uses) await repo.giveBackToLot(trx, u.toil_id, u.hours);
  await repo.deleteUses(
    trx,
    uses.map((u) => u.id),
  );
  return roundHours(uses.reduce((s, u) => s + u.hours, 0));
}

/** A lot earned by approved overtime, lapsing after the setting's months. */
export async function earnToil(
  trx: Db,
  lot: { employeeId: string; overtimeId: string; hours: number; earnedOn: string },
): Promise<{ id: string; expiresOn: string }> {
  const months = await getSetting(trx, 'attendance.overtime.toilExpiryMonths');
  const id = newId();
  const expiresOn = toilExpiresOn(lot.earnedOn, months);
  await repo.insertLot(trx, {
    id,
    employee_id: lot.employeeId,
    overtime_id: lot.overtimeId,
    hours: roundHours(lot.hours),
    earned_on: lot.earnedOn,
    expires_on: expiresOn,
    used_hours: 0,
    created_at: nowIso(),
  });
  return { id, expiresOn };
}
