import type { z } from 'zod';
import type { AnswerValue, SurveyInput, SurveyQuestion } from '../../../../common/training-plans.js';
import { EXIT_STATUSES, ROLES } from '../../../../common/roles.js';
import type { Db } from '../../../db/connect.js';
import type { TrainingSurveyTable } from '../../../db/schema-training.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso, centerToday } from '../../../lib/clock.js';
import { cohortMemberIds } from '../plans/cohorts.service.js';
import { parseJson } from '../shared/store.js';
import { centerOffset } from '../../../lib/center-time.js';
import { employeesHolding, identities, people, teamLeads, teamsOf } from '../../people/identity.service.js';
import * as repo from './needs.repo.js';

// Training needs analysis (培训需求调研, SPEC §3). A survey goes to an audience — a cohort, a
// team or the holders of a role — and, unless told otherwise, to their supervisors: each
// member's direct supervisor and the team leads of their teams. A person who is both counts as
// a supervisor. Supervisors' answers are the organization's needs; the summary weighs them
// above individual wishes (needs.summary.ts).

type Question = z.output<typeof SurveyQuestion>;
type Answer = z.output<typeof AnswerValue>;

async function audienceOf(db: Db, kind: string, ref: string): Promise<string[]> {
  const current = async (ids: string[]) => {
    const who = await identities(db, ids);
    return ids.filter((id) => who.has(id) && !(EXIT_STATUSES as readonly string[]).includes(who.get(id)!.status));
  };
  if (kind === 'cohort') {
    const ids = await cohortMemberIds(db, [ref], 'audience.ref');
    if (!ids.length) return [];
    return current(ids);
  }
  if (kind === 'team') {
    if (!(await teamsOf(db, [ref])).size) throw ruleBroken('UNKNOWN_TEAM', 'No such team', 'audience.ref');
    return (await people(db, { scope: { kind: 'all' }, teamIds: [ref], current: true })).map((p) => p.id);
  }
  if (!(ROLES as readonly string[]).includes(ref)) throw ruleBroken('UNKNOWN_ROLE', 'No such role', 'audience.ref');
  return current([...new Set((await employeesHolding(db, [ref])).map((r) => r.employeeId))]);
}

async function supervisorsOf(db: Db, members: string[]) {
  if (!members.length) return [];
  const who = [...(await identities(db, members)).values()];
  const teams = [...new Set(who.map((p) => p.teamId))];
  const leads = await teamLeads(db, teams);
  const ids = new Set([
    ...who.map((p) => p.supervisorId).filter((s): s is string => !!s),
    ...leads.map((l) => l.employeeId),
  ]);
  if (!ids.size) return [];
  const alive = await identities(db, ids);
  return [...alive.values()].filter((p) => !(EXIT_STATUSES as readonly string[]).includes(p.status)).map((p) => p.id);
}

function checkQuestions(questions: Question[]) {
  const seen = new Set<string>();
  questions.forEach((q, i) => {
    if (seen.has(q.id))
      throw ruleBroken('DUPLICATE_QUESTION', `Question id ${q.id} is used twice`, `questions.${i}.id`);
    seen.add(q.id);
    if (q.kind === 'choice' && (q.options?.length ?? 0) < 2)
      throw ruleBroken('OPTIONS_REQUIRED', 'A choice question needs at least two options', `questions.${i}.options`);
    if (q.kind === 'choice' && new Set(q.options).size !== q.options!.length)
      throw ruleBroken('DUPLICATE_OPTION', 'Two options are the same', `questions.${i}.options`);
    if (q.kind !== 'choice' && q.options?.length)
      throw ruleBroken('OPTIONS_NOT_ALLOWED', 'Only a choice question has options', `questions.${i}.options`);
  });
}

export async function createSurvey(db: Db, actor: Actor, input: z.output<typeof SurveyInput>) {
  checkQuestions(input.questions);
  const members = await audienceOf(db, input.audience.kind, input.audience.ref);
  if (!members.length) throw ruleBroken('EMPTY_AUDIENCE', 'Nobody is in this audience', 'audience.ref');
  const supervisors = new Set(input.includeSupervisors ? await supervisorsOf(db, members) : []);
  const recipients = [
    ...[...supervisors].map((employee_id) => ({ employee_id, respondent_kind: 'supervisor' })),
    ...members
      .filter((m) => !supervisors.has(m))
      .map((employee_id) => ({ employee_id, respondent_kind: 'individual' })),
  ];
  const at = nowIso();
  const row = {
    id: newId(),
    title: input.title,
    description: input.description,
    audience_kind: input.audience.kind,
    audience_ref: input.audience.ref,
    questions: JSON.stringify(input.questions),
    status: 'open',
    closes_on: input.closesOn ?? null,
    created_by: actor.userId,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  await db.transaction().execute(async (trx) => {
    await repo.insertSurvey(trx, row);
    await repo.insertRecipients(
      trx,
      recipients.map((r) => ({ survey_id: row.id, ...r, answers: null, answered_at: null })),
    );
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'training_survey',
      entityId: row.id,
      newValue: { ...row, recipients: recipients.length },
    });
  });
  return row.id;
}

export async function findSurvey(db: Db, id: string) {
  const s = await repo.findSurvey(db, id);
  if (!s) throw notFound('Survey');
  return s;
}

async function toDtos(db: Db, surveys: TrainingSurveyTable[]) {
  if (!surveys.length) return [];
  const ids = surveys.map((s) => s.id);
  const [counts, plans] = await Promise.all([repo.recipientCounts(db, ids), repo.plansFromSurveys(db, ids)]);
  const count = (id: string, kind: string, what: 'n' | 'answered') =>
    Number(counts.find((c) => c.survey_id === id && c.respondent_kind === kind)?.[what] ?? 0);
  return surveys.map((s) => ({
    id: s.id,
    title: s.title,
    description: s.description,
    audienceKind: s.audience_kind as never,
    audienceRef: s.audience_ref,
    questions: parseJson<Question[]>(s.questions),
    status: s.status as 'open' | 'closed',
    closesOn: s.closes_on,
    createdAt: s.created_at,
    recipients: {
      individuals: count(s.id, 'individual', 'n'),
      supervisors: count(s.id, 'supervisor', 'n'),
      answeredIndividuals: count(s.id, 'individual', 'answered'),
      answeredSupervisors: count(s.id, 'supervisor', 'answered'),
    },
    planIds: plans.filter((p) => p.needs_survey_id === s.id).map((p) => p.id),
  }));
}

export async function listSurveys(db: Db) {
  return toDtos(db, await repo.surveysNewestFirst(db));
}

export async function getSurvey(db: Db, id: string) {
  return (await toDtos(db, [await findSurvey(db, id)]))[0];
}

/** Whether the survey takes answers today: open, and not past its closing day. */
export async function isOpen(db: Db, s: Pick<TrainingSurveyTable, 'status' | 'closes_on'>) {
  return s.status === 'open' && (!s.closes_on || s.closes_on >= centerToday(await centerOffset(db)));
}

export async function mySurveys(db: Db, actor: Actor) {
  if (!actor.employeeId) return [];
  const rows = await repo.surveysOf(db, actor.employeeId);
  const out = [];
  for (const r of rows) {
    out.push({
      id: r.id,
      title: r.title,
      description: r.description,
      questions: parseJson<Question[]>(r.questions),
      status: (await isOpen(db, r)) ? ('open' as const) : ('closed' as const),
      closesOn: r.closes_on,
      respondentKind: r.respondent_kind as 'individual' | 'supervisor',
      answeredAt: r.answered_at,
      answers: parseJson<Record<string, Answer> | null>(r.answers),
    });
  }
  return out;
}

function checkAnswers(questions: Question[], answers: Record<string, Answer>) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const entries = Object.entries(answers);
  if (!entries.length) throw ruleBroken('NO_ANSWERS', 'Answer at least one question', 'answers');
  for (const [id, value] of entries) {
    const q = byId.get(id);
    const field = `answers.${id}`;
    if (!q) throw ruleBroken('UNKNOWN_QUESTION', `No question ${id} in this survey`, field);
    if (q.kind === 'rating' && !(typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5))
      throw ruleBroken('BAD_ANSWER', 'A rating is a whole number 1–5', field);
    if (q.kind === 'text' && typeof value !== 'string') throw ruleBroken('BAD_ANSWER', 'Answer in words', field);
    if (q.kind === 'choice') {
      const picked = Array.isArray(value) ? value : [value];
      if (!q.multiple && (picked.length !== 1 || Array.isArray(value)))
        throw ruleBroken('BAD_ANSWER', 'Pick one option', field);
      if (!picked.length || picked.some((p) => typeof p !== 'string' || !q.options!.includes(p)))
        throw ruleBroken('BAD_ANSWER', 'Pick from the options', field);
    }
  }
}

/** A recipient answers (again, while the survey is open: the last answer counts). */
export async function answer(db: Db, actor: Actor, surveyId: string, answers: Record<string, Answer>) {
  const s = await findSurvey(db, surveyId);
  const me = actor.employeeId ?? '';
  const recipient = await repo.recipientOf(db, surveyId, me);
  if (!recipient) throw notFound('Survey');
  if (!(await isOpen(db, s))) throw conflict('SURVEY_CLOSED', 'This survey no longer takes answers');
  checkAnswers(parseJson<Question[]>(s.questions), answers);
  await repo.saveAnswers(db, surveyId, me, JSON.stringify(answers), nowIso());
}

export async function closeSurvey(db: Db, actor: Actor, id: string) {
  const s = await findSurvey(db, id);
  if (s.status === 'closed') throw conflict('SURVEY_CLOSED', 'The survey is already closed');
  await db.transaction().execute(async (trx) => {
    await repo.closeSurvey(trx, id, s.version + 1, nowIso());
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'training_survey',
      entityId: id,
      oldValue: { status: 'open' },
      newValue: { status: 'closed' },
    });
  });
}
