import type { Db } from '../db/connect.js';

// Early warnings in the demo (issue 22 item 5), after the history and the rollups; owned by the
// warnings part.
export async function seedAnalyticsWarningsDemo(_db: Db): Promise<void> {}
