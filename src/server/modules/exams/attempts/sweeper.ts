import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../../db/connect.js';
import { runInSlot } from '../../../lib/schedule.js';
import { getSetting, onSettingChange } from '../../../lib/settings.js';
import { sweepExpired } from './attempts.service.js';

// The sweep that hands in attempts whose time ran out while nobody touched them: every
// exams.sweepSeconds, 0 pauses it. It follows the setting while the server runs, so a change needs
// no restart:
// - each round reads the setting again (through the settings cache), and the sweeper never waits
//   longer than checkMs between readings, so a change made on another server is followed within
//   about checkMs + the cache's 10 s, a pause stops it and a resume or a shorter interval starts it;
// - a change stored through this server wakes it at once with the new value (onSettingChange).
// Several servers may share the database: each server's timer fires, but a round goes through
// lib/schedule.ts, so one server sweeps each exams.sweepSeconds-long slot (and another redoes it
// if that server dies mid-round); handing in is first-caller-wins anyway (finalize).
// The waits are machine time (performance.now, timers): how long to sleep, not business time;
// which attempts are due is decided by the one clock inside sweepExpired.

const CHECK_MS = 10_000;
export const SWEEP_TASK = 'exams.sweep';

export interface Sweeper {
  /** Stops the timer and waits for a round in progress (call before the database closes). */
  stop(): Promise<void>;
}

type Waker = (seconds: number) => void;
const wakers = new Set<Waker>();
let hooked = false;

/** Starts sweeping `db`; the first round comes one interval after the start, as a sweep always did. */
export function startSweeper(db: Db, log: FastifyBaseLogger, opts: { checkMs?: number } = {}): Sweeper {
  const checkMs = opts.checkMs ?? CHECK_MS;
  let last = performance.now(); // when the last round swept
  let timer: NodeJS.Timeout | null = null;
  let round: Promise<void> | null = null;
  let told: number | null = null; // a value this server just stored, trusted for the next round
  let stopped = false;

  const schedule = (seconds: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    const wait = seconds > 0 ? Math.min(Math.max(0, seconds * 1000 - (performance.now() - last)), checkMs) : checkMs;
    timer = setTimeout(tick, wait);
    timer.unref();
  };

  const tick = () => {
    timer = null;
    round = (async () => {
      let seconds = 0;
      try {
        // A value told by the change hook is used as is: the transaction storing it may not have
        // committed yet, and a read now could still see the old one.
        seconds = told ?? Number(await getSetting(db, 'exams.sweepSeconds'));
        told = null;
        if (seconds > 0 && performance.now() - last >= seconds * 1000) {
          last = performance.now();
          await runInSlot(db, {
            task: SWEEP_TASK,
            slotMs: seconds * 1000,
            run: () => sweepExpired(db),
            onError: (err) => log.error({ err }, 'exam sweep failed'),
          });
        }
      } catch (err) {
        log.error({ err }, 'exam sweep failed');
      }
      round = null;
      schedule(told ?? seconds);
    })();
  };

  const wake: Waker = (seconds) => {
    told = Number.isFinite(seconds) ? seconds : null;
    if (!round) schedule(told ?? 0);
  };
  wakers.add(wake);
  if (!hooked) {
    hooked = true;
    onSettingChange('exams.sweepSeconds', async (_trx, value) => {
      for (const w of wakers) w(Number(value));
    });
  }
  schedule(Number.POSITIVE_INFINITY); // first reading after checkMs at the latest

  return {
    async stop() {
      stopped = true;
      wakers.delete(wake);
      if (timer) clearTimeout(timer);
      timer = null;
      await round;
    },
  };
}
