import type { z } from 'zod';
import { CYCLE_STEPS, type CycleAdvanceInput, type CycleStepName } from '../../../../common/appraisal-cycles.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { conflict, notFound } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { notify, settleNotices, userIdsWithRoles } from '../../../lib/notify.js';
import { teamLeads } from '../../people/identity.service.js';
import { openAppealCount } from '../appeals/appeals.service.js';
import { fixGrades } from '../distribution/distribution.service.js';
import { requireCycle } from '../distribution/cycle-context.js';
import { publishResults } from '../followups/followups.service.js';
import { recomputeDrafts } from '../sheets/sheets.batch.js';
import { cycleLink, sheetLink } from '../work/links.js';
import { loadPlanVersion } from './plan-source.js';
import * as repo from './cycles.repo.js';

// The steps of a cycle, one at a time: open → frozen → review → confirmation → appeal → final →
// published (appraisal.cycles moves it). The freeze recomputes every draft one last time and
// snapshots it; from then the data no longer reaches the sheets. Each step tells who acts next.

export const nextStep = (s: CycleStepName): CycleStepName | null => CYCLE_STEPS[CYCLE_STEPS.indexOf(s) + 1] ?? null;

/** Refuses a change that only an open cycle takes (409 CYCLE_FROZEN). */
export function requireOpen(cycle: { status: string }) {
  if (cycle.status !== 'open')
    throw conflict('CYCLE_FROZEN', 'The cycle’s data is frozen: only an appraisal appeal changes a sheet now');
}

export async function advance(db: Db, actor: Actor, id: string, input: z.output<typeof CycleAdvanceInput>) {
  const cycle = await repo.findCycle(db, id);
  if (!cycle) throw notFound('Appraisal cycle');
  const from = cycle.status as CycleStepName;
  if (nextStep(from) !== input.to)
    throw conflict('CYCLE_STEP_ORDER', `A cycle in step ${from} moves only to ${nextStep(from) ?? 'nothing'}`, 'to');
  if (Number(cycle.version) !== input.version)
    throw conflict('VERSION_CONFLICT', 'The cycle changed meanwhile; reload it', 'version');
  // Appeals are decided up to HR's final step; a result is published only when every appeal has
  // its written decision, so no appellant is left without an answer.
  if (input.to === 'published' && (await openAppealCount(db, id)) > 0)
    throw conflict('APPEALS_UNDECIDED', 'Appeals of this cycle still wait for a decision', 'to');
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    const moved = await repo.moveCycle(trx, id, input.version, {
      status: input.to,
      updated_at: at,
      ...(input.to === 'frozen' ? { frozen_at: at, computed_at: at } : {}),
    });
    if (!moved) throw conflict('VERSION_CONFLICT', 'The cycle changed meanwhile; reload it', 'version');
    if (input.to === 'frozen') {
      const plan = (await loadPlanVersion(trx, cycle.plan_version_id))!;
      await recomputeDrafts(
        trx,
        actor,
        { id, periodStart: cycle.period_start, periodEnd: cycle.period_end, content: plan.content },
        'data freeze',
      );
      await repo.freezeDraftSheets(trx, id, at);
    }
    // Grades are fixed at final (after the forced distribution) and results used at publication:
    // a D, or a C after a C, opens its follow-up.
    if (input.to === 'final') await fixGrades(trx, await requireCycle(trx, id));
    if (input.to === 'published') await publishResults(trx, actor, id);
    // The step that ended is done: its notices (and each person's confirmation notice) are read.
    await settleNotices(trx, [
      cycleLink(id),
      ...(from === 'confirmation' ? (await repo.sheetPeople(trx, id)).map((s) => sheetLink(s.id)) : []),
    ]);
    await repo.insertEvent(trx, {
      id: newId(),
      cycle_id: id,
      step: input.to,
      at,
      actor_user_id: actor.userId,
      actor_name: actor.name,
      note: input.note ?? null,
    });
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'appraisal_cycle',
      entityId: id,
      oldValue: { status: from },
      newValue: { status: input.to },
      reason: input.note ?? null,
    });
    await remind(trx, actor, { id, name: cycle.name, timetable: cycle.timetable }, input.to);
  });
}

/** The due day of a step in the cycle's timetable. */
export const dueOnOf = (timetable: string, step: CycleStepName) =>
  (JSON.parse(timetable) as { step: string; dueOn: string }[]).find((t) => t.step === step)?.dueOn ?? null;

/**
 * Who acts in the cycle's step: review → the team leads (with `pendingOnly`, only those whose team
 * still has a sheet with neither a comment nor a manual entry); confirmation and published → the
 * people with sheets (`pendingOnly`: those who have not confirmed); final → HR; nobody otherwise.
 */
export async function recipientsOf(
  trx: Db,
  cycleId: string,
  step: CycleStepName,
  pendingOnly: boolean,
): Promise<{ userIds: string[]; employeeIds: string[]; sheets: { employeeId: string; sheetId: string }[] }> {
  const none = { userIds: [], employeeIds: [], sheets: [] };
  if (step === 'review') {
    const teams = pendingOnly
      ? await repo.teamsPendingReview(trx, cycleId)
      : [...new Set((await repo.sheetPeople(trx, cycleId)).map((s) => s.team_id))];
    const leads = await teamLeads(trx, teams);
    return { ...none, userIds: [...new Set(leads.map((l) => l.userId))] };
  }
  if (step === 'confirmation' || step === 'published') {
    let sheets = await repo.sheetPeople(trx, cycleId);
    if (pendingOnly && step === 'confirmation') sheets = sheets.filter((s) => !s.confirmed_at);
    return {
      ...none,
      employeeIds: sheets.map((s) => s.employee_id),
      sheets: sheets.map((s) => ({ employeeId: s.employee_id, sheetId: s.id })),
    };
  }
  if (step === 'final') return { ...none, userIds: await userIdsWithRoles(trx, ['hr']) };
  return none;
}

/** The notice of a step (kinds appraisal_cycle_<step>, params cycle and dueOn). */
export const stepNotice = (cycle: { id: string; name: string; timetable: string }, step: CycleStepName) => ({
  kind: `appraisal_cycle_${step}`,
  params: { cycle: cycle.name, dueOn: dueOnOf(cycle.timetable, step) ?? '' },
  link: cycleLink(cycle.id),
});

/**
 * Sends a step's notice: one to all for most steps, but in the confirmation step one per person
 * linking to their own sheet — what they confirm there, and what the home page lists (issue 26).
 */
export async function sendStepNotice(
  trx: Db,
  cycle: { id: string; name: string; timetable: string },
  step: CycleStepName,
  to: { userIds: string[]; employeeIds: string[]; sheets: { employeeId: string; sheetId: string }[] },
  exceptUserIds: string[],
) {
  if (step !== 'confirmation')
    return notify(trx, { ...stepNotice(cycle, step), userIds: to.userIds, employeeIds: to.employeeIds, exceptUserIds });
  const wanted = new Set(to.employeeIds);
  for (const s of to.sheets.filter((x) => wanted.has(x.employeeId)))
    await notify(trx, {
      ...stepNotice(cycle, step),
      link: sheetLink(s.sheetId),
      employeeIds: [s.employeeId],
      exceptUserIds,
    });
}

/**
 * Tells who acts in the cycle's step, with its due day: when the step begins, and again when HR
 * sends a reminder — then only those who have not acted yet. Returns how many were told.
 */
async function remind(
  trx: Db,
  actor: Actor,
  cycle: { id: string; name: string; timetable: string },
  step: CycleStepName,
  pendingOnly = false,
) {
  const to = await recipientsOf(trx, cycle.id, step, pendingOnly);
  const userIds = to.userIds.filter((u) => u !== actor.userId);
  if (!userIds.length && !to.employeeIds.length) return 0;
  await sendStepNotice(trx, cycle, step, { ...to, userIds }, [actor.userId]);
  return userIds.length + to.employeeIds.length;
}

/** Reminds who has yet to act in the cycle's current step (nobody to remind while open, frozen or in appeal). */
export async function sendReminders(db: Db, actor: Actor, id: string) {
  const cycle = await repo.findCycle(db, id);
  if (!cycle) throw notFound('Appraisal cycle');
  const notified = await db
    .transaction()
    .execute((trx) => remind(trx, actor, cycle, cycle.status as CycleStepName, true));
  return { step: cycle.status as CycleStepName, notified };
}
