import type { z } from 'zod';
import { hasPermission } from '../../../../common/permissions.js';
import type {
  CalibrationCreate,
  CalibrationInteractionShape,
  CalibrationListQuery,
} from '../../../../common/quality-calibration.js';
import type { AnswersShape, ScorecardContentShape } from '../../../../common/quality.js';
import { type ItemResult } from '../../../../common/quality-scoring.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { badRequest, forbidden, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';
import { notify } from '../../../lib/notify.js';
import { calibrationLink } from '../work/links.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { getSetting } from '../../../lib/settings.js';
import { getInteraction } from '../../interactions/records/records.service.js';
import { ownReport, type CalibrationView } from './calibration.view.js';
import * as repo from './calibration.repo.js';
import { buildReport } from './calibration.report.js';
import { publishedVersionOf } from '../forms/forms.service.js';

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
// Scoring, closing and the consensus are in calibration.scoring.ts.

const SEES_ALL_SESSIONS = (actor: Actor) => hasPermission(actor.roles, 'quality.lead') || actor.roles.includes('hr');
const mayEvaluate = (roles: string[]) => hasPermission(roles as Actor['roles'], 'quality.evaluate');

export const parse = <T>(json: string) => JSON.parse(json) as T;

export async function loadSession(db: Db, id: string) {
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
export async function visibleSession(db: Db, actor: Actor, id: string) {
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
      link: calibrationLink(id),
      exceptUserIds: [actor.userId],
    });
  });
  return getSession(db, actor, id);
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
