import type { z } from 'zod';
import type { DrawCreate, SampleListQuery } from '../../../../common/quality-sampling.js';
import type { Db } from '../../../db/connect.js';
import type { QaSampleTable } from '../../../db/schema-quality-sampling.js';
import { inPeopleScope, peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { getCalendar, workingByRecord } from '../../../lib/calendar.js';
import { addDays, nowIso } from '../../../lib/clock.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { getSetting, SETTING_DEFAULTS, type SettingKey } from '../../../lib/settings.js';
import { fitToCapacity, type Capacity } from './sampling.capacity.js';
import { agentsByIds, gatherWeek } from './sampling.gather.js';
import { planAgent, whyText } from './sampling.plan.js';
import * as repo from './sampling.repo.js';
import { newSeed } from './sampling.rng.js';
import { toSampleDto, evaluators, withSampleNames } from './queues.service.js';
import { assignBalanced } from './queues.assign.js';
import * as queuesRepo from './queues.repo.js';

// Sampling (SPEC §8; issue 7 item 2): the weekly draw, sample lists, and the
// hand-over to evaluations (markSampleDone). What is picked and why: sampling.plan.ts.

const SAMPLING_KEYS = (Object.keys(SETTING_DEFAULTS) as SettingKey[]).filter(
  (k) => k.startsWith('quality.sampling.') || k.startsWith('quality.quota.'),
);

export async function samplingSettings(db: Db) {
  const out: Record<string, number> = {};
  for (const k of SAMPLING_KEYS) out[k] = Number(await getSetting(db, k));
  return out;
}

const isMonday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay() === 1;

/** Working days Monday to Sunday of the week (a year the calendar lacks: ordinary weekdays, as a provisional count has it). */
async function workingDaysOfWeek(db: Db, weekStart: string) {
  const cal = await getCalendar(db);
  let n = 0;
  for (let i = 0; i < 7; i++) if (workingByRecord(cal, addDays(weekStart, i))) n += 1;
  return n;
}

export async function drawWeek(db: Db, actor: Actor, input: z.infer<typeof DrawCreate>) {
  if (!isMonday(input.weekStart))
    throw ruleBroken('WEEK_START_NOT_MONDAY', 'A sampling week starts on a Monday', 'weekStart');
  if (input.weekStart > (await todayInCenter(db)))
    throw ruleBroken('WEEK_IN_FUTURE', 'This week has not started: there is nothing to sample yet', 'weekStart');
  const previous = await repo.currentDraw(db, input.weekStart);
  if (previous && !input.replace)
    throw conflict(
      'DRAW_EXISTS',
      `Week ${input.weekStart} was drawn already (seed ${previous.seed}); draw again with replace to cancel its open samples`,
      'weekStart',
    );
  const seed = input.seed ?? newSeed();
  const t0 = performance.now();

  const week = await gatherWeek(db, input.weekStart);
  // What the rules ask for, cut to what the evaluators can score this week (sampling.capacity.ts).
  // Open work a redraw is about to cancel does not count against anyone.
  const [pool, open] = await Promise.all([evaluators(db), queuesRepo.openCounts(db)]);
  const openNow = new Map(open.map((o) => [o.assigned_user_id!, Number(o.n)]));
  if (previous) {
    const cancelled = await repo.openAssignedCountsOfDraw(db, previous.id);
    for (const c of cancelled) openNow.set(c.assigned_user_id!, (openNow.get(c.assigned_user_id!) ?? 0) - Number(c.n));
  }
  const workingDays = await workingDaysOfWeek(db, input.weekStart);
  const carried = pool.filter((e) => e.weight > 0).reduce((s, e) => s + Math.max(0, openNow.get(e.userId) ?? 0), 0);
  const asked = week.agents.map((a) => planAgent(a.facts, a.candidates, week.events, week.settings, seed));
  const { plans, capacity } = fitToCapacity(
    asked,
    pool.map((e) => e.weight),
    workingDays,
    carried,
    seed,
  );
  const at = nowIso();
  const drawId = newId();
  const rows: QaSampleTable[] = [];
  const perAgent: {
    agentId: string;
    volume: number;
    samples: number;
    rule: string;
    percent: number | null;
    byReason: Record<string, number>;
  }[] = [];
  const byReason: Record<string, number> = {};
  for (let i = 0; i < plans.length; i++) {
    const p = plans[i];
    const a = week.agents[i];
    const mine: Record<string, number> = {};
    for (const pick of p.picks) {
      mine[pick.reason.kind] = (mine[pick.reason.kind] ?? 0) + 1;
      byReason[pick.reason.kind] = (byReason[pick.reason.kind] ?? 0) + 1;
      const c = pick.candidate;
      // A drawn interaction has happened: it is reviewed from its recording or transcript. Live
      // and side-by-side monitoring happen on the floor; their quotas count the evaluations saved.
      rows.push({
        id: newId(),
        draw_id: drawId,
        week_start: input.weekStart,
        interaction_id: c.id,
        agent_id: c.agentId,
        team_id: a.teamId,
        department_id: a.facts.departmentId,
        day: c.day,
        started_at: c.startedAt,
        hour_band: pick.band,
        business_type: c.businessType,
        channel: c.channel,
        method: 'recording',
        reason: JSON.stringify(pick.reason),
        why: whyText(pick.reason),
        status: 'open',
        assigned_user_id: null,
        assigned_at: null,
        evaluation_id: null,
        done_at: null,
        skip_reason: null,
        skipped_by: null,
        version: 1,
        created_at: at,
        updated_at: at,
      });
    }
    perAgent.push({
      agentId: p.agentId,
      volume: p.volume,
      samples: p.picks.length,
      rule: p.rule,
      percent: p.percent,
      byReason: mine,
    });
  }

  // Hand the samples out across evaluators by quota (queues.assign.ts), nobody past their week's quota.
  const assignees = assignBalanced(
    rows.map((r) => ({ agentId: r.agent_id, teamId: r.team_id, departmentId: r.department_id })),
    pool,
    openNow,
    workingDays,
  );
  let unassigned = 0;
  rows.forEach((r, i) => {
    r.assigned_user_id = assignees[i];
    r.assigned_at = assignees[i] ? at : null;
    if (!assignees[i]) unassigned += 1;
  });

  const durationMs = Math.round(performance.now() - t0);
  await db.transaction().execute(async (trx) => {
    if (previous) {
      if (!(await repo.markDrawReplaced(trx, previous.id)))
        throw conflict('DRAW_EXISTS', 'Someone else drew this week meanwhile', 'weekStart');
      await repo.cancelOpenSamplesOfDraw(trx, previous.id, at);
    }
    await repo.insertDraw(trx, {
      id: drawId,
      week_start: input.weekStart,
      seed,
      status: 'current',
      agents: plans.length,
      interactions: week.candidateCount,
      samples: rows.length,
      unassigned,
      plan: JSON.stringify({ perAgent, byReason, capacity, settings: week.settings }),
      duration_ms: durationMs,
      created_by: actor.userId,
      created_at: at,
    });
    await repo.insertSamples(trx, rows);
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'qa_sampling_draw',
      entityId: drawId,
      reason: previous ? `redraw of ${previous.id}` : null,
      newValue: { weekStart: input.weekStart, seed, samples: rows.length, replaced: previous?.id ?? null },
    });
  });
  return getDraw(db, actor, drawId);
}

function drawDto(d: repo.DrawRow) {
  const plan = JSON.parse(d.plan) as { byReason: Record<string, number>; capacity?: Capacity };
  return {
    id: d.id,
    weekStart: d.week_start,
    weekEnd: addDays(d.week_start, 6),
    seed: Number(d.seed),
    status: d.status as 'current' | 'replaced',
    agents: Number(d.agents),
    interactions: Number(d.interactions),
    samples: Number(d.samples),
    unassigned: Number(d.unassigned),
    durationMs: Number(d.duration_ms),
    byReason: plan.byReason,
    createdAt: d.created_at,
    createdBy: d.created_by,
    capacity: plan.capacity ?? null, // draws made before capacity was kept have none
  };
}

export async function listDraws(db: Db, weekStart?: string) {
  return (await repo.listDraws(db, weekStart)).map(drawDto);
}

/** A draw with its counts per agent and reason, limited to the agents the reader may see. */
export async function getDraw(db: Db, actor: Actor, id: string) {
  const d = await repo.findDraw(db, id);
  if (!d) throw notFound('Draw');
  const plan = JSON.parse(d.plan) as {
    perAgent: {
      agentId: string;
      volume: number;
      samples: number;
      rule: string;
      percent: number | null;
      byReason: Record<string, number>;
    }[];
  };
  const people = new Map(
    (
      await agentsByIds(
        db,
        plan.perAgent.map((p) => p.agentId),
      )
    ).map((p) => [p.id, p]),
  );
  const scope = peopleScope(actor);
  const visible = plan.perAgent.filter((p) => {
    const person = people.get(p.agentId);
    return !!person && inPeopleScope(scope, person);
  });
  return {
    ...drawDto(d),
    perAgent: visible.map((p) => {
      const person = people.get(p.agentId)!;
      return {
        ...p,
        rule: p.rule as 'share',
        employeeNo: person.employee_no,
        name: person.name,
        teamName: person.team_name,
      };
    }),
  };
}

/** Samples the lead may see (their people scope), filtered. */
export async function listSamples(db: Db, actor: Actor, q: z.infer<typeof SampleListQuery>) {
  let base = repo.samplesQuery(db, peopleScope(actor));
  if (q.weekStart) base = base.where('s.week_start', '=', q.weekStart);
  if (q.drawId) base = base.where('s.draw_id', '=', q.drawId);
  if (q.status) base = base.where('s.status', '=', q.status);
  if (q.assignedUserId) base = base.where('s.assigned_user_id', '=', q.assignedUserId);
  if (q.unassigned === '1') base = base.where('s.assigned_user_id', 'is', null);
  if (q.agentId) base = base.where('s.agent_id', '=', q.agentId);
  const [rows, count] = await Promise.all([
    base
      .select([...repo.SAMPLE_COLUMNS])
      .orderBy('s.day')
      .orderBy('s.started_at')
      .orderBy('s.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute()
      .then((rows) => withSampleNames(db, rows)),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toSampleDto), total: Number(count.n) };
}

/** Called by the evaluations service, in its transaction, when an evaluation scored from a
 *  sample is saved: the sample is done. Refuses a sample that is not open (409 SAMPLE_CLOSED),
 *  an evaluation of another interaction (422 SAMPLE_MISMATCH) or by someone other than the
 *  assignee (422 SAMPLE_NOT_YOURS: the lead reassigns first). */
export async function markSampleDone(trx: Db, sampleId: string, evaluationId: string) {
  const s = await repo.findSample(trx, sampleId);
  if (!s) throw notFound('Sample');
  if (s.status !== 'open') throw conflict('SAMPLE_CLOSED', `This sample is ${s.status}`, 'sampleId');
  const ev = await repo.evaluationBrief(trx, evaluationId);
  if (ev && ev.interaction_id !== s.interaction_id)
    throw ruleBroken('SAMPLE_MISMATCH', 'The evaluation is of another interaction than the sample', 'sampleId');
  if (ev && s.assigned_user_id && ev.evaluator_user_id !== s.assigned_user_id)
    throw ruleBroken('SAMPLE_NOT_YOURS', 'This sample is assigned to another evaluator', 'sampleId');
  const done = await repo.markOpenSampleDone(trx, sampleId, {
    evaluationId,
    at: nowIso(),
    assignedUserId: s.assigned_user_id ?? ev?.evaluator_user_id ?? null,
  });
  if (!done) throw conflict('SAMPLE_CLOSED', 'This sample was closed meanwhile', 'sampleId');
}
