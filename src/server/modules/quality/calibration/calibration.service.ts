import type { z } from 'zod';
import { hasPermission } from '../../../../common/permissions.js';
import type {
  CalibrationCreate,
  CalibrationInteractionShape,
  CalibrationListQuery,
  CalibrationScoreInput,
  ConsensusInput,
} from '../../../../common/quality-calibration.js';
import type { AnswersShape, ScorecardContentShape } from '../../../../common/quality.js';
import { scoreEvaluation, type ItemResult } from '../../../../common/quality-scoring.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { badRequest, conflict, forbidden, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';
import { notify } from '../../../lib/notify.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { getSetting } from '../../../lib/settings.js';
import { getInteraction } from '../../interactions/records/records.service.js';
import { buildReport } from './calibration.report.js';
import { ownReport, type CalibrationView } from './calibration.view.js';
import * as repo from './calibration.repo.js';
import { publishedVersionOf } from '../forms/forms.service.js';
import { checkFitness } from '../fitness/fitness.service.js';

// Calibration sessions (SPEC §8 "Calibration", issue 7 item 8). The rules:
//  - A QA lead (quality.lead) creates a session on a form's published version with one or more
//    interactions and two or more invited evaluators (users who may evaluate), and facilitates it.
//  - Scoring is blind: until the facilitator closes scoring, every caller — the facilitator
//    included — sees only their own scores; others' scores and the consensus are never sent.
//  - After closing, the facilitator sets the consensus per interaction and the report opens.
//    QA leads, HR, admins and the facilitator see everyone's scores by name; an invited evaluator
//    sees their own scores and deviation, the consensus and anonymous aggregates (calibration.view.ts).
//  - A user whose role has no part in calibration (an agent, a trainer) gets 403; an evaluator
//    who is not in a session gets 404, as for a session that does not exist.

const SEES_ALL_SESSIONS = (actor: Actor) => hasPermission(actor.roles, 'quality.lead') || actor.roles.includes('hr');
const mayEvaluate = (roles: string[]) => hasPermission(roles as Actor['roles'], 'quality.evaluate');

const parse = <T>(json: string) => JSON.parse(json) as T;

async function loadSession(db: Db, id: string) {
  const s = await repo.findSession(db, id);
  if (!s) throw notFound('Calibration session');
  return s;
}

function assertCalibrationRole(actor: Actor) {
  if (!SEES_ALL_SESSIONS(actor) && !mayEvaluate(actor.roles))
    throw forbidden('Calibration sessions are for evaluators and QA leads');
}

/** The session if the actor may see it, and which view they get. A role outside calibration gets
 *  403 before anything is loaded; an evaluator outside the session 404, so neither learns it exists. */
async function visibleSession(db: Db, actor: Actor, id: string) {
  assertCalibrationRole(actor);
  const s = await loadSession(db, id);
  const participant = await repo.isParticipant(db, id, actor.userId);
  const facilitator = s.facilitator_user_id === actor.userId;
  if (!participant && !facilitator && !SEES_ALL_SESSIONS(actor)) throw notFound('Calibration session');
  const view: CalibrationView = facilitator || SEES_ALL_SESSIONS(actor) ? 'full' : 'own';
  return { s, participant, facilitator, view };
}

const summaryDto = (s: repo.SessionRow) => ({
  id: s.id,
  title: s.title,
  formId: s.form_id,
  formName: s.form_name,
  formVersionId: s.form_version_id,
  formVersion: s.form_version,
  facilitatorUserId: s.facilitator_user_id,
  facilitatorName: s.facilitator_name,
  day: s.day,
  status: s.status as 'open' | 'closed',
  interactionCount: parse<unknown[]>(s.interactions).length,
  evaluators: Number(s.evaluators ?? 0),
  submitted: Number(s.submitted ?? 0),
  closedAt: s.closed_at,
  createdAt: s.created_at,
});

const scoreDto = (r: repo.ScoreRow) => ({
  interactionId: r.interaction_id,
  userId: r.user_id,
  userName: r.user_name,
  answers: parse<AnswersShape>(r.answers),
  items: parse<Record<string, ItemResult>>(r.items),
  score: r.score,
  criticalFailure: r.critical_failure,
  comment: r.comment,
  updatedAt: r.updated_at,
});

export async function listSessions(db: Db, actor: Actor, q: z.output<typeof CalibrationListQuery>) {
  assertCalibrationRole(actor);
  const { rows, total } = await repo.listSessions(db, {
    onlyFor: SEES_ALL_SESSIONS(actor) ? undefined : actor.userId,
    status: q.status,
    page: q.page,
    pageSize: q.pageSize,
  });
  return { items: rows.map(summaryDto), total };
}

export async function getSession(db: Db, actor: Actor, id: string) {
  const { s, participant, facilitator, view } = await visibleSession(db, actor, id);
  const closed = s.status === 'closed';
  const [people, scores, consensus] = await Promise.all([
    repo.participants(db, id),
    // Everyone's scores only once closed, and only in the full view.
    repo.scores(db, id, closed && view === 'full' ? undefined : actor.userId),
    closed ? repo.consensus(db, id) : Promise.resolve([]),
  ]);
  return {
    ...summaryDto(s),
    notes: s.notes,
    interactions: parse<CalibrationInteractionShape[]>(s.interactions),
    content: parse<ScorecardContentShape>(s.content),
    passScore: s.pass_score,
    participants: people.map((p) => ({ userId: p.user_id, name: p.name, scored: Number(p.scored ?? 0) })),
    isFacilitator: facilitator,
    isParticipant: participant,
    view,
    scores: scores.map(scoreDto),
    consensus: consensus.map((c) => ({
      interactionId: c.interaction_id,
      answers: parse<AnswersShape>(c.answers),
      items: parse<Record<string, ItemResult>>(c.items),
      score: c.score,
      criticalFailure: c.critical_failure,
    })),
    version: s.version,
  };
}

export async function createSession(db: Db, actor: Actor, input: z.output<typeof CalibrationCreate>) {
  const { form, version } = await publishedVersionOf(db, input.formId);
  // Interactions the facilitator may see; their facts are copied in for the evaluators.
  const interactions: CalibrationInteractionShape[] = [];
  for (const [i, interactionId] of input.interactionIds.entries()) {
    const it = await getInteraction(db, actor, interactionId).catch((err) => {
      if (err?.statusCode === 404)
        throw badRequest('UNKNOWN_INTERACTION', `interactionIds.${i}: no such interaction`, `interactionIds.${i}`);
      throw err;
    });
    interactions.push({
      id: it.id,
      day: it.day,
      startedAt: it.startedAt,
      direction: it.direction,
      channel: it.channel,
      businessType: it.businessType,
      talkSeconds: it.talkSeconds,
      recordingUrl: it.recordingUrl,
      transcriptUrl: it.transcriptUrl,
    });
  }
  const users = await repo.usersWithRoles(db, input.evaluatorUserIds);
  for (const [i, uid] of input.evaluatorUserIds.entries()) {
    const rows = users.filter((u) => u.id === uid);
    const field = `evaluatorUserIds.${i}`;
    if (!rows.length) throw badRequest('UNKNOWN_USER', `${field}: no such user`, field);
    if (rows[0].disabled) throw ruleBroken('USER_DISABLED', `${field}: ${rows[0].display_name} is disabled`, field);
    if (!mayEvaluate(rows.map((r) => r.role).filter((r): r is string => !!r)))
      throw ruleBroken('NOT_AN_EVALUATOR', `${field}: ${rows[0].display_name} may not evaluate`, field);
  }
  const id = newId();
  const at = nowIso();
  const day = input.day ?? (await todayInCenter(db));
  await db.transaction().execute(async (trx) => {
    await repo.insertSession(trx, {
      id,
      title: input.title,
      form_id: form.id,
      form_version_id: version.id,
      facilitator_user_id: actor.userId,
      interactions: JSON.stringify(interactions),
      day,
      status: 'open',
      notes: input.notes ?? null,
      closed_at: null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await repo.insertParticipants(trx, id, input.evaluatorUserIds, at);
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'qa_calibration_session',
      entityId: id,
      newValue: {
        title: input.title,
        formVersionId: version.id,
        interactionIds: input.interactionIds,
        evaluatorUserIds: input.evaluatorUserIds,
        day,
      },
    });
    await notify(trx, {
      userIds: input.evaluatorUserIds,
      kind: 'quality_calibration_invited',
      params: { title: input.title, day },
      link: `/quality/calibrations/${id}`,
      exceptUserIds: [actor.userId],
    });
  });
  return getSession(db, actor, id);
}

/** Scores answers on the session's form version; a calibration score must answer every item. */
function scoreAnswers(s: repo.SessionRow, answers: AnswersShape) {
  const r = scoreEvaluation(parse<ScorecardContentShape>(s.content), answers, s.pass_score);
  const problem = r.problems[0];
  if (problem)
    throw badRequest('INVALID_ANSWER', `answers.${problem.key}: ${problem.message}`, `answers.${problem.key}`);
  if (r.missing.length)
    throw badRequest(
      'ANSWER_MISSING',
      `answers.${r.missing[0]}: every item must be answered`,
      `answers.${r.missing[0]}`,
    );
  if (r.score === null)
    throw ruleBroken('NOTHING_APPLICABLE', 'Every item is N/A: there is nothing to score', 'answers');
  return { ...r, score: r.score };
}

function assertInSession(s: repo.SessionRow, interactionId: string) {
  if (!parse<CalibrationInteractionShape[]>(s.interactions).some((i) => i.id === interactionId)) {
    throw badRequest('NOT_IN_SESSION', 'interactionId: this interaction is not part of the session', 'interactionId');
  }
}

// A paused evaluator may still take part: recalibration is how they come back (SPEC §8).
export async function submitScore(db: Db, actor: Actor, id: string, input: z.output<typeof CalibrationScoreInput>) {
  const { s, participant } = await visibleSession(db, actor, id);
  if (!participant) throw forbidden('Only the evaluators invited to this session score it');
  if (s.status !== 'open') throw ruleBroken('CALIBRATION_CLOSED', 'Scoring of this session is closed');
  assertInSession(s, input.interactionId);
  const r = scoreAnswers(s, input.answers);
  const at = nowIso();
  const values = {
    answers: JSON.stringify(input.answers),
    items: JSON.stringify(r.items),
    score: r.score,
    critical_failure: r.criticalFailure,
    comment: input.comment ?? null,
    updated_at: at,
  };
  await db.transaction().execute(async (trx) => {
    const before = await repo.findScore(trx, id, input.interactionId, actor.userId);
    if (before) {
      const res = await repo.updateScore(trx, before.id, before.version, values);
      if (Number(res.numUpdatedRows) !== 1)
        throw conflict('STALE_VERSION', 'This score was changed meanwhile; reload and try again');
      await recordAudit(trx, actor, {
        action: 'update',
        entity: 'qa_calibration_score',
        entityId: before.id,
        oldValue: { score: before.score, answers: parse(before.answers) },
        newValue: { score: r.score, answers: input.answers },
      });
    } else {
      const scoreId = newId();
      await repo
        .insertScore(trx, {
          id: scoreId,
          session_id: id,
          interaction_id: input.interactionId,
          user_id: actor.userId,
          ...values,
          version: 1,
          created_at: at,
        })
        .catch((err) => {
          throw isUniqueViolation(err)
            ? conflict('ALREADY_SCORED', 'You scored this interaction meanwhile; reload and try again')
            : err;
        });
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'qa_calibration_score',
        entityId: scoreId,
        newValue: { sessionId: id, interactionId: input.interactionId, score: r.score },
      });
    }
  });
  return { interactionId: input.interactionId, score: r.score, criticalFailure: r.criticalFailure };
}

async function asFacilitator(db: Db, actor: Actor, id: string) {
  const s = await loadSession(db, id);
  if (s.facilitator_user_id !== actor.userId && !actor.roles.includes('admin'))
    throw forbidden('Only the session’s facilitator may do this');
  return s;
}

export async function closeScoring(db: Db, actor: Actor, id: string) {
  const s = await asFacilitator(db, actor, id);
  if (s.status !== 'open') throw ruleBroken('CALIBRATION_CLOSED', 'Scoring of this session is already closed');
  const scorers = new Set((await repo.scores(db, id)).map((r) => r.user_id));
  if (scorers.size < 2)
    throw ruleBroken('CALIBRATION_TOO_FEW_SCORES', 'At least two evaluators must have scored before scoring can close');
  await db.transaction().execute(async (trx) => {
    if (!(await repo.closeSession(trx, id, nowIso())))
      throw conflict('CALIBRATION_CLOSED', 'The session was closed meanwhile');
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'qa_calibration_session',
      entityId: id,
      oldValue: { status: 'open' },
      newValue: { status: 'closed', evaluatorsScored: scorers.size },
    });
    await notify(trx, {
      userIds: (await repo.participants(trx, id)).map((p) => p.user_id),
      kind: 'quality_calibration_closed',
      params: { title: s.title },
      link: `/quality/calibrations/${id}`,
      exceptUserIds: [actor.userId],
    });
  });
  return getSession(db, actor, id);
}

export async function setConsensus(db: Db, actor: Actor, id: string, input: z.output<typeof ConsensusInput>) {
  const s = await asFacilitator(db, actor, id);
  // Set after scoring closes, so no evaluator can have scored with the answer in sight.
  if (s.status !== 'closed') throw ruleBroken('CALIBRATION_OPEN', 'Close scoring before setting the consensus');
  assertInSession(s, input.interactionId);
  const r = scoreAnswers(s, input.answers);
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    const before = (await repo.consensus(trx, id)).find((c) => c.interaction_id === input.interactionId);
    await repo.upsertConsensus(trx, {
      session_id: id,
      interaction_id: input.interactionId,
      answers: JSON.stringify(input.answers),
      items: JSON.stringify(r.items),
      score: r.score,
      critical_failure: r.criticalFailure,
      set_by: actor.userId,
      created_at: before?.created_at ?? at,
      updated_at: at,
    });
    await recordAudit(trx, actor, {
      action: before ? 'update' : 'create',
      entity: 'qa_calibration_consensus',
      entityId: `${id}:${input.interactionId}`,
      oldValue: before ? { score: before.score, answers: parse(before.answers) } : undefined,
      newValue: { score: r.score, answers: input.answers },
      reason: input.reason ?? null,
    });
  });
  // A consensus is when deviations become known: an evaluator it puts past the fitness threshold is flagged.
  await checkFitness(
    db,
    actor,
    (await repo.scores(db, id)).filter((x) => x.interaction_id === input.interactionId).map((x) => x.user_id),
  );
  return { interactionId: input.interactionId, score: r.score, criticalFailure: r.criticalFailure };
}

export async function getReport(db: Db, actor: Actor, id: string) {
  const { s, view } = await visibleSession(db, actor, id);
  if (s.status !== 'closed')
    throw ruleBroken('CALIBRATION_OPEN', 'The report opens when the facilitator closes scoring');
  const [scores, consensus, tolerance, minN] = await Promise.all([
    repo.scores(db, id),
    repo.consensus(db, id),
    getSetting(db, 'quality.calibration.tolerance'),
    getSetting(db, 'quality.calibration.agreementMinN'),
  ]);
  const report = {
    view: 'full' as const,
    ...buildReport({
      sessionId: id,
      content: parse<ScorecardContentShape>(s.content),
      tolerance,
      minN,
      interactionIds: parse<CalibrationInteractionShape[]>(s.interactions).map((i) => i.id),
      scores: scores.map((r) => ({
        interactionId: r.interaction_id,
        userId: r.user_id,
        name: r.user_name,
        answers: parse(r.answers),
        items: parse(r.items),
        score: r.score,
      })),
      consensus: consensus.map((c) => ({
        interactionId: c.interaction_id,
        answers: parse(c.answers),
        items: parse(c.items),
        score: c.score,
      })),
    }),
  };
  return view === 'full' ? report : ownReport(report, actor.userId);
}
