import type { Db } from '../db/connect.js';

// Demo data of issue 21 (panel), after every other demo; relative to the clock, and a second run leaves it as it is.
export async function seedCareersPanelDemo(_db: Db): Promise<void> {}
