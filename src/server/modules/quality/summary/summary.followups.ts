import type { z } from 'zod';
import {
  BEFORE_REGULAR,
  type FollowupHandlingInput,
  type FollowupListQuery,
} from '../../../../common/quality-feedback.js';
import type { Db } from '../../../db/connect.js';
import type { QaEvaluationTable } from '../../../db/schema-quality.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { addDays, nowIso } from '../../../lib/clock.js';
import { conflict, notFound } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { evaluationVisible, itemLabels, refused } from '../feedback/feedback.access.js';
import { withIdentity } from '../../people/identity.service.js';
import * as repo from './summary.followups.repo.js';
import { announceFailedItems } from './failed-items.hooks.js';

// Follow-up monitoring (SPEC §8 "an agent with a problem is monitored again until it is solved")
// and red-line breaches (SPEC §7). Both follow from an evaluation's final item results, so
// trackProblems runs when an evaluation is saved (openFeedbackFor) and again when a dispute
// changes its final result. A failed item (earned below possible, not N/A) opens a follow-up
// for the agent and item unless one is open; a later evaluation that passes the item closes it,
// naming that evaluation. An agent before regular status gets a trainee follow-up, handled with
// the trainee (recitation, re-test, improvement plan); a regular agent failing an item on the
// active red-line list is flagged with a breach.

type ItemResult = { earned: number; possible: number; na: boolean; criticalFailed: boolean };
export type ScoredEvaluation = Pick<
  QaEvaluationTable,
  'id' | 'agent_id' | 'agent_status' | 'day' | 'scored_at' | 'final_items' | 'form_version_id'
>;

export const isBeforeRegular = (status: string) => (BEFORE_REGULAR as readonly string[]).includes(status);
export const failedItem = (r: ItemResult) => !r.na && r.earned < r.possible;
export const passedItem = (r: ItemResult) => !r.na && r.earned >= r.possible;

export async function trackProblems(trx: Db, ev: ScoredEvaluation) {
  const items = JSON.parse(ev.final_items) as Record<string, ItemResult>;
  const failed = Object.keys(items).filter((k) => failedItem(items[k]));
  const passed = Object.keys(items).filter((k) => passedItem(items[k]));
  const at = nowIso();
  if (passed.length) {
    // Only follow-ups opened by this or an earlier evaluation: re-running an older evaluation
    // (a dispute decided later) must not close a problem seen since.
    await repo.closePassed(trx, ev, passed, at);
  }
  if (failed.length) {
    const labels = await itemLabels(trx, [ev.form_version_id]);
    // Skip a problem already followed (open), already opened by this very evaluation, or shown
    // solved by a later evaluation (when a dispute re-runs an older one).
    const known = new Set((await repo.knownProblems(trx, ev, failed)).map((r) => r.item_key));
    const fresh = failed.filter((k) => !known.has(k));
    if (fresh.length) {
      // one a concurrent evaluation opened first is kept: one open follow-up stays
      await repo.insertFollowups(
        trx,
        fresh.map((k) => ({
          id: newId(),
          agent_id: ev.agent_id,
          item_key: k,
          item_label: labels.get(k) ?? k,
          status: 'open',
          trainee: isBeforeRegular(ev.agent_status) ? 1 : 0,
          opened_evaluation_id: ev.id,
          opened_day: ev.day,
          closed_evaluation_id: null,
          closed_day: null,
          closed_at: null,
          handling: null,
          handling_note: null,
          created_at: at,
          updated_at: at,
        })),
      );
    }
  }
  await flagRedLineBreaches(trx, ev, failed, at);
  await announceFailedItems(trx, ev, failed); // e.g. drills: the item's linked cards become due
}

/** The breaches of this evaluation follow its final result: added for failed red-line items, dropped when a dispute passes them. */
async function flagRedLineBreaches(trx: Db, ev: ScoredEvaluation, failed: string[], at: string) {
  const wanted: { red_line_id: string; item_key: string }[] = [];
  if (!isBeforeRegular(ev.agent_status) && failed.length) {
    const lines = await repo.activeRedLineKeys(trx);
    for (const l of lines)
      for (const k of JSON.parse(l.item_keys) as string[])
        if (failed.includes(k)) wanted.push({ red_line_id: l.id, item_key: k });
  }
  const existing = await repo.breachesOf(trx, ev.id);
  const key = (b: { red_line_id: string; item_key: string }) => `${b.red_line_id}/${b.item_key}`;
  const want = new Set(wanted.map(key));
  const have = new Set(existing.map(key));
  const stale = existing.filter((b) => !want.has(key(b))).map((b) => b.id);
  if (stale.length) await repo.deleteBreaches(trx, stale);
  const add = wanted.filter((b) => !have.has(key(b)));
  if (add.length) {
    await repo.insertBreaches(
      trx,
      add.map((b) => ({
        id: newId(),
        evaluation_id: ev.id,
        ...b,
        agent_id: ev.agent_id,
        day: ev.day,
        created_at: at,
      })),
    );
  }
}

/** For sampling (part B): the agents with a follow-up open at any time in the week starting weekStart. */
export async function agentsUnderFollowUp(db: Db, weekStart: string): Promise<string[]> {
  const weekEnd = addDays(weekStart, 6);
  const rows = await repo.agentsWithFollowupBetween(db, weekStart, weekEnd);
  return rows.map((r) => r.agent_id).sort();
}

const followupBase = (db: Db, actor: Actor) => repo.visibleFollowups(db, evaluationVisible(actor));

/** A page of the follow-ups the actor may see, with the total (no silent cap). */
export async function listFollowups(db: Db, actor: Actor, q: z.output<typeof FollowupListQuery>) {
  let base = followupBase(db, actor);
  if (q.status) base = base.where('fu.status', '=', q.status);
  if (q.agentId) base = base.where('fu.agent_id', '=', q.agentId);
  const [rows, count] = await Promise.all([
    base
      .selectAll('fu')
      .orderBy('fu.opened_day', 'desc')
      .orderBy('fu.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute()
      .then((rows) =>
        withIdentity(
          db,
          rows,
          (r) => r.agent_id,
          (p) => ({ agent_name: p.name }),
        ),
      ),
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((r) => ({
      id: r.id,
      agentId: r.agent_id,
      agentName: r.agent_name,
      itemKey: r.item_key,
      itemLabel: r.item_label,
      status: r.status as 'open' | 'closed',
      trainee: r.trainee === 1,
      openedEvaluationId: r.opened_evaluation_id,
      openedDay: r.opened_day,
      closedEvaluationId: r.closed_evaluation_id,
      closedDay: r.closed_day,
      handling: r.handling as never,
      handlingNote: r.handling_note,
    })),
  };
}

/** How a trainee's error is handled (SPEC §7): recitation, re-test or an improvement plan. */
export async function setHandling(db: Db, actor: Actor, id: string, input: z.output<typeof FollowupHandlingInput>) {
  const row = await followupBase(db, actor).selectAll('fu').where('fu.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Follow-up');
  if (row.trainee !== 1)
    throw conflict('NOT_A_TRAINEE_ERROR', 'Only errors made before regular status are handled with the trainee');
  if (actor.employeeId === row.agent_id)
    throw refused('OWN_FOLLOWUP', 'You cannot set the handling of your own follow-up');
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await repo.setHandling(trx, id, { handling: input.handling, handling_note: input.note, updated_at: at });
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'qa_followup',
      entityId: id,
      oldValue: { handling: row.handling, handling_note: row.handling_note },
      newValue: { handling: input.handling, handling_note: input.note },
    });
  });
}
