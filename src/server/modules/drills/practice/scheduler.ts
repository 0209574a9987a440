import { fsrs, generatorParameters, type Card, type FSRS, type Grade } from 'ts-fsrs';
import type { StateFields } from '../shared/states.js';
import type { Db } from '../../../db/connect.js';
import { getSetting } from '../../../lib/settings.js';

// FSRS scheduling (ts-fsrs) of a person's card: drill_states rows ⇄ ts-fsrs Cards, and the next
// state for a rating. The parameters are settings: target retention (drills.targetRetentionPercent
// / 100) and the longest interval. Fuzz is off so a schedule is reproducible (and testable).

export { emptyState, type StateFields } from '../shared/states.js';

export interface FsrsSettings {
  targetRetentionPercent: number;
  maximumIntervalDays: number;
}

const schedulers = new Map<string, FSRS>();

/** One scheduler per parameter set (building one reads the weights). */
export function schedulerFor(s: FsrsSettings): FSRS {
  const key = `${s.targetRetentionPercent}/${s.maximumIntervalDays}`;
  let f = schedulers.get(key);
  if (!f) {
    f = fsrs(
      generatorParameters({
        request_retention: s.targetRetentionPercent / 100,
        maximum_interval: s.maximumIntervalDays,
        enable_fuzz: false,
      }),
    );
    schedulers.set(key, f);
  }
  return f;
}

export const fsrsSettings = async (db: Db): Promise<FsrsSettings> => ({
  targetRetentionPercent: await getSetting(db, 'drills.targetRetentionPercent'),
  maximumIntervalDays: await getSetting(db, 'drills.maximumIntervalDays'),
});

export const toCard = (s: StateFields): Card => ({
  due: new Date(s.due),
  stability: Number(s.stability),
  difficulty: Number(s.difficulty),
  elapsed_days: Number(s.elapsed_days),
  scheduled_days: Number(s.scheduled_days),
  learning_steps: Number(s.learning_steps),
  reps: Number(s.reps),
  lapses: Number(s.lapses),
  state: Number(s.state),
  ...(s.last_review ? { last_review: new Date(s.last_review) } : {}),
});

export const fromCard = (c: Card): StateFields => ({
  due: c.due.toISOString(),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: c.elapsed_days,
  scheduled_days: c.scheduled_days,
  learning_steps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  last_review: c.last_review ? c.last_review.toISOString() : null,
});

/** The state after rating the card at `now` (a stored UTC instant). */
export function nextState(f: FSRS, current: StateFields, now: string, rating: 1 | 2 | 3 | 4): StateFields {
  return fromCard(f.next(toCard(current), new Date(now), rating as Grade).card);
}
