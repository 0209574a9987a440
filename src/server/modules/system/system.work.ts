import type { WorkSource } from '../../lib/work.js';
import { localDate } from '../../lib/clock.js';
import { centerOffset } from '../../lib/center-time.js';

// What waits in the background jobs (lib/jobs.ts) for the home page (issue 26; lib/work.ts says
// how): an administrator looks at each failed job, due the day it failed. A job stays failed
// until it is retried (the job goes back to the queue) — a failed interaction import from its
// page, the one the item opens; other jobs from the settings they recount.

const IMPORT_JOB = 'interactions.import'; // modules/interactions/imports/import.worker.ts

const place = (kind: string, payload: string) => {
  if (kind === IMPORT_JOB) {
    const importId = (JSON.parse(payload) as { importId?: string }).importId;
    return {
      menu: 'interactions-imports',
      link: importId ? `/interactions/imports/${importId}` : '/interactions/imports',
    };
  }
  return { menu: 'settings', link: '/settings' };
};

const failedJobs: WorkSource = {
  name: 'system.failedJobs',
  kinds: ['systemFailedImport', 'systemFailedJob'],
  menus: ['interactions-imports', 'settings'],
  appliesTo: (actor) => actor.roles.includes('admin'),
  async items(db) {
    const [rows, offset] = await Promise.all([
      db
        .selectFrom('jobs')
        .select(['id', 'kind', 'payload', 'error', 'finished_at', 'updated_at'])
        .where('state', '=', 'failed')
        .execute(),
      centerOffset(db),
    ]);
    return rows.map((r) => {
      const kind = r.kind === IMPORT_JOB ? 'systemFailedImport' : 'systemFailedJob';
      return {
        key: `${kind}:${r.id}`,
        kind,
        ...place(r.kind, r.payload),
        due: localDate(r.finished_at ?? r.updated_at, offset),
        provisional: false,
        params: { job: r.kind, error: (r.error ?? '').slice(0, 120) },
      };
    });
  },
};

export const systemWork: WorkSource[] = [failedJobs];
