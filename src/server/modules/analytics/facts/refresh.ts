import type { Db } from '../../../db/connect.js';

// Rebuilds the analytics rollups (migrations/20261230-analytics.ts) from the records. Owned by the
// facts part; this signature is what the demo, the bench, the hourly task and the tests call.
export interface RefreshResult {
  asOf: string;
  tookMs: number;
  people: number;
  months: number;
}

export async function refreshAnalytics(_db: Db): Promise<RefreshResult> {
  return { asOf: '', tookMs: 0, people: 0, months: 0 };
}
