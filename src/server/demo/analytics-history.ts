import type { Db } from '../db/connect.js';

// Two years of hiring cohorts with exits, for the training-proof pages (issue 22); owned by the
// demo-history part.
export async function seedAnalyticsHistoryDemo(_db: Db): Promise<void> {}
