import type { Db } from '../../db/connect.js';
import { AppError } from '../../lib/errors.js';
import { getSetting } from '../../lib/settings.js';

// Failed password checks per client address (sign-in and the current-password check), in a
// fixed window: auth.addressMaxFailures per auth.addressWindowMinutes. Spraying one password over
// many accounts from one address is stopped here, where the per-account lock never triggers.
// Each attempt is counted before its password is checked (synchronously, so parallel requests
// each take their own count) and given back when the password was right: a call center's
// agents signing in behind one NAT address are not slowed by each other's good sign-ins.
// In memory, per server process: a restart forgets it, and several processes each keep their own.

const PRUNE_ABOVE = 10_000;

interface Window {
  failures: number;
  endsAt: number;
}

export class SignInThrottle extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      429,
      'SIGN_IN_THROTTLED',
      `Too many failed sign-ins from this address; try again in ${retryAfterSeconds} s`,
      undefined,
      { seconds: retryAfterSeconds },
    );
  }
}

export function createAddressThrottle(db: Db) {
  const windows = new Map<string, Window>();

  const prune = (now: number) => {
    for (const [address, w] of windows) if (w.endsAt <= now) windows.delete(address);
  };

  return {
    /** Counts an attempt from `address`, or throws SignInThrottle when its failures used up the window. */
    async take(address: string) {
      const [max, minutes] = await Promise.all([
        getSetting(db, 'auth.addressMaxFailures'),
        getSetting(db, 'auth.addressWindowMinutes'),
      ]);
      const now = Date.now(); // machine time: like sign-in locks, a throttle runs on real time
      if (windows.size > PRUNE_ABOVE) prune(now);
      let w = windows.get(address);
      if (!w || w.endsAt <= now) {
        w = { failures: 0, endsAt: now + minutes * 60_000 };
        windows.set(address, w);
      }
      if (w.failures >= max) throw new SignInThrottle(Math.max(1, Math.ceil((w.endsAt - now) / 1000)));
      w.failures++;
    },
    /** The password was right: the attempt `take` counted is not a failure. */
    forgive(address: string) {
      const w = windows.get(address);
      if (w && w.failures > 0) w.failures--;
    },
  };
}

export type AddressThrottle = ReturnType<typeof createAddressThrottle>;
