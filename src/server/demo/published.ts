import type { Db } from '../db/connect.js';

// What every server start needs to know about the demo, without loading the demo itself (its
// seeders are ~100 ms of module loading that only an empty database's first start uses).

export const DEMO_PASSWORD = 'Seatwise2026';

/** Passwords printed in the README and on the demo's sign-in page: production refuses them. */
export const PUBLISHED_PASSWORDS: readonly string[] = [DEMO_PASSWORD];

/** No account yet: the demo may be loaded. */
export async function isEmpty(db: Db) {
  return !(await db.selectFrom('users').select('id').limit(1).executeTakeFirst());
}
