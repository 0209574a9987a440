import type { z } from 'zod';
import type { DecisionInput, DisputeListQuery, OpenDisputeInput } from '../../../../common/quality-feedback.js';
import type { AnswersShape, ItemKindName } from '../../../../common/quality.js';
import { valueProblem } from '../../../../common/quality-scoring.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { countWorkingDaysIn, getCalendar, type CountedDay } from '../../../lib/calendar.js';
import { localDate, nowIso } from '../../../lib/clock.js';
import { centerOffset, todayInCenter } from '../../../lib/center-time.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { notify, settleNotices } from '../../../lib/notify.js';
import { disputeLink } from '../work/links.js';
import { getSetting } from '../../../lib/settings.js';
import {
  directSupervisorsOf,
  refused,
  requireEvaluation,
  type VisibleEvaluation,
} from '../feedback/feedback.access.js';
import { applyFinalResult } from '../evaluations/evaluations.service.js';
import { trackProblems } from '../summary/summary.followups.js';
import { isUniqueViolation } from '../../../db/portable.js';
import { disputeDtos, indexItems, listVisibleDisputes } from './disputes.view.js';
import { disputeDecided } from './dispute-events.js';
import * as repo from './disputes.repo.js';

// Disputes (申诉, SPEC §8): the agent disputes an evaluation — the whole of it or named items,
// with a reason — within quality.dispute.windowWorkingDays (3) working days after the feedback
// was given (or after scoring, while no feedback has been given). One dispute per evaluation; its
// decision is final. The agent's direct supervisor (employees.supervisor_id, else the team lead
// of the agent's team) keeps or changes each disputed item with a reason; a change re-scores the
// evaluation with the same scoring function (applyFinalResult), so reports use the final score
// while the original answers and score stay in the evaluation and in the audit log.

/** A value an item may be given (the scoring function's rule), else 422 VALUE_OUT_OF_RANGE on `field`. */
function checkValue(item: { kind: ItemKindName; max: number }, key: string, value: number, field: string) {
  const problem = valueProblem(item, value);
  if (problem) throw ruleBroken('VALUE_OUT_OF_RANGE', `Item ${key} ${problem}`, field);
}

/** The last day the agent may dispute: N working days after feedback was given, else after
 *  scoring; provisionalYear when counted through a year the calendar lacks. */
export async function disputeWindowEnd(db: Db, ev: Pick<VisibleEvaluation, 'id' | 'scored_at'>) {
  const givenOn = await repo.feedbackGivenOn(db, ev.id);
  const start = givenOn ?? localDate(ev.scored_at, await centerOffset(db));
  return countWorkingDaysIn(await getCalendar(db), start, await getSetting(db, 'quality.dispute.windowWorkingDays'));
}

/** Whether the window has closed: never on a provisional end, where closing it would be a verdict on a guessed day. */
export const disputeWindowClosed = (end: CountedDay, today: string) => end.provisionalYear === null && today > end.day;

export async function openDispute(
  db: Db,
  actor: Actor,
  evaluationId: string,
  input: z.output<typeof OpenDisputeInput>,
) {
  const ev = await requireEvaluation(db, actor, evaluationId);
  if (!actor.employeeId || ev.agent_id !== actor.employeeId)
    throw refused('NOT_THE_AGENT', 'Only the agent evaluated may dispute an evaluation');
  const items = indexItems(ev.content);
  if (input.scope === 'items' && !input.items.length)
    throw ruleBroken('ITEMS_REQUIRED', 'Name the items you dispute', 'items');
  const seen = new Set<string>();
  input.items.forEach((it, n) => {
    const item = items.get(it.itemKey);
    if (!item) throw ruleBroken('UNKNOWN_ITEM', `The form has no item ${it.itemKey}`, `items.${n}.itemKey`);
    if (seen.has(it.itemKey))
      throw ruleBroken('DUPLICATE_ITEM', `Item ${it.itemKey} is listed twice`, `items.${n}.itemKey`);
    seen.add(it.itemKey);
    if (it.proposedValue !== undefined && it.proposedValue !== null)
      checkValue(item, it.itemKey, it.proposedValue, `items.${n}.proposedValue`);
  });
  const window = await disputeWindowEnd(db, ev);
  const windowEnd = window.day;
  if (disputeWindowClosed(window, await todayInCenter(db)))
    throw ruleBroken('DISPUTE_WINDOW_CLOSED', `Disputes on this evaluation closed at the end of ${windowEnd}`);
  const existing = await repo.disputeOfEvaluation(db, ev.id);
  if (existing)
    throw conflict(
      existing.status === 'open' ? 'DISPUTE_OPEN' : 'DISPUTE_DECIDED',
      existing.status === 'open'
        ? 'This evaluation is already disputed'
        : 'This evaluation’s dispute has been decided; the decision is final',
    );
  const reviewers = await directSupervisorsOf(db, ev.agent_id);
  if (!reviewers.length)
    throw ruleBroken(
      'NO_SUPERVISOR',
      'You have no direct supervisor or team lead to review a dispute; ask HR to set one',
    );

  const answers = JSON.parse(ev.final_answers) as AnswersShape;
  const at = nowIso();
  const id = newId();
  const row = {
    id,
    evaluation_id: ev.id,
    agent_id: ev.agent_id,
    scope: input.scope,
    reason: input.reason,
    status: 'open',
    opened_by: actor.userId,
    window_ends_on: windowEnd,
    reviewer_employee_id: reviewers[0],
    score_before: Number(ev.final_score),
    final_score: null,
    decided_by: null,
    decided_at: null,
    decision_note: null,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  // Two requests at once: the unique evaluation_id lets one in; the other hears DISPUTE_OPEN.
  await db
    .transaction()
    .execute(async (trx) => {
      await repo.insertDispute(trx, row);
      await repo.insertItems(
        trx,
        input.items.map((it) => ({
          id: newId(),
          dispute_id: id,
          item_key: it.itemKey,
          item_label: items.get(it.itemKey)!.label,
          original_value: answers[it.itemKey]?.value ?? null,
          proposed_value: it.proposedValue ?? null,
          agent_reason: it.reason,
          outcome: null,
          final_value: null,
          decision_reason: null,
        })),
      );
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'qa_dispute',
        entityId: id,
        newValue: { ...row, items: input.items },
      });
      await notify(trx, {
        employeeIds: reviewers,
        kind: 'quality_dispute_opened',
        params: { agent: ev.agent_name, day: ev.day, score: Number(ev.final_score) },
        link: disputeLink(id),
      });
    })
    .catch((err) => {
      throw isUniqueViolation(err) ? conflict('DISPUTE_OPEN', 'This evaluation is already disputed') : err;
    });
  return id;
}

async function loadDispute(db: Db, actor: Actor, id: string) {
  const d = await repo.findDispute(db, id);
  if (!d) throw notFound('Dispute');
  const ev = await requireEvaluation(db, actor, d.evaluation_id).catch(async (err) => {
    // The reviewer named on the dispute may decide it even if the evaluation lies outside their scope.
    if (actor.employeeId && (await directSupervisorsOf(db, d.agent_id)).includes(actor.employeeId)) return null;
    // Out of sight: the dispute answers as if there were none (its evaluation's 404 named as a dispute).
    throw err.statusCode === 404 ? notFound('Dispute') : err;
  });
  return { d, ev };
}

export async function getDispute(db: Db, actor: Actor, id: string) {
  const { d } = await loadDispute(db, actor, id);
  // The agent opening the decided dispute has read its answer: the home item and the bell clear.
  if (d.status === 'decided' && actor.employeeId === d.agent_id) await settleNotices(db, [disputeLink(id)]);
  return (await disputeDtos(db, actor, [d]))[0];
}

export const listDisputes = (db: Db, actor: Actor, q: z.output<typeof DisputeListQuery>) =>
  listVisibleDisputes(db, actor, q);

export async function decideDispute(db: Db, actor: Actor, id: string, input: z.output<typeof DecisionInput>) {
  const { d } = await loadDispute(db, actor, id);
  if (!actor.employeeId || !(await directSupervisorsOf(db, d.agent_id)).includes(actor.employeeId)) {
    throw refused('NOT_DIRECT_SUPERVISOR', 'Only the agent’s direct supervisor decides a dispute');
  }
  if (d.status !== 'open') throw conflict('DISPUTE_DECIDED', 'This dispute has already been decided');
  const ev = await repo.evaluationWithForm(db, d.evaluation_id);
  const items = indexItems(ev.content);
  const disputed = await repo.itemsOf(db, id);
  const disputedKeys = new Set(disputed.map((i) => i.item_key));
  const seen = new Set<string>();
  const overrides: AnswersShape = {};
  const answers = JSON.parse(ev.final_answers) as AnswersShape;
  input.items.forEach((it, n) => {
    const item = items.get(it.itemKey);
    if (!item) throw ruleBroken('UNKNOWN_ITEM', `The form has no item ${it.itemKey}`, `items.${n}.itemKey`);
    if (d.scope === 'items' && !disputedKeys.has(it.itemKey))
      throw ruleBroken('ITEM_NOT_DISPUTED', `Item ${it.itemKey} was not disputed`, `items.${n}.itemKey`);
    if (seen.has(it.itemKey))
      throw ruleBroken('DUPLICATE_ITEM', `Item ${it.itemKey} is listed twice`, `items.${n}.itemKey`);
    seen.add(it.itemKey);
    if (it.outcome === 'change') {
      if (it.value === undefined)
        throw ruleBroken('VALUE_REQUIRED', 'Give the new answer for a changed item (null for N/A)', `items.${n}.value`);
      if (it.value === null && !item.allowNa)
        throw ruleBroken('NA_NOT_ALLOWED', `Item ${it.itemKey} cannot be N/A`, `items.${n}.value`);
      if (it.value !== null) checkValue(item, it.itemKey, it.value, `items.${n}.value`);
      if ((answers[it.itemKey]?.value ?? null) === it.value)
        throw ruleBroken(
          'NO_CHANGE',
          `Item ${it.itemKey} already has this answer; keep it instead`,
          `items.${n}.value`,
        );
      overrides[it.itemKey] = { ...answers[it.itemKey], value: it.value };
    }
  });
  const undecided = [...disputedKeys].find((k) => !seen.has(k));
  if (undecided)
    throw ruleBroken(
      'DECISION_INCOMPLETE',
      `Keep or change every disputed item: ${undecided} has no decision`,
      'items',
    );

  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    const claimed = await repo.claimOpen(trx, id, {
      status: 'decided',
      decided_by: actor.userId,
      decided_at: at,
      decision_note: input.note,
      version: d.version + 1,
      updated_at: at,
    });
    if (!claimed) throw conflict('DISPUTE_DECIDED', 'This dispute has already been decided');
    let finalScore = Number(ev.final_score);
    if (Object.keys(overrides).length) {
      finalScore = (await applyFinalResult(trx, ev.id, overrides, actor, `dispute ${id}: ${input.note}`)).finalScore;
      await trackProblems(trx, await repo.evaluationRow(trx, ev.id));
    }
    await repo.updateDispute(trx, id, { final_score: finalScore });
    for (const it of input.items) {
      const values = {
        outcome: it.outcome === 'change' ? 'changed' : 'kept',
        final_value: it.outcome === 'change' ? (it.value ?? null) : (answers[it.itemKey]?.value ?? null),
        decision_reason: it.reason,
      };
      if (disputedKeys.has(it.itemKey)) await repo.updateItem(trx, id, it.itemKey, values);
      else {
        await repo.insertItems(trx, [
          {
            id: newId(),
            dispute_id: id,
            item_key: it.itemKey,
            item_label: items.get(it.itemKey)!.label,
            original_value: answers[it.itemKey]?.value ?? null,
            proposed_value: null,
            agent_reason: null,
            ...values,
          },
        ]);
      }
    }
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'qa_dispute',
      entityId: id,
      reason: input.note,
      oldValue: { status: 'open', score: Number(ev.final_score) },
      newValue: { status: 'decided', finalScore, items: input.items },
    });
    // The reviewer's home item is done; the agent's (read the answer) opens the same dispute page.
    await settleNotices(trx, [disputeLink(id)]);
    await notify(trx, {
      employeeIds: [d.agent_id],
      kind: 'quality_dispute_decided',
      params: { day: ev.day, before: Number(ev.final_score), after: finalScore },
      link: disputeLink(id),
    });
    await disputeDecided(trx, actor, {
      disputeId: id,
      evaluationId: ev.id,
      agentId: d.agent_id,
      day: ev.day,
      before: Number(ev.final_score),
      after: finalScore,
    });
  });
}
