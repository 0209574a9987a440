import type { Fitness } from '../../../../common/quality-fitness.js';
import type { Db } from '../../../db/connect.js';
import { addDays } from '../../../lib/clock.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { getSetting } from '../../../lib/settings.js';
import * as repo from './fitness.repo.js';

// The fitness figure of each evaluator (issue 17 item 3; the rules are in fitness.service.ts),
// read by the oversight table and the fitness actions.

export interface Limits {
  maxDeviation: number;
  minCalibrations: number;
  windowDays: number;
}
export const limits = async (db: Db): Promise<Limits> => ({
  maxDeviation: await getSetting(db, 'quality.fitness.maxDeviation'),
  minCalibrations: await getSetting(db, 'quality.fitness.minCalibrations'),
  windowDays: await getSetting(db, 'quality.fitness.windowDays'),
});
export const round2 = (x: number) => Math.round(x * 100) / 100;
export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Fitness of each user now (all who have calibration scores or a live flag when userIds is left out). */
export async function fitnessOf(db: Db, userIds: string[]): Promise<Map<string, Fitness>> {
  const [l, today] = await Promise.all([limits(db), todayInCenter(db)]);
  const from = addDays(today, -(l.windowDays - 1));
  const [scores, flags, reinstated] = await Promise.all([
    repo.calibrationScores(db, from, today, userIds),
    repo.liveFlags(db, userIds),
    repo.lastReinstated(db, userIds),
  ]);
  const since = new Map(reinstated.map((r) => [r.user_id, String(r.at)]));
  const marks = new Map(
    (
      await repo.openMarks(
        db,
        flags.map((f) => f.id),
      )
    ).map((m) => [m.flag_id, Number(m.n)]),
  );
  const out = new Map<string, Fitness>();
  for (const userId of userIds) {
    const devs = scores
      .filter((s) => s.user_id === userId && (!since.has(userId) || (s.closed_at ?? '') > since.get(userId)!))
      .map((s) => Number(s.score) - Number(s.consensus_score));
    const flag = flags.find((f) => f.user_id === userId) ?? null;
    const meanDeviation = devs.length ? round2(mean(devs)) : null;
    const over = devs.length >= l.minCalibrations && meanDeviation !== null && Math.abs(meanDeviation) > l.maxDeviation;
    const state =
      flag?.state === 'suspended' ? 'suspended' : over ? 'flagged' : devs.length < l.minCalibrations ? 'too_few' : 'ok';
    out.set(userId, {
      state,
      meanDeviation,
      calibrations: devs.length,
      windowFrom: from,
      windowTo: today,
      maxDeviation: l.maxDeviation,
      minCalibrations: l.minCalibrations,
      flagId: flag?.id ?? null,
      suspendedAt: flag?.suspended_at ?? null,
      suspendReason: flag?.suspend_reason ?? null,
      markedFrom: flag?.marked_from ?? null,
      markedTo: flag?.marked_to ?? null,
      marksOpen: flag ? (marks.get(flag.id) ?? 0) : 0,
    });
  }
  return out;
}
