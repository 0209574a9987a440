import type { z } from 'zod';
import type { Boost, BoostQuery } from '../../../../common/drills-errors.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { nowIso } from '../../../lib/clock.js';
import { AppError } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { reviewAttempt } from '../../exams/attempts/attempts.results.js';
import { loadOwnAttempt } from '../../exams/attempts/attempts.service.js';
import type { WrongAnswers } from '../../exams/grading/wrong-answers.hooks.js';
import { getEvaluation } from '../../quality/evaluations/evaluations.service.js';
import type { FailedItems } from '../../quality/summary/failed-items.hooks.js';
import { boostDue } from '../shared/states.js';
import * as repo from './errors.repo.js';
import { cardDto } from './links.service.js';

// Errors drive practice (issue 20 item 3, SPEC §5): the cards linked to a scorecard item an agent
// failed, and the cards of a knowledge point an examinee got wrong, become due today for that
// person (shared/states.ts boostDue: a card due later comes forward, an overdue one stays
// overdue). Each boost is logged with its evaluation or attempt and its cause, so the feedback
// view and practice can say why.
//
// Both listeners run inside the transaction of the caller (saving an evaluation, deciding a
// dispute, handing in an exam): a boost exists exactly when the result behind it was saved. They
// never throw on data — an archived or unlinked card is skipped, not refused — so the only error
// they can meet is a database one, which the caller's own writes would meet too; catching it here
// could not help anyway, since on PostgreSQL a failed statement aborts the whole transaction.
//
// A dispute that re-scores an evaluation announces its failed items again: an item still failed
// boosts nothing twice (the log has it), an item newly failed boosts its cards, and an item the
// dispute passed takes nothing back — a card already made due stays due (practising it once more
// does no harm, and its review history is the agent's own).

async function boost(
  trx: Db,
  o: { employeeId: string; reason: 'qa_error' | 'exam_error'; sourceId: string },
  causes: { cause: string; label: string; cardIds: string[] }[],
) {
  const at = nowIso();
  for (const c of causes) {
    const logged = new Set(await repo.loggedCards(trx, o.sourceId, c.cause));
    const fresh = [...new Set(c.cardIds)].filter((id) => !logged.has(id));
    if (!fresh.length) continue;
    const made = await boostDue(trx, { employeeId: o.employeeId, cardIds: fresh, reason: o.reason, ref: o.sourceId });
    await repo.logBoosts(
      trx,
      made.map((card_id) => ({
        id: newId(),
        employee_id: o.employeeId,
        card_id,
        reason: o.reason,
        source_id: o.sourceId,
        cause: c.cause,
        cause_label: c.label,
        boosted_at: at,
      })),
    );
  }
}

/** Listener of quality's failed items (failed-items.hooks.ts). */
export async function boostFailedItems(trx: Db, f: FailedItems) {
  const links = await repo.activeLinks(
    trx,
    f.formId,
    f.items.map((i) => i.key),
  );
  if (!links.length) return;
  await boost(
    trx,
    { employeeId: f.agentId, reason: 'qa_error', sourceId: f.evaluationId },
    f.items.map((i) => ({
      cause: i.key,
      label: i.label,
      cardIds: links.filter((l) => l.item_key === i.key).map((l) => l.card_id),
    })),
  );
}

/** Listener of exams' wrong answers (wrong-answers.hooks.ts). */
export async function boostWrongAnswers(trx: Db, w: WrongAnswers) {
  const cards = await repo.activeCardsOfPoints(trx, w.knowledgePoints);
  if (!cards.length) return;
  await boost(
    trx,
    { employeeId: w.employeeId, reason: 'exam_error', sourceId: w.attemptId },
    w.knowledgePoints.map((kp) => ({
      cause: kp,
      label: kp,
      cardIds: cards.filter((c) => c.knowledge_point === kp).map((c) => c.id),
    })),
  );
}

/** What an evaluation or an exam attempt sent to practice: for whoever may see that evaluation
 *  (quality's own rule) or that attempt (the examinee, and staff who may see their results). */
export async function boostsOf(db: Db, actor: Actor, q: z.output<typeof BoostQuery>): Promise<Boost[]> {
  if (q.evaluationId)
    await getEvaluation(db, actor, q.evaluationId); // 404 when out of sight
  else await requireAttemptInSight(db, actor, q.attemptId!);
  const rows = q.evaluationId
    ? await repo.boostsOfSource(db, q.evaluationId, 'qa_error')
    : await repo.boostsOfSource(db, q.attemptId!, 'exam_error');
  const cards = new Map(
    (await repo.cardsByIds(db, [...new Set(rows.map((r) => r.card_id))])).map((c) => [c.id, cardDto(c)]),
  );
  return rows
    .filter((r) => cards.has(r.card_id))
    .map((r) => ({
      employeeId: r.employee_id,
      card: cards.get(r.card_id)!,
      reason: r.reason as Boost['reason'],
      sourceId: r.source_id,
      cause: r.cause,
      causeLabel: r.cause_label,
      boostedAt: r.boosted_at,
    }));
}

async function requireAttemptInSight(db: Db, actor: Actor, attemptId: string) {
  try {
    await loadOwnAttempt(db, actor, attemptId);
  } catch (err) {
    if (!(err instanceof AppError && err.statusCode === 404)) throw err;
    await reviewAttempt(db, actor, attemptId); // 404 when it is not theirs to see either
  }
}
