import type { Db } from '../db/connect.js';

// Demo data of issue 20 (drills-practice). Relative to the clock; a second run leaves it as it is.
export async function seedDrillsPracticeDemo(_db: Db): Promise<void> {}
