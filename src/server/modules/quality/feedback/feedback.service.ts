import type { z } from 'zod';
import {
  type FEEDBACK_KINDS,
  type FEEDBACK_MODES,
  type FeedbackListQuery,
  type GiveFeedbackInput,
} from '../../../../common/quality-feedback.js';
import { hasPermission } from '../../../../common/permissions.js';
import type { Db } from '../../../db/connect.js';
import type { QaEvaluationTable } from '../../../db/schema-quality.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { localDate, nowIso } from '../../../lib/clock.js';
import { centerOffset, todayInCenter } from '../../../lib/center-time.js';
import { conflict, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { notify, settleNotices } from '../../../lib/notify.js';
import { evaluationLink } from '../work/links.js';
import { evaluationVisible, refused, requireEvaluation } from './feedback.access.js';
import { feedbackDeadline, isLate, type FeedbackKind } from './feedback.deadline.js';
import { trackProblems } from '../summary/summary.followups.js';
import { withIdentity } from '../../people/identity.service.js';
import * as repo from './feedback.repo.js';

// Feedback to the agent on every evaluation (SPEC §8): a task opened when the evaluation is saved,
// due by the working-day deadline of its kind (feedback.deadline.ts); the evaluator (or a QA
// lead) records how and when it was given; the agent acknowledges. Overdue = still not given when
// the deadline has passed; feedback recorded after the deadline stays marked late for good, so
// the per-evaluator counts cannot be cleaned up after the fact.

export type SavedEvaluation = Pick<
  QaEvaluationTable,
  'id' | 'agent_id' | 'evaluator_user_id' | 'scored_at' | 'agent_status' | 'day' | 'final_items' | 'form_version_id'
>;

/**
 * Called by the evaluations service inside the transaction that saves an evaluation: opens its
 * feedback task (individual-error deadline; the evaluator may mark it a common problem when
 * giving it) and tracks the follow-ups and red-line breaches its item results call for.
 * Idempotent: a second call for the same evaluation changes nothing.
 */
export async function openFeedbackFor(trx: Db, ev: SavedEvaluation) {
  if (await repo.taskOfEvaluation(trx, ev.id)) return;
  const due = await feedbackDeadline(trx, ev.scored_at, 'individual');
  const at = nowIso();
  await repo.insertTask(trx, {
    id: newId(),
    evaluation_id: ev.id,
    agent_id: ev.agent_id,
    evaluator_user_id: ev.evaluator_user_id,
    kind: 'individual',
    ...due,
    status: 'pending',
    mode: null,
    notes: null,
    given_on: null,
    given_at: null,
    given_by: null,
    late: 0,
    acknowledged_at: null,
    version: 1,
    created_at: at,
    updated_at: at,
  });
  await trackProblems(trx, ev);
}

/** The agent's name and team, from the identity read-model (one query for the page). */
const withAgent = (db: Db, rows: repo.FeedbackListRow[]) =>
  withIdentity(
    db,
    rows,
    (r) => r.agent_id,
    (p) => ({ agent_name: p.name, team_name: p.teamName }),
  );
type Row = Awaited<ReturnType<typeof withAgent>>[number];

export function toFeedbackDto(r: Row & Record<string, any>, now: string) {
  return {
    id: r.id,
    evaluationId: r.evaluation_id,
    agentId: r.agent_id,
    agentName: r.agent_name,
    teamName: r.team_name,
    evaluatorUserId: r.evaluator_user_id,
    evaluatorName: r.evaluator_name,
    method: r.method,
    day: r.day,
    scoredAt: r.scored_at,
    score: Number(r.score),
    finalScore: Number(r.final_score),
    kind: r.kind as (typeof FEEDBACK_KINDS)[number],
    dueDay: r.due_day,
    dueAt: r.due_at,
    dueProblem: r.due_problem,
    dueProblemYear: r.due_problem_year === null ? null : Number(r.due_problem_year),
    status: r.status as 'pending' | 'given',
    overdue: r.status === 'pending' && !r.due_problem && !!r.due_at && r.due_at < now,
    late: r.late === 1,
    mode: r.mode as (typeof FEEDBACK_MODES)[number] | null,
    notes: r.notes,
    givenOn: r.given_on,
    givenAt: r.given_at,
    acknowledgedAt: r.acknowledged_at,
  };
}

export async function listFeedback(db: Db, actor: Actor, q: z.output<typeof FeedbackListQuery>) {
  const now = nowIso();
  const { rows, total } = await repo.feedbackPage(db, evaluationVisible(actor), now, {
    mine: q.view === 'mine' ? { userId: actor.userId, employeeId: actor.employeeId ?? '' } : undefined,
    state: q.view === 'overdue' ? 'overdue' : q.state,
    evaluatorUserId: q.evaluatorUserId,
    page: q.page,
    pageSize: q.pageSize,
  });
  return { rows: (await withAgent(db, rows)).map((r) => toFeedbackDto(r, now)), total };
}

/** Per evaluator: pending, overdue (pending past the deadline), given on time, given late, deadline not countable — counted in SQL. */
export async function countsByEvaluator(db: Db, actor: Actor) {
  const rows = await repo.countsByEvaluator(db, evaluationVisible(actor), nowIso());
  return rows
    .map((r) => ({
      evaluatorUserId: r.evaluator_user_id,
      evaluatorName: r.evaluator_name,
      pending: Number(r.pending),
      overdue: Number(r.overdue),
      onTime: Number(r.on_time),
      late: Number(r.late),
      calendarMissing: Number(r.calendar_missing),
    }))
    .sort((a, b) => b.overdue + b.late - (a.overdue + a.late) || a.evaluatorName.localeCompare(b.evaluatorName));
}

async function taskOf(db: Db, actor: Actor, evaluationId: string) {
  const ev = await requireEvaluation(db, actor, evaluationId);
  let task = await repo.taskOfEvaluation(db, ev.id);
  if (!task) {
    // An evaluation saved before this part existed: open its task the one way tasks are opened.
    const full = await repo.evaluationRow(db, ev.id);
    await db.transaction().execute((trx) => openFeedbackFor(trx, full));
    task = (await repo.taskOfEvaluation(db, ev.id))!;
  }
  return { ev, task };
}

export async function giveFeedback(
  db: Db,
  actor: Actor,
  evaluationId: string,
  input: z.output<typeof GiveFeedbackInput>,
) {
  const { ev, task } = await taskOf(db, actor, evaluationId);
  if (ev.evaluator_user_id !== actor.userId && !hasPermission(actor.roles, 'quality.lead'))
    throw refused('NOT_THE_EVALUATOR', 'The evaluator who scored it (or a QA lead) records the feedback');
  if (task.status === 'given')
    throw conflict('FEEDBACK_ALREADY_GIVEN', 'Feedback on this evaluation has already been recorded');
  if (input.mode === 'immediate' && ev.method !== 'side_by_side')
    throw ruleBroken('IMMEDIATE_ONLY_SIDE_BY_SIDE', 'Immediate feedback is for side-by-side monitoring', 'mode');
  const offset = await centerOffset(db);
  const today = await todayInCenter(db);
  const givenOn = input.givenOn ?? today;
  if (givenOn > today) throw ruleBroken('DATE_IN_FUTURE', 'Feedback cannot be given in the future', 'givenOn');
  if (givenOn < localDate(ev.scored_at, offset))
    throw ruleBroken('BEFORE_SCORING', 'Feedback cannot come before the evaluation was scored', 'givenOn');
  const kind = input.kind ?? (task.kind as FeedbackKind);
  const due =
    kind === task.kind
      ? {
          due_day: task.due_day,
          due_at: task.due_at,
          due_problem: task.due_problem,
          due_problem_year: task.due_problem_year,
        }
      : await feedbackDeadline(db, ev.scored_at, kind);
  const at = nowIso();
  const changes = {
    kind,
    ...due,
    status: 'given',
    mode: input.mode,
    notes: input.notes,
    given_on: givenOn,
    given_at: at,
    given_by: actor.userId,
    late: isLate(due, at),
  };
  await db.transaction().execute(async (trx) => {
    if (!(await repo.updateTaskAtVersion(trx, task.id, task.version, { ...changes, updated_at: at })))
      throw conflict('VERSION_CONFLICT', 'Someone else recorded this feedback meanwhile; reload');
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'qa_feedback',
      entityId: task.id,
      oldValue: { status: task.status, kind: task.kind, due_day: task.due_day },
      newValue: changes,
    });
    // The evaluator's home item is done; the agent's (read and sign) opens on the same page.
    await settleNotices(trx, [evaluationLink(ev.id)]);
    await notify(trx, {
      employeeIds: [ev.agent_id],
      kind: 'quality_feedback_given',
      params: { day: ev.day, score: Number(ev.final_score) },
      link: evaluationLink(ev.id),
    });
  });
}

/** The agent — and only the agent — acknowledges the evaluation and its feedback. */
export async function acknowledge(db: Db, actor: Actor, evaluationId: string) {
  const { ev, task } = await taskOf(db, actor, evaluationId);
  if (!actor.employeeId || ev.agent_id !== actor.employeeId)
    throw refused('NOT_THE_AGENT', 'Only the agent evaluated acknowledges an evaluation');
  if (task.acknowledged_at) throw conflict('ALREADY_ACKNOWLEDGED', 'You have already acknowledged this evaluation');
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await repo.updateTask(trx, task.id, { acknowledged_at: at, version: task.version + 1, updated_at: at });
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'qa_feedback',
      entityId: task.id,
      oldValue: { acknowledged_at: null },
      newValue: { acknowledged_at: at },
    });
    await settleNotices(trx, [evaluationLink(ev.id)]);
  });
  return at;
}

/**
 * When the agent acknowledged each of these evaluations (absent: not yet). The feedback task is
 * the one record of acknowledgement; the evaluation list and page read it through here.
 */
export async function acknowledgedAtOf(db: Db, evaluationIds: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < evaluationIds.length; i += 500) {
    const rows = await repo.acknowledgedOf(db, evaluationIds.slice(i, i + 500));
    for (const r of rows) found.set(r.evaluation_id, r.acknowledged_at!);
  }
  return found;
}

export async function feedbackOf(db: Db, actor: Actor, evaluationId: string) {
  const { task } = await taskOf(db, actor, evaluationId);
  const row = await repo.visibleTask(db, evaluationVisible(actor), task.id);
  const [withName] = await withAgent(db, [row]);
  return toFeedbackDto(withName, nowIso());
}
