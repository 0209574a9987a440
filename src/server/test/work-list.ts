import { expect } from 'vitest';
import type { WorkLine, WorkList } from '../../common/home.js';
import type { Client } from './harness.js';

// The home page's work list as a test reads it (issue 26): each module's work test asks
// GET /api/home/work as a role and looks at its own kinds of item.

/** The client's work list, its lines narrowed to these kinds (all when none); the counts whole. */
export async function workOf(
  c: Client,
  ...kinds: string[]
): Promise<{ items: WorkLine[]; counts: WorkList['counts'] }> {
  const res = await c.get('/api/home/work');
  expect(res.status, res.raw).toBe(200);
  const data = res.body.data as WorkList;
  return { items: kinds.length ? data.items.filter((i) => kinds.includes(i.kind)) : data.items, counts: data.counts };
}
