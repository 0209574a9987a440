import type { z } from 'zod';
import type { QueueQuery, QuotaPut, Reassign, SampleReasonShape } from '../../../../common/quality-sampling.js';
import type { MethodName } from '../../../../common/quality.js';
import type { Db } from '../../../db/connect.js';
import { peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { dayRange, localDate, nowIso } from '../../../lib/clock.js';
import { centerOffset } from '../../../lib/center-time.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { notify } from '../../../lib/notify.js';
import { getSetting } from '../../../lib/settings.js';
import { assertMayScore } from '../oversight/oversight.service.js';
import { levelOf, mayEvaluate, type Evaluator, type Level } from './queues.assign.js';
import * as repo from './queues.repo.js';
import * as samplesRepo from './sampling.repo.js';
import { identities, teamsOf } from '../../people/identity.service.js';

// Work queues and quotas (SPEC §8 "Evaluator quotas"; issue 7 item 3): each evaluator's daily
// quota per method (settings quality.quota.*, adjustable per evaluator by the QA lead), their
// queue and progress today, and the lead's reassignments and skips (audited).

type Quota = { live: number; recording: number; sideBySide: number };
const METHOD_OF: [MethodName, keyof Quota][] = [
  ['live', 'live'],
  ['recording', 'recording'],
  ['side_by_side', 'sideBySide'],
];

export async function defaultQuota(db: Db): Promise<Quota> {
  return {
    live: await getSetting(db, 'quality.quota.live'),
    recording: await getSetting(db, 'quality.quota.recording'),
    sideBySide: await getSetting(db, 'quality.quota.sideBySide'),
  };
}

export interface EvaluatorInfo extends Evaluator {
  name: string;
  teamName: string | null;
  custom: boolean;
  quota: Quota;
  mayScore: boolean;
}

/** Every evaluator account with level, quota and whether oversight lets them score now. */
export async function evaluators(db: Db): Promise<EvaluatorInfo[]> {
  const [accounts, custom, fallback] = await Promise.all([
    repo.evaluatorAccounts(db),
    repo.quotas(db),
    defaultQuota(db),
  ]);
  const quotas = new Map(
    custom.map((q) => [q.user_id, { live: q.live, recording: q.recording, sideBySide: q.side_by_side }]),
  );
  const who = await identities(
    db,
    accounts.map((a) => a.employee_id),
  );
  const out: EvaluatorInfo[] = [];
  for (const account of accounts) {
    const p = account.employee_id ? who.get(account.employee_id) : undefined;
    const a = {
      ...account,
      status: p?.status ?? null,
      team_id: p?.teamId ?? null,
      department_id: p?.departmentId ?? null,
      team_name: p?.teamName ?? null,
    };
    const level = levelOf(a.roles, a.status);
    if (!level) continue;
    const quota = quotas.get(a.id) ?? fallback;
    let mayScore = true;
    try {
      await assertMayScore(db, a.id);
    } catch {
      mayScore = false; // paused or not yet certified (oversight): no samples of their own
    }
    out.push({
      userId: a.id,
      employeeId: a.employee_id,
      level,
      teamId: a.team_id,
      departmentId: a.department_id,
      weight: mayScore ? quota.recording : 0,
      name: a.display_name,
      teamName: a.team_name,
      custom: quotas.has(a.id),
      quota,
      mayScore,
    });
  }
  return out;
}

/** Scored today per evaluator and method (center calendar). */
async function progressToday(db: Db, userId?: string) {
  const offset = await centerOffset(db);
  const day = localDate(nowIso(), offset);
  const { start, end } = dayRange(day, day, offset);
  const rows = await repo.scoredBetween(db, start, end, userId);
  const done = new Map<string, number>();
  for (const r of rows) done.set(`${r.evaluator_user_id}|${r.method}`, Number(r.n));
  const of = (uid: string, quota: Quota) =>
    METHOD_OF.map(([method, key]) => ({ method, quota: quota[key], done: done.get(`${uid}|${method}`) ?? 0 }));
  return { day, of };
}

/** The agent's name and number (the identity read-model) and the name of the team the sample was drawn for. */
export async function withSampleNames<R extends { agent_id: string; team_id: string }>(db: Db, rows: R[]) {
  const [who, teams] = await Promise.all([
    identities(
      db,
      rows.map((r) => r.agent_id),
    ),
    teamsOf(
      db,
      rows.map((r) => r.team_id),
    ),
  ]);
  return rows.flatMap((r) => {
    const [p, t] = [who.get(r.agent_id), teams.get(r.team_id)];
    return p && t ? [{ ...r, agent_name: p.name, employee_no: p.employeeNo, team_name: t.name }] : [];
  });
}

export const toSampleDto = (r: Record<string, any>) => ({
  id: r.id,
  drawId: r.draw_id,
  weekStart: r.week_start,
  interactionId: r.interaction_id,
  agentId: r.agent_id,
  agentName: r.agent_name,
  employeeNo: r.employee_no,
  teamName: r.team_name,
  day: r.day,
  startedAt: r.started_at,
  hourBand: Number(r.hour_band),
  businessType: r.business_type,
  channel: r.channel,
  method: r.method as MethodName,
  reason: JSON.parse(r.reason) as SampleReasonShape,
  why: r.why,
  status: r.status,
  assignedUserId: r.assigned_user_id,
  assignedName: r.assigned_name ?? null,
  evaluationId: r.evaluation_id,
  doneAt: r.done_at,
  skipReason: r.skip_reason,
  version: Number(r.version),
});

/** The signed-in evaluator's own queue (never anyone else's) with progress against today's quota.
 *  Filters (status, default open; agent; team) narrow the list and its total; `open` counts all their open samples. */
export async function myQueue(db: Db, actor: Actor, q: z.infer<typeof QueueQuery>) {
  const me = (await evaluators(db)).find((e) => e.userId === actor.userId);
  const quota = me?.quota ?? (await defaultQuota(db));
  const { day, of } = await progressToday(db, actor.userId);
  const base = samplesRepo.samplesQuery(db, { kind: 'all' }).where('s.assigned_user_id', '=', actor.userId);
  let listed = base.where('s.status', '=', q.status ?? 'open');
  if (q.agentId) listed = listed.where('s.agent_id', '=', q.agentId);
  if (q.teamId) listed = listed.where('s.team_id', '=', q.teamId);
  const [rows, count, open] = await Promise.all([
    listed
      .select([...samplesRepo.SAMPLE_COLUMNS])
      .orderBy('s.day')
      .orderBy('s.started_at')
      .orderBy('s.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute()
      .then((rows) => withSampleNames(db, rows)),
    listed.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .where('s.status', '=', 'open')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    day,
    level: (me?.level ?? null) as Level | null,
    progress: of(actor.userId, quota),
    open: Number(open.n),
    items: rows.map(toSampleDto),
    total: Number(count.n),
  };
}

/** The QA lead's board: every evaluator with quota, progress today and open samples. */
export async function quotaBoard(db: Db) {
  const [list, open] = await Promise.all([evaluators(db), repo.openCounts(db)]);
  const openBy = new Map(open.map((o) => [o.assigned_user_id!, Number(o.n)]));
  const { of } = await progressToday(db);
  return list.map((e) => ({
    userId: e.userId,
    name: e.name,
    level: e.level,
    teamName: e.teamName,
    custom: e.custom,
    quota: e.quota,
    progress: of(e.userId, e.quota),
    open: openBy.get(e.userId) ?? 0,
    mayScore: e.mayScore,
  }));
}

export async function putQuota(db: Db, actor: Actor, userId: string, input: z.infer<typeof QuotaPut>) {
  if (!(await repo.userExists(db, userId))) throw notFound('User');
  const ev = (await evaluators(db)).find((e) => e.userId === userId);
  if (!ev)
    throw ruleBroken(
      'NOT_AN_EVALUATOR',
      'This account holds no evaluating role (QA evaluator, team lead, center manager)',
      'userId',
    );
  const next = { live: input.live, recording: input.recording, sideBySide: input.sideBySide };
  await db.transaction().execute(async (trx) => {
    await repo.upsertQuota(trx, {
      user_id: userId,
      live: next.live,
      recording: next.recording,
      side_by_side: next.sideBySide,
      updated_by: actor.userId,
      updated_at: nowIso(),
    });
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'qa_quota',
      entityId: userId,
      oldValue: ev.quota,
      newValue: next,
      reason: input.reason,
    });
  });
  return next;
}

/** Moves open samples to another evaluator who may take them; one audit entry per sample. */
export async function reassign(db: Db, actor: Actor, input: z.infer<typeof Reassign>) {
  const ids = [...new Set(input.sampleIds)];
  const rows = await samplesRepo
    .samplesQuery(db, peopleScope(actor))
    .select(['s.id', 's.status', 's.assigned_user_id', 's.agent_id', 's.team_id', 's.department_id'])
    .where('s.id', 'in', ids)
    .execute();
  if (rows.length !== ids.length) throw notFound('Sample');
  const closed = rows.find((r) => r.status !== 'open');
  if (closed)
    throw conflict(
      'SAMPLE_CLOSED',
      `Sample ${closed.id} is ${closed.status}; only open samples can be reassigned`,
      'sampleIds',
    );
  const target = (await evaluators(db)).find((e) => e.userId === input.userId);
  if (!target)
    throw ruleBroken(
      'NOT_AN_EVALUATOR',
      'The new assignee holds no evaluating role (QA evaluator, team lead, center manager)',
      'userId',
    );
  await assertMayScore(db, target.userId); // a paused or uncertified evaluator gets no samples
  const refused = rows.find(
    (r) => !mayEvaluate(target, { agentId: r.agent_id, teamId: r.team_id, departmentId: r.department_id }),
  );
  if (refused) {
    throw ruleBroken(
      'NOT_ELIGIBLE',
      target.level === 'team_lead'
        ? 'A team lead evaluates their own team only'
        : target.level === 'manager'
          ? 'A manager evaluates their own department only'
          : 'Nobody evaluates their own interactions',
      'userId',
    );
  }
  const moving = rows.filter((r) => r.assigned_user_id !== target.userId);
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    for (const r of moving) {
      if (!(await repo.reassignOpen(trx, r.id, target.userId, at)))
        throw conflict('SAMPLE_CLOSED', `Sample ${r.id} was closed meanwhile`, 'sampleIds');
      await recordAudit(trx, actor, {
        action: 'update',
        entity: 'qa_sample',
        entityId: r.id,
        oldValue: { assignedUserId: r.assigned_user_id },
        newValue: { assignedUserId: target.userId },
        reason: input.reason,
      });
    }
    if (moving.length)
      await notify(trx, {
        userIds: [target.userId],
        kind: 'quality_samples_assigned',
        params: { count: moving.length },
        link: '/quality/queue',
      });
  });
  return { moved: moving.length };
}

/** An open sample that cannot be scored (e.g. the recording is missing): its assignee or a lead skips it with a reason. */
export async function skip(db: Db, actor: Actor, id: string, reason: string, isLead: boolean) {
  const row = isLead
    ? await samplesRepo
        .samplesQuery(db, peopleScope(actor))
        .select(['s.id', 's.status', 's.assigned_user_id', 's.version'])
        .where('s.id', '=', id)
        .executeTakeFirst()
    : await repo.sampleBrief(db, id);
  if (!row || (!isLead && row.assigned_user_id !== actor.userId)) throw notFound('Sample');
  if (row.status !== 'open') throw conflict('SAMPLE_CLOSED', `This sample is ${row.status}`);
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    if (!(await repo.skipOpen(trx, id, { userId: actor.userId, reason, at })))
      throw conflict('SAMPLE_CLOSED', 'This sample was closed meanwhile');
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'qa_sample',
      entityId: id,
      oldValue: { status: 'open' },
      newValue: { status: 'skipped' },
      reason,
    });
  });
}
