import type { Db } from '../db/connect.js';
import { verifyPassword } from './passwords.js';

// Production refuses to start while any usable account can be signed into with a published
// password (the demo's, printed in the README and on the demo sign-in page): anyone who read it
// would be in. Checked by verifying each stored hash, since a hash alone does not say.

// In production the same passwords are refused as anyone's new password (the password rule asks
// isPublishedPassword). Development keeps the demo's: the demo and the tests sign in with it.
let refused: ReadonlySet<string> = new Set();
export const refusePublishedPasswords = (published: readonly string[]) => {
  refused = new Set(published);
};
export const isPublishedPassword = (password: string) => refused.has(password);

const PARALLEL = 4; // argon2 runs on libuv's four worker threads

/** Usernames of enabled accounts whose password is one of `published`. */
export async function accountsWithPublishedPassword(db: Db, published: readonly string[]): Promise<string[]> {
  const users = await db
    .selectFrom('users')
    .select(['username', 'password_hash'])
    .where('disabled', '=', 0)
    .orderBy('username')
    .execute();
  const found: string[] = [];
  for (let i = 0; i < users.length; i += PARALLEL) {
    const slice = users.slice(i, i + PARALLEL);
    const hits = await Promise.all(
      slice.map(async (u) => {
        for (const p of published) if (await verifyPassword(u.password_hash, p)) return true;
        return false;
      }),
    );
    slice.forEach((u, k) => hits[k] && found.push(u.username));
  }
  return found;
}

export type StartVerdict = { ok: true; warnings: string[] } | { ok: false; problem: string };

/**
 * Whether the server may start. In production: not while an account has a published password,
 * unless the operator asked for the demo (SEATWISE_DEMO=1 / --demo), which then is said loudly.
 */
export async function productionStartVerdict(
  db: Db,
  o: { mode: 'production' | 'development'; demoAsked: boolean; secureCookies: boolean; published: readonly string[] },
): Promise<StartVerdict> {
  if (o.mode !== 'production') return { ok: true, warnings: [] };
  const warnings: string[] = [];
  if (!o.secureCookies)
    warnings.push('SECURE_COOKIES=false in production: the session cookie is sent over plain HTTP too.');
  const exposed = await accountsWithPublishedPassword(db, o.published);
  if (exposed.length && !o.demoAsked) {
    return {
      ok: false,
      problem:
        `production mode refuses to start: ${exposed.length} account(s) still have the published demo password ` +
        `(${exposed.slice(0, 10).join(', ')}${exposed.length > 10 ? ', …' : ''}). Reset them ` +
        '(npm run seatwise -- reset-password --username U) or disable them, or start with SEATWISE_DEMO=1 for a demo server.',
    };
  }
  if (exposed.length)
    warnings.push(
      `DEMO SERVER: ${exposed.length} account(s) sign in with the published demo password; never keep real data here.`,
    );
  return { ok: true, warnings };
}
