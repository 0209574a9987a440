import type { z } from 'zod';
import type { EvaluationCreate, EvaluationListQuery } from '../../../../common/quality-forms.js';
import type { AnswersShape, ScorecardContentShape } from '../../../../common/quality.js';
import { scoreEvaluation, type ScoreResult } from '../../../../common/quality-scoring.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { requireInScope } from '../../../lib/access.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';
import { requireInteraction, viewerOf } from './evaluations.access.js';
import { detailDto, interactionFacts, rowDto } from './evaluations.dto.js';
import * as repo from './evaluations.repo.js';
import { publishedVersionOf } from '../forms/forms.service.js';
import { acknowledgedAtOf, openFeedbackFor } from '../feedback/feedback.service.js';
import { assertMayScore } from '../oversight/oversight.service.js';
import { markSampleDone } from '../sampling/sampling.service.js';
import { marksOf } from '../fitness/fitness.marks.js';

// Evaluations (SPEC §8, issue 7 item 4): an evaluator scores an interaction (recording review or
// live) or a side-by-side session, on the published version of a form, with the one scoring
// function. An evaluation keeps the version it was scored on. Below the pass score or with a
// failed critical item an improvement suggestion is required. The original answers and score
// never change; a dispute decision writes the final result beside them (applyFinalResult).

type Input = z.output<typeof EvaluationCreate>;

/** Refuses answers the form cannot take, or an evaluation with nothing applicable: 422. */
export function assertScorable(result: ScoreResult, requireAll: boolean) {
  const problem = result.problems[0];
  if (problem) throw ruleBroken(problem.code, problem.message, `answers.${problem.key}`);
  if (requireAll && result.missing.length)
    throw ruleBroken(
      'ANSWER_MISSING',
      `Answer every item (N/A where it does not apply): ${result.missing.join(', ')}`,
      `answers.${result.missing[0]}`,
    );
  if (result.score === null)
    throw ruleBroken('NOTHING_TO_SCORE', 'Every item is N/A: there is nothing to score', 'answers');
}

/** Who, when and what business: from the interaction, or given for a session without one. */
async function subjectOf(db: Db, actor: Actor, input: Input) {
  if (input.interactionId) {
    const i = await requireInteraction(db, actor, input.interactionId);
    if (input.agentId && input.agentId !== i.agent_id)
      throw ruleBroken('AGENT_MISMATCH', 'This interaction belongs to another agent', 'agentId');
    return { interactionId: i.id, agentId: i.agent_id, day: i.day, businessType: i.business_type };
  }
  if (input.method === 'recording')
    throw ruleBroken('INTERACTION_REQUIRED', 'A recording review needs the interaction it reviews', 'interactionId');
  if (!input.agentId) throw ruleBroken('AGENT_REQUIRED', 'Name the agent observed (or the interaction)', 'agentId');
  const today = await todayInCenter(db);
  const day = input.day ?? today;
  if (day > today) throw ruleBroken('DAY_IN_FUTURE', 'A session cannot be scored before it happens', 'day');
  return { interactionId: null, agentId: input.agentId, day, businessType: input.businessType ?? null };
}

async function assertSuggestion(db: Db, input: Input, agentId: string, result: ScoreResult) {
  const s = input.suggestion;
  if (!result.passed && !s) {
    throw ruleBroken(
      'SUGGESTION_REQUIRED',
      'Below the pass score or with a failed critical item, give an improvement suggestion (retraining, sitting beside a strong agent, trainer review)',
      'suggestion',
    );
  }
  if (s?.kind === 'sit_beside') {
    if (!s.employeeId)
      throw ruleBroken('STRONG_AGENT_REQUIRED', 'Name the strong agent to sit beside', 'suggestion.employeeId');
    if (s.employeeId === agentId)
      throw ruleBroken('STRONG_AGENT_INVALID', 'The agent cannot sit beside themselves', 'suggestion.employeeId');
    if (!(await repo.findAgent(db, s.employeeId)))
      throw ruleBroken('STRONG_AGENT_INVALID', 'No such employee to sit beside', 'suggestion.employeeId');
  }
}

export async function createEvaluation(db: Db, actor: Actor, input: Input) {
  try {
    return await saveEvaluation(db, actor, input);
  } catch (err) {
    // Two submits of the same scoring at once: the unique index lets one through.
    const e = err as { constraint?: string; message?: string };
    const ours =
      e.constraint === 'qa_evaluations_interaction_uq' || /qa_evaluations\.interaction_id/.test(e.message ?? '');
    if (isUniqueViolation(err) && ours)
      throw conflict('ALREADY_SCORED', 'You have already scored this interaction', 'interactionId');
    throw err;
  }
}

async function saveEvaluation(db: Db, actor: Actor, input: Input) {
  return db.transaction().execute(async (trx) => {
    await assertMayScore(trx, actor.userId);
    const { form, version } = await publishedVersionOf(trx, input.formId);
    const subject = await subjectOf(trx, actor, input);
    const agent = await repo.findAgent(trx, subject.agentId);
    if (!agent) throw notFound('Agent');
    if (actor.employeeId && agent.id === actor.employeeId)
      throw ruleBroken('SELF_EVALUATION', 'Nobody scores their own work', 'agentId');
    if (subject.interactionId && (await repo.scoredBy(trx, actor.userId, subject.interactionId))) {
      throw conflict('ALREADY_SCORED', 'You have already scored this interaction', 'interactionId');
    }
    const content = JSON.parse(version.content) as ScorecardContentShape;
    const result = scoreEvaluation(content, input.answers, version.pass_score);
    assertScorable(result, true);
    await assertSuggestion(trx, input, agent.id, result);

    const id = newId();
    const at = nowIso();
    const answers = JSON.stringify(input.answers);
    const items = JSON.stringify(result.items);
    const row = {
      id,
      form_version_id: version.id,
      form_id: form.id,
      interaction_id: subject.interactionId,
      agent_id: agent.id,
      evaluator_user_id: actor.userId,
      method: input.method,
      sample_id: input.sampleId ?? null,
      answers,
      items,
      score: result.score!,
      final_answers: answers,
      final_items: items,
      final_score: result.score!,
      passed: result.passed ? 1 : 0,
      critical_failure: result.criticalFailure,
      comment: input.comment ?? null,
      suggestion_kind: input.suggestion?.kind ?? null,
      suggestion_employee_id: input.suggestion?.kind === 'sit_beside' ? (input.suggestion.employeeId ?? null) : null,
      suggestion_note: input.suggestion?.note ?? null,
      agent_status: agent.status,
      business_type: subject.businessType,
      day: subject.day,
      scored_at: at,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertEvaluation(trx, row);
    if (input.sampleId) await markSampleDone(trx, input.sampleId, id);
    await openFeedbackFor(trx, row); // part D: the feedback task and its working-day deadline
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'qa_evaluation',
      entityId: id,
      newValue: {
        agentId: agent.id,
        formVersionId: version.id,
        score: result.score,
        passed: result.passed,
        criticalFailure: result.criticalFailure,
      },
    });
    return { id, score: result.score!, passed: result.passed, criticalFailure: result.criticalFailure };
  });
}

/**
 * A dispute decision (part D): changes some answers of an evaluation and recomputes its final
 * result with the same scoring function and the version it was scored on. The original answers,
 * items and score stay as they were; the audit log keeps the old and new final result.
 */
export async function applyFinalResult(
  trx: Db,
  evaluationId: string,
  overrides: AnswersShape,
  actor: Pick<Actor, 'userId' | 'name'>,
  reason: string,
) {
  const ev = await repo.findEvaluation(trx, evaluationId);
  if (!ev) throw notFound('Evaluation');
  const version = await repo.formVersionContent(trx, ev.form_version_id);
  const answers: AnswersShape = { ...(JSON.parse(ev.final_answers) as AnswersShape), ...overrides };
  const result = scoreEvaluation(JSON.parse(version.content) as ScorecardContentShape, answers, version.pass_score);
  assertScorable(result, true);
  const changes = {
    final_answers: JSON.stringify(answers),
    final_items: JSON.stringify(result.items),
    final_score: result.score!,
    passed: result.passed ? 1 : 0,
    critical_failure: result.criticalFailure,
    updated_at: nowIso(),
  };
  if (!(await repo.updateEvaluation(trx, evaluationId, ev.version, changes))) {
    throw conflict('STALE_VERSION', 'The evaluation changed meanwhile; reload it', 'version');
  }
  await recordAudit(trx, actor, {
    action: 'update',
    entity: 'qa_evaluation',
    entityId: evaluationId,
    reason,
    oldValue: {
      finalScore: ev.final_score,
      passed: ev.passed === 1,
      criticalFailure: ev.critical_failure,
      answers: Object.fromEntries(
        Object.keys(overrides).map((k) => [k, (JSON.parse(ev.final_answers) as AnswersShape)[k] ?? null]),
      ),
    },
    newValue: {
      finalScore: result.score,
      passed: result.passed,
      criticalFailure: result.criticalFailure,
      answers: overrides,
    },
  });
  return { finalScore: result.score!, passed: result.passed, criticalFailure: result.criticalFailure };
}

export async function listEvaluations(db: Db, actor: Actor, q: z.output<typeof EvaluationListQuery>) {
  const filter = { ...q, agentId: q.mine ? (actor.employeeId ?? '-') : q.agentId };
  const { rows, total } = await repo.listEvaluations(db, viewerOf(actor), filter);
  const [acknowledged, marks] = await Promise.all([
    acknowledgedAtOf(
      db,
      rows.map((r) => r.id),
    ),
    marksOf(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  return { items: rows.map((r) => rowDto(r, acknowledged.get(r.id) ?? null, marks.get(r.id) ?? null)), total };
}

export async function getEvaluation(db: Db, actor: Actor, id: string) {
  const viewer = viewerOf(actor);
  // Out of sight answers like none at all (lib/access.ts): findVisible applies the scope.
  const row = requireInScope(await repo.findVisible(db, viewer, id), true, 'Evaluation');
  const interaction = row.interaction_id ? await repo.findInteraction(db, row.interaction_id) : null;
  const strong = row.suggestion_employee_id ? await repo.findAgent(db, row.suggestion_employee_id) : null;
  const facts = interaction
    ? interactionFacts(interaction, await repo.evaluationsOfInteraction(db, viewer, interaction.id))
    : null;
  const [acknowledged, marks] = await Promise.all([acknowledgedAtOf(db, [row.id]), marksOf(db, [row.id])]);
  return detailDto(row, acknowledged.get(row.id) ?? null, facts, strong?.name ?? null, marks.get(row.id) ?? null);
}

/** The interaction an evaluator is about to score: facts, recording or transcript link, agent. */
export async function interactionContext(db: Db, actor: Actor, id: string) {
  const row = await requireInteraction(db, actor, id);
  return interactionFacts(row, await repo.evaluationsOfInteraction(db, viewerOf(actor), id));
}

export const searchAgents = (db: Db, q?: string) => repo.searchAgents(db, q || undefined, 20);
