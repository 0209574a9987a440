import type { Linkable, PeriodInstance, RecordLink } from '../../../../common/careers-routines.js';
import { EvaluationListQuery } from '../../../../common/quality-forms.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { addDays } from '../../../lib/clock.js';
import { AppError, ruleBroken } from '../../../lib/errors.js';
import { identities, identity } from '../../people/identity.service.js';
import { getEvaluation, listEvaluations } from '../../quality/evaluations/evaluations.service.js';
import { feedbackOf, listFeedback } from '../../quality/feedback/feedback.service.js';
import type { Lead } from './lead.js';
import * as repo from './routines.repo.js';

// The records a tick may link, read through their owners' services (quality's evaluation and
// feedback reads apply the actor's scope themselves): a meeting must be the lead's own and held
// inside the tick's period; a QA evaluation, or the feedback given on one, must exist and be of
// someone in the lead's team. The link's id for `feedback` is the evaluation the feedback was
// given on (quality keeps one feedback per evaluation).

const LINKABLE_DAYS = 45;
const notFoundLink = (kind: string) =>
  ruleBroken('ROUTINE_LINK_NOT_FOUND', `No ${kind} with this id that you may link`, 'link.id');
const otherTeam = () =>
  ruleBroken('ROUTINE_LINK_OTHER_TEAM', 'The linked record is not about someone in your team', 'link.id');

async function orNotFound<T>(kind: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof AppError && err.statusCode === 404) throw notFoundLink(kind);
    throw err;
  }
}

const short = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** Checks a link for a tick of this lead in this period instance; returns the label kept with the tick. */
export async function checkLink(
  db: Db,
  actor: Actor,
  lead: Lead,
  link: RecordLink,
  instance: PeriodInstance,
): Promise<string> {
  if (link.kind === 'meeting') {
    const m = await repo.findMeeting(db, link.id);
    if (!m || m.employee_id !== lead.employeeId) throw notFoundLink('meeting');
    if (m.day < instance.start || m.day > instance.end)
      throw ruleBroken(
        'ROUTINE_LINK_OUTSIDE_PERIOD',
        `The meeting of ${m.day} is not in this period (${instance.start}…${instance.end})`,
        'link.id',
      );
    return `${m.day} · ${short(m.topics)}`;
  }
  if (link.kind === 'evaluation') {
    const ev = await orNotFound('evaluation', () => getEvaluation(db, actor, link.id));
    if ((await identity(db, ev.agentId))?.teamId !== lead.teamId) throw otherTeam();
    return `${ev.day} · ${ev.agentName} · ${ev.finalScore}`;
  }
  const fb = await orNotFound('feedback', () => feedbackOf(db, actor, link.id));
  if ((await identity(db, fb.agentId))?.teamId !== lead.teamId) throw otherTeam();
  if (fb.status !== 'given')
    throw ruleBroken('ROUTINE_FEEDBACK_NOT_GIVEN', 'The feedback on this evaluation has not been given yet', 'link.id');
  return `${fb.givenOn ?? fb.day} · ${fb.agentName}`;
}

/** Recent records of this kind the lead may link (their team's, last 45 days), newest first. */
export async function linkable(db: Db, actor: Actor, lead: Lead, kind: RecordLink['kind']): Promise<Linkable[]> {
  const from = addDays(lead.today, -LINKABLE_DAYS);
  if (kind === 'meeting')
    return (await repo.meetingsOf(db, lead.employeeId, from)).map((m) => ({
      kind,
      id: m.id,
      day: m.day,
      label: short(m.topics),
    }));
  const rows =
    kind === 'evaluation'
      ? (await listEvaluations(db, actor, EvaluationListQuery.parse({ from, pageSize: 200 }))).items.map((e) => ({
          id: e.id,
          agentId: e.agentId,
          day: e.day,
          label: `${e.agentName} · ${e.finalScore}`,
        }))
      : (await listFeedback(db, actor, { view: 'all', state: 'given', page: 1, pageSize: 200 })).rows
          .filter((f) => (f.givenOn ?? f.day) >= from)
          .map((f) => ({ id: f.evaluationId, agentId: f.agentId, day: f.givenOn ?? f.day, label: f.agentName }));
  const people = await identities(
    db,
    rows.map((r) => r.agentId),
  );
  return rows
    .filter((r) => people.get(r.agentId)?.teamId === lead.teamId)
    .map((r) => ({ kind, id: r.id, day: r.day, label: r.label }))
    .sort((a, b) => b.day.localeCompare(a.day));
}
