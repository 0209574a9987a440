import type { Db } from '../db/connect.js';

// Demo data of issue 20 (drills). Relative to the clock; a second run leaves it as it is.
export async function seedDrillsDemo(_db: Db): Promise<void> {}
