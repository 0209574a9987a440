import type { z } from 'zod';
import type { DailySummaryQuery, MentorFiguresQuery, SummaryActionInput } from '../../../../common/quality-feedback.js';
import { hasPermission } from '../../../../common/permissions.js';
import type { Db } from '../../../db/connect.js';
import { peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { addDays, nowIso } from '../../../lib/clock.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { assertDateOrder } from '../../../lib/date-range.js';
import { forbidden, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { assignmentsOf } from '../../training/mentoring/mentoring.service.js';
import { evaluationVisible, itemLabels } from '../feedback/feedback.access.js';
import { failedItem, isBeforeRegular } from './summary.followups.js';
import { departmentsOf, teamsOf, withIdentity } from '../../people/identity.service.js';
import * as repo from './summary.repo.js';

// The daily summary (SPEC §8 "each day's results are summarized by problem type with actions or
// training planned"): the day's evaluations the caller may see, optionally for one team or
// department, with their failed items grouped by item key (labels from the newest form version
// that has the key, so a problem keeps one line across versions), the agents affected, trainee
// errors counted apart (SPEC §7), red-line breaches, and the action a lead planned for it.
// Figures use the final score, so a decided dispute is what reports show.

type ItemResult = { earned: number; possible: number; na: boolean; criticalFailed: boolean };

const dayEvaluations = async (db: Db, actor: Actor, q: z.output<typeof DailySummaryQuery> & { day: string }) => {
  const rows = await repo.dayEvaluationRows(db, evaluationVisible(actor), q);
  return withIdentity(
    db,
    rows,
    (r) => r.agent_id,
    (p) => ({ agent_name: p.name }),
  );
};

/** Without a day asked for: the latest day up to today with evaluations the caller may see (else today). */
async function latestDay(db: Db, actor: Actor) {
  const today = await todayInCenter(db);
  return (await repo.latestDayUpTo(db, evaluationVisible(actor), today)) ?? today;
}

export async function dailySummary(db: Db, actor: Actor, query: z.output<typeof DailySummaryQuery>) {
  const q = { ...query, day: query.day ?? (await latestDay(db, actor)) };
  // A filter naming no team or department is a mistake to say, not an empty day to show.
  if (q.teamId && !(await teamsOf(db, [q.teamId])).size) throw ruleBroken('UNKNOWN_TEAM', 'No such team', 'teamId');
  if (q.departmentId && !(await departmentsOf(db, [q.departmentId])).size)
    throw ruleBroken('UNKNOWN_DEPARTMENT', 'No such department', 'departmentId');
  const evs = await dayEvaluations(db, actor, q);
  const ids = evs.map((e) => e.id);
  const [labels, breaches, actions, redLines] = await Promise.all([
    itemLabels(
      db,
      evs.map((e) => e.form_version_id),
    ),
    repo.breachesOf(db, ids),
    repo.actionsOfDay(db, q.day, q.teamId),
    repo.activeRedLines(db),
  ]);
  const redLineKeys = new Set(redLines.flatMap((r) => JSON.parse(r.item_keys) as string[]));
  const problems = new Map<
    string,
    {
      evaluations: number;
      trainee: number;
      agents: Map<string, { id: string; name: string; trainee: boolean }>;
      breaches: number;
    }
  >();
  for (const e of evs) {
    const items = JSON.parse(e.final_items) as Record<string, ItemResult>;
    for (const [key, r] of Object.entries(items)) {
      if (!failedItem(r)) continue;
      const p =
        problems.get(key) ??
        problems.set(key, { evaluations: 0, trainee: 0, agents: new Map(), breaches: 0 }).get(key)!;
      p.evaluations += 1;
      if (isBeforeRegular(e.agent_status)) p.trainee += 1;
      p.agents.set(e.agent_id, { id: e.agent_id, name: e.agent_name, trainee: isBeforeRegular(e.agent_status) });
    }
  }
  for (const b of breaches) {
    const p = problems.get(b.item_key);
    if (p) p.breaches += 1;
  }
  const actionFor = (key: string) => {
    const own =
      actions.find((a) => a.item_key === key && q.teamId && a.team_id === q.teamId) ??
      actions.find((a) => a.item_key === key && a.team_id === '');
    return own ? { action: own.action as never, note: own.note, teamId: own.team_id || null } : null;
  };
  const scores = evs.map((e) => Number(e.final_score));
  return {
    day: q.day,
    evaluations: evs.length,
    agents: new Set(evs.map((e) => e.agent_id)).size,
    averageScore: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null,
    failed: evs.filter((e) => e.passed === 0).length,
    redLineBreaches: breaches.length,
    problems: [...problems.entries()]
      .map(([key, p]) => ({
        itemKey: key,
        label: labels.get(key) ?? key,
        evaluations: p.evaluations,
        agents: [...p.agents.values()],
        traineeEvaluations: p.trainee,
        redLine: redLineKeys.has(key),
        redLineBreaches: p.breaches,
        action: actionFor(key),
      }))
      .sort((a, b) => b.evaluations - a.evaluations || a.itemKey.localeCompare(b.itemKey)),
  };
}

/** A lead plans the action for a problem of a day: a team lead for their own team, a QA lead for any team or the whole center. */
export async function recordAction(db: Db, actor: Actor, input: z.output<typeof SummaryActionInput>) {
  const lead = hasPermission(actor.roles, 'quality.lead');
  if (input.teamId) {
    const team = (await teamsOf(db, [input.teamId])).get(input.teamId);
    if (!team) throw ruleBroken('UNKNOWN_TEAM', 'No such team', 'teamId');
    const scope = peopleScope(actor);
    const inScope =
      scope.kind === 'all' || scope.teamIds.includes(team.id) || scope.departmentIds.includes(team.departmentId);
    if (!inScope) throw forbidden('You may plan actions only for the teams you lead or manage');
  } else if (!lead) throw forbidden('Only a QA lead plans a center-wide action; name your team');
  const teamId = input.teamId ?? '';
  const at = nowIso();
  return db.transaction().execute(async (trx) => {
    const old = await repo.findAction(trx, input.day, input.itemKey, teamId);
    if (old) {
      await repo.updateAction(trx, old.id, { action: input.action, note: input.note, updated_at: at });
      await recordAudit(trx, actor, {
        action: 'update',
        entity: 'qa_summary_action',
        entityId: old.id,
        oldValue: { action: old.action, note: old.note },
        newValue: { action: input.action, note: input.note },
      });
      return old.id;
    }
    const row = {
      id: newId(),
      day: input.day,
      item_key: input.itemKey,
      team_id: teamId,
      action: input.action,
      note: input.note,
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
    };
    await repo.insertAction(trx, row);
    await recordAudit(trx, actor, { action: 'create', entity: 'qa_summary_action', entityId: row.id, newValue: row });
    return row.id;
  });
}

/**
 * Mentors' QA figures (SPEC §7): the evaluations of the people they mentored (from the start of
 * the mentoring on), in the period. Errors a mentee made before regular status are handled with
 * the trainee and are NOT counted in the mentor's figures; they are shown apart as excluded.
 */
export async function mentorFigures(db: Db, actor: Actor, query: z.output<typeof MentorFiguresQuery>) {
  const to = query.to ?? (await todayInCenter(db));
  const q = { to, from: query.from ?? addDays(to, -29) };
  assertDateOrder(q.from, q.to, 'to', 'The period ends before it starts');
  const evs = await repo.periodEvaluations(db, evaluationVisible(actor), q.from, q.to);
  const out = new Map<
    string,
    {
      mentorId: string;
      mentorName: string;
      counted: number[];
      errors: number;
      excluded: number;
      excludedErrors: number;
    }
  >();
  const mentorsOf = new Map<string, Awaited<ReturnType<typeof assignmentsOf>>>();
  for (const e of evs) {
    if (!mentorsOf.has(e.agent_id)) mentorsOf.set(e.agent_id, await assignmentsOf(db, e.agent_id));
    const errors = Object.values(JSON.parse(e.final_items) as Record<string, ItemResult>).filter(failedItem).length;
    const mentors = new Map(
      mentorsOf
        .get(e.agent_id)!
        .filter((a) => a.startDate <= e.day)
        .map((a) => [a.mentorId, a.mentorName]),
    );
    for (const [mentorId, mentorName] of mentors) {
      const m =
        out.get(mentorId) ??
        out
          .set(mentorId, { mentorId, mentorName, counted: [], errors: 0, excluded: 0, excludedErrors: 0 })
          .get(mentorId)!;
      if (isBeforeRegular(e.agent_status)) {
        m.excluded += 1;
        m.excludedErrors += errors;
      } else {
        m.counted.push(Number(e.final_score));
        m.errors += errors;
      }
    }
  }
  return [...out.values()]
    .map((m) => ({
      mentorId: m.mentorId,
      mentorName: m.mentorName,
      menteeEvaluations: m.counted.length,
      menteeErrors: m.errors,
      menteeAverage: m.counted.length
        ? Math.round((m.counted.reduce((a, b) => a + b, 0) / m.counted.length) * 100) / 100
        : null,
      excludedTraineeEvaluations: m.excluded,
      excludedTraineeErrors: m.excludedErrors,
    }))
    .sort((a, b) => a.mentorName.localeCompare(b.mentorName));
}
