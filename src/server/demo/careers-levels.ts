import type { Db } from '../db/connect.js';

// Demo data of issue 21 (levels), after every other demo; relative to the clock, and a second run leaves it as it is.
export async function seedCareersLevelsDemo(_db: Db): Promise<void> {}
