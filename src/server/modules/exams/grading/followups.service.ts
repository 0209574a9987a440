import type { z } from 'zod';
import type { FollowupListQuery, PlanInput, TalkInput } from '../../../../common/exams-practical.js';
import type { Db } from '../../../db/connect.js';
import type { ExamFollowupTable } from '../../../db/schema-exams.js';
import { inPeopleScope, peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { diff, recordAudit } from '../../../lib/audit.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';
import { withIdentity } from '../../people/identity.service.js';
import {
  dailyTalksOf,
  followupOfResult,
  followups,
  insertFollowup,
  releasedAttemptIds,
  setFollowupScore,
  updateFollowupAtVersion,
} from './followups.repo.js';

// After a failed result (SPEC §4): a one-to-one talk and an improvement plan, both recorded,
// before the follow-up can be closed. The trainee sees the feedback and the plan.

export interface FailedResult {
  employeeId: string;
  kind: 'theory' | 'practical' | 'daily';
  sourceId: string;
  title: string;
  score: number;
  passMark: number;
}

/** Opens a follow-up for a failed result (once per result); call inside the scoring transaction. */
export async function openIfFailed(db: Db, r: FailedResult) {
  if (r.score >= r.passMark) return;
  const existing = await followupOfResult(db, r.kind, r.sourceId);
  const at = nowIso();
  if (existing) {
    await setFollowupScore(db, existing.id, r.score, at);
    return;
  }
  await insertFollowup(db, {
    id: newId(),
    employee_id: r.employeeId,
    source_kind: r.kind,
    source_id: r.sourceId,
    source_title: r.title,
    score: r.score,
    pass_mark: r.passMark,
    status: 'open',
    talk_at: null,
    talk_notes: null,
    feedback: null,
    talk_by: null,
    plan: null,
    plan_due_date: null,
    plan_by: null,
    closed_at: null,
    version: 1,
    created_at: at,
    updated_at: at,
  });
}

const withPerson = (db: Db, rows: ExamFollowupTable[]) =>
  withIdentity(
    db,
    rows,
    (r) => r.employee_id,
    (p) => ({ employee_name: p.name, team_id: p.teamId, department_id: p.departmentId }),
  );
type Row = ExamFollowupTable & { employee_name: string };

const toDto = (f: Row) => ({
  id: f.id,
  employeeId: f.employee_id,
  employeeName: f.employee_name,
  sourceKind: f.source_kind as 'theory',
  sourceId: f.source_id,
  sourceTitle: f.source_title,
  score: f.score,
  passMark: f.pass_mark,
  status: f.status as 'open' | 'closed',
  talkAt: f.talk_at,
  talkNotes: f.talk_notes,
  feedback: f.feedback,
  talkBy: f.talk_by,
  plan: f.plan,
  planDueDate: f.plan_due_date,
  planBy: f.plan_by,
  closedAt: f.closed_at,
  createdAt: f.created_at,
  version: f.version,
});

const SEES_ALL = ['admin', 'training_manager', 'trainer', 'hr'];
const visible = (actor: Actor, p: { id: string; team_id: string; department_id: string }) =>
  actor.roles.some((r) => SEES_ALL.includes(r)) || inPeopleScope(peopleScope(actor), p);

export async function list(db: Db, actor: Actor, q: z.output<typeof FollowupListQuery>) {
  const found = await followups(db, { status: q.status, employeeId: q.employeeId });
  const rows = (await withPerson(db, found)).filter((r) =>
    visible(actor, { id: r.employee_id, team_id: r.team_id, department_id: r.department_id }),
  );
  return { items: rows.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map(toDto), total: rows.length };
}

async function load(db: Db, actor: Actor, id: string) {
  const [row] = await withPerson(db, await followups(db, { id }));
  if (!row || !visible(actor, { id: row.employee_id, team_id: row.team_id, department_id: row.department_id }))
    throw notFound('Follow-up');
  return row;
}

export const get = async (db: Db, actor: Actor, id: string) => toDto(await load(db, actor, id));

async function change(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  patch: Partial<ExamFollowupTable>,
  what: string,
) {
  const row = await load(db, actor, id);
  if (row.status === 'closed') throw conflict('FOLLOWUP_CLOSED', 'This follow-up is closed');
  const { oldValue, newValue } = diff(row as unknown as Record<string, unknown>, patch);
  await db.transaction().execute(async (trx) => {
    const n = await updateFollowupAtVersion(trx, id, version, {
      ...patch,
      version: row.version + 1,
      updated_at: nowIso(),
    });
    if (n !== 1)
      throw conflict('STALE_VERSION', 'Someone changed this follow-up since you opened it; reload it', 'version');
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'exam_followup',
      entityId: id,
      oldValue,
      newValue,
      reason: what,
    });
  });
  return get(db, actor, id);
}

export const recordTalk = (db: Db, actor: Actor, id: string, b: z.output<typeof TalkInput>) =>
  change(
    db,
    actor,
    id,
    b.version,
    { talk_at: new Date(b.at).toISOString(), talk_notes: b.notes, feedback: b.feedback, talk_by: actor.name },
    'one-to-one talk recorded',
  );

export const recordPlan = (db: Db, actor: Actor, id: string, b: z.output<typeof PlanInput>) =>
  change(
    db,
    actor,
    id,
    b.version,
    { plan: b.plan, plan_due_date: b.dueDate, plan_by: actor.name },
    'improvement plan recorded',
  );

export async function close(db: Db, actor: Actor, id: string, version: number) {
  const row = await load(db, actor, id);
  const missing = [!row.talk_at && 'the one-to-one talk', !row.plan && 'the improvement plan'].filter(Boolean);
  if (missing.length) throw ruleBroken('FOLLOWUP_INCOMPLETE', `Record ${missing.join(' and ')} before closing`);
  return change(db, actor, id, version, { status: 'closed', closed_at: nowIso() }, 'closed');
}

/** The trainee's own follow-ups: feedback and plan, not the staff's notes. */
export async function mine(db: Db, actor: Actor) {
  if (!actor.employeeId) return [];
  const rows = await withPerson(db, await followups(db, { employeeId: actor.employeeId }));
  // A theory result (and so its follow-up) stays hidden until the exam's results are released.
  const theory = rows.filter((r) => r.source_kind === 'theory').map((r) => r.source_id);
  const released = new Set(theory.length ? await releasedAttemptIds(db, theory) : []);
  return rows
    .filter((r) => r.source_kind !== 'theory' || released.has(r.source_id))
    .map((r) => {
      const d = toDto(r);
      return {
        id: d.id,
        sourceKind: d.sourceKind,
        sourceTitle: d.sourceTitle,
        score: d.score,
        passMark: d.passMark,
        status: d.status,
        talkAt: d.talkAt,
        feedback: d.feedback,
        plan: d.plan,
        planDueDate: d.planDueDate,
        closedAt: d.closedAt,
        createdAt: d.createdAt,
      };
    });
}

/**
 * The recorded one-to-one talks held after failed daily-performance results, oldest first: what
 * the new-hire criteria count as a "recorded reminder" (SPEC §6 criterion 3).
 */
export async function dailyRemindersOf(db: Db, employeeIds: string[]) {
  if (!employeeIds.length) return [];
  const rows = await dailyTalksOf(db, employeeIds);
  return rows.map((r) => ({
    id: r.id,
    employeeId: r.employee_id,
    sourceId: r.source_id,
    title: r.source_title,
    score: Number(r.score),
    passMark: Number(r.pass_mark),
    talkAt: r.talk_at!,
    talkBy: r.talk_by,
    periodStart: r.period_start ?? null,
  }));
}
