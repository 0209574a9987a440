import type { FastifyBaseLogger } from 'fastify';
import type { CycleStepName } from '../../../../common/appraisal-cycles.js';
import type { Db } from '../../../db/connect.js';
import { SYSTEM_ACTOR } from '../../../lib/actor.js';
import { workingDaysBetween } from '../../../lib/calendar.js';
import { centerOffset } from '../../../lib/center-time.js';
import { startIntervalTask } from '../../../lib/interval-task.js';
import { centerToday, localDate, nowIso } from '../../../lib/clock.js';
import { getSetting } from '../../../lib/settings.js';
import { recomputeDrafts } from '../sheets/sheets.batch.js';
import { loadPlanVersion } from './plan-source.js';
import * as repo from './cycles.repo.js';
import { dueOnOf, recipientsOf, sendStepNotice } from './cycles.steps.js';

// The appraisal's recurring work, nobody pressing a button (issue 18 item 2):
// - Reminders: when the due day of a cycle's step (review, confirmation, final) is
//   appraisal.reminderWorkingDays working days away or nearer (or past), whoever has not acted yet
//   is told, once per step and person (appraisal_reminders holds who was told).
// - Drafts follow the data: an open cycle whose sheets were last computed before today (center
//   time) is computed again, audited as "data refresh". Nightly rather than on change: knowing
//   whether interactions or evaluations changed would mean asking two other modules for the newest
//   change over a whole period on every run (a scan of a million interactions), while a day-old
//   draft costs nothing — the freeze recomputes one last time, and a dispute decided before the
//   freeze already recomputes its person at once (sheets.hooks.ts).
// Business time only from the clock: tests move it and call runAppraisalJob. A timer, as the exams
// sweeper; with several servers one of them runs each interval (lib/schedule.ts), and a run is
// idempotent anyway (a reminder's row is written before its notice, and a second refresh finds
// nothing changed), so a run redone after its server died mid-way sends nothing twice.

const REMINDED_STEPS: CycleStepName[] = ['review', 'confirmation', 'final'];

export async function runAppraisalJob(db: Db) {
  const today = centerToday(await centerOffset(db));
  return { reminded: await sendDueReminders(db, today), refreshed: await refreshOpenDrafts(db, today) };
}

async function sendDueReminders(db: Db, today: string) {
  const ahead = await getSetting(db, 'appraisal.reminderWorkingDays');
  let told = 0;
  for (const cycle of await repo.cyclesIn(db, REMINDED_STEPS)) {
    const step = cycle.status as CycleStepName;
    const due = dueOnOf(cycle.timetable, step);
    if (!due || (due > today && (await workingDaysBetween(db, today, due)) > ahead)) continue;
    told += await db.transaction().execute(async (trx) => {
      const to = await recipientsOf(trx, cycle.id, step, true);
      const at = nowIso();
      const userIds: string[] = [];
      const employeeIds: string[] = [];
      // Recorded first: a second server running the job at once finds the row and sends nothing.
      for (const u of to.userIds) if (await repo.recordReminder(trx, cycle.id, step, `user:${u}`, at)) userIds.push(u);
      for (const e of to.employeeIds)
        if (await repo.recordReminder(trx, cycle.id, step, `employee:${e}`, at)) employeeIds.push(e);
      if (userIds.length || employeeIds.length)
        await sendStepNotice(trx, cycle, step, { ...to, userIds, employeeIds }, []);
      return userIds.length + employeeIds.length;
    });
  }
  return told;
}

async function refreshOpenDrafts(db: Db, today: string) {
  const offset = await centerOffset(db);
  let refreshed = 0;
  for (const cycle of await repo.cyclesIn(db, ['open'])) {
    if (cycle.computed_at && localDate(cycle.computed_at, offset) >= today) continue;
    const plan = await loadPlanVersion(db, cycle.plan_version_id);
    if (!plan) continue;
    await db.transaction().execute(async (trx) => {
      await recomputeDrafts(
        trx,
        SYSTEM_ACTOR,
        { id: cycle.id, periodStart: cycle.period_start, periodEnd: cycle.period_end, content: plan.content },
        'data refresh',
      );
      await repo.markComputed(trx, cycle.id, nowIso());
    });
    refreshed += 1;
  }
  return refreshed;
}

// How often the server looks (machine time, not business time: how long to sleep between runs;
// what is due is decided by the clock inside runAppraisalJob). Each run is cheap when nothing is due.
const EVERY_MS = 15 * 60_000;

/** Runs the job every EVERY_MS until stopped (the first run one interval after the start). */
export const startAppraisalJob = (db: Db, log: FastifyBaseLogger) =>
  startIntervalTask({ name: 'appraisal.job', everyMs: EVERY_MS, run: () => runAppraisalJob(db), db, log });
