// Runs a journey's server at another time: a test-only --import that shifts Date (and so the one
// clock, lib/clock.ts, which reads it) by SEATWISE_E2E_SHIFT_MS. Nothing in the product changes;
// timers and the browser keep real time.
//
//   server = await startServer({ databaseUrl, ...shiftedClock(dir, 20 * DAY) });
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StartOptions } from './server.js';

const SHIFT_CLOCK = `const shift = Number(process.env.SEATWISE_E2E_SHIFT_MS || 0);
const RealDate = Date;
class ShiftedDate extends RealDate {
  constructor(...args) { if (args.length === 0) super(RealDate.now() + shift); else super(...args); }
  static now() { return RealDate.now() + shift; }
}
globalThis.Date = ShiftedDate;
`;

/** Start options for a server whose clock runs `shiftMs` ahead (negative: behind); writes the hook into `dir`. */
export function shiftedClock(dir: string, shiftMs: number): Pick<StartOptions, 'nodeArgs' | 'env'> {
  const file = join(dir, 'shift-clock.mjs');
  writeFileSync(file, SHIFT_CLOCK, 'utf8');
  return { nodeArgs: ['--import', file], env: { SEATWISE_E2E_SHIFT_MS: String(Math.round(shiftMs)) } };
}

/** Start options for a server whose clock reads `instant` now, and runs on from there. */
export const clockAt = (dir: string, instant: string) => shiftedClock(dir, Date.parse(instant) - Date.now());
