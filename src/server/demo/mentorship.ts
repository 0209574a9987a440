import type { Db } from '../db/connect.js';

// Demo data of issue 20 (mentorship). Relative to the clock; a second run leaves it as it is.
export async function seedMentorshipDemo(_db: Db): Promise<void> {}
