import type { z } from 'zod';
import type { CycleCreateInput, CycleListQuery, CycleStepName } from '../../../../common/appraisal-cycles.js';
import { hasPermission } from '../../../../common/permissions.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import { peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { nowIso, nowMs } from '../../../lib/clock.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { people } from '../../people/identity.service.js';
import { recomputeDrafts } from '../sheets/sheets.batch.js';
import { gradeCounts } from '../sheets/sheets.repo.js';
import { loadPlanVersion, versionHeads } from './plan-source.js';
import * as repo from './cycles.repo.js';
import { nextStep, requireOpen } from './cycles.steps.js';
import { periodOf, timetableFor } from './cycles.timetable.js';

// Appraisal cycles (SPEC §9): made from a published plan version and a period; a sheet for every
// appraised person of the plan's teams (a team's lead on the team_lead set when the plan has one),
// computed from the data at once and kept following it until the freeze.

/** Who is appraised: people employed past training (trainees are judged by the new-hire rules). */
const APPRAISED = ['probation', 'regular', 'key_staff', 'team_lead'] as const;

type Timetable = { step: CycleStepName; dueOn: string; provisionalYear: number | null }[];

export async function createCycle(db: Db, actor: Actor, input: z.output<typeof CycleCreateInput>) {
  const plan = await loadPlanVersion(db, input.planVersionId);
  if (!plan) throw notFound('Plan version');
  if (plan.status !== 'published')
    throw ruleBroken('PLAN_NOT_PUBLISHED', 'A cycle runs on a published plan version', 'planVersionId');
  const { periodStart, periodEnd } = periodOf(plan.content.cycleKind, input.periodStart);
  const timetable = await timetableFor(db, periodEnd, plan.content.appealWorkingDays);
  const typeOf = new Map(plan.content.teams.map((t) => [t.teamId, t.positionType]));
  const members = await people(db, {
    scope: { kind: 'all' },
    statuses: APPRAISED,
    teamIds: [...typeOf.keys()],
  });
  if (!members.length)
    throw ruleBroken('PLAN_HAS_NO_PEOPLE', 'Nobody in the plan’s teams is appraised', 'planVersionId');
  const leadSet = !!plan.content.kpiSets.team_lead?.length;

  const id = newId();
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    try {
      await repo.insertCycle(trx, {
        id,
        name: input.name ?? `${plan.planName} ${periodStart.slice(0, 7)}`,
        plan_id: plan.planId,
        plan_version_id: plan.id,
        kind: plan.content.cycleKind,
        period_start: periodStart,
        period_end: periodEnd,
        status: 'open',
        timetable: JSON.stringify(timetable),
        created_by: actor.userId,
        created_at: at,
        frozen_at: null,
        computed_at: at,
        version: 1,
        updated_at: at,
      });
    } catch (e) {
      if (isUniqueViolation(e))
        throw conflict('CYCLE_EXISTS', 'This plan already has a cycle for this period', 'periodStart');
      throw e;
    }
    const sheets = members.map((p) => ({
      id: newId(),
      cycle_id: id,
      employee_id: p.id,
      team_id: p.teamId,
      department_id: p.departmentId,
      position_type: p.status === 'team_lead' && leadSet ? 'team_lead' : typeOf.get(p.teamId)!,
      status: 'draft',
      total: null,
      grade: null,
      lead_comment: null,
      lead_comment_by: null,
      confirmed_at: null,
      confirmed_by: null,
      computed_at: null,
      frozen_at: null,
      version: 1,
      updated_at: at,
    }));
    await repo.insertSheets(trx, sheets);
    await repo.insertEvent(trx, {
      id: newId(),
      cycle_id: id,
      step: 'open',
      at,
      actor_user_id: actor.userId,
      actor_name: actor.name,
      note: null,
    });
    await recomputeDrafts(trx, actor, { id, periodStart, periodEnd, content: plan.content }, 'cycle created');
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'appraisal_cycle',
      entityId: id,
      newValue: { planVersionId: plan.id, periodStart, periodEnd, sheets: sheets.length },
    });
  });
  return cycleDetail(db, actor, id);
}

export async function listCycles(db: Db, q: z.output<typeof CycleListQuery>) {
  const { rows, total } = await repo.listCycles(db, q, q.page, q.pageSize);
  const [heads, counts] = await Promise.all([
    versionHeads(db, [...new Set(rows.map((r) => r.plan_version_id))]),
    repo.sheetCounts(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  const head = new Map(heads.map((h) => [h.id, h]));
  const count = new Map(counts.map((c) => [c.cycle_id, c]));
  return { data: rows.map((r) => summary(r, head.get(r.plan_version_id), count.get(r.id))), total };
}

function summary(
  r: repo.CycleRow,
  head: { name: string; number: number } | undefined,
  count: { n: number; confirmed: number } | undefined,
) {
  const timetable = JSON.parse(r.timetable) as Timetable;
  return {
    id: r.id,
    name: r.name,
    planId: r.plan_id,
    planVersionId: r.plan_version_id,
    planVersion: Number(head?.number ?? 0),
    planName: head?.name ?? '',
    kind: r.kind as 'monthly',
    periodStart: r.period_start,
    periodEnd: r.period_end,
    status: r.status as CycleStepName,
    dueOn: timetable.find((t) => t.step === r.status)?.dueOn ?? null,
    sheetCount: Number(count?.n ?? 0),
    confirmedCount: Number(count?.confirmed ?? 0),
    createdAt: r.created_at,
    version: Number(r.version),
  };
}

export async function cycleDetail(db: Db, actor: Actor, id: string) {
  const r = await repo.findCycle(db, id);
  if (!r) throw notFound('Appraisal cycle');
  const [heads, counts, history, grades] = await Promise.all([
    versionHeads(db, [r.plan_version_id]),
    repo.sheetCounts(db, [id]),
    repo.events(db, id),
    gradeCounts(db, peopleScope(actor), id),
  ]);
  const runs = hasPermission(actor.roles, 'appraisal.cycles');
  const open = r.status === 'open';
  return {
    ...summary(r, heads[0], counts[0]),
    timetable: JSON.parse(r.timetable) as Timetable,
    history: history.map((h) => ({ step: h.step as CycleStepName, at: h.at, byName: h.actor_name, note: h.note })),
    frozenAt: r.frozen_at,
    computedAt: r.computed_at,
    gradeCounts: Object.fromEntries(grades.map((g) => [g.grade ?? 'none', Number(g.n)])),
    allowed: {
      advanceTo: runs ? nextStep(r.status as CycleStepName) : null,
      recompute: runs && open,
      enterExternal: runs && open,
    },
  };
}

/** Computes the draft sheets of an open cycle again from the data (409 CYCLE_FROZEN after the freeze). */
export async function recomputeCycle(db: Db, actor: Actor, id: string) {
  const cycle = await repo.findCycle(db, id);
  if (!cycle) throw notFound('Appraisal cycle');
  requireOpen(cycle);
  const plan = (await loadPlanVersion(db, cycle.plan_version_id))!;
  const started = nowMs();
  const r = await db.transaction().execute(async (trx) => {
    const out = await recomputeDrafts(
      trx,
      actor,
      { id, periodStart: cycle.period_start, periodEnd: cycle.period_end, content: plan.content },
      'recompute',
    );
    await repo.markComputed(trx, id, nowIso());
    return out;
  });
  return { ...r, ms: nowMs() - started };
}

/** The cycle, or 404. */
export async function requireCycle(db: Db, id: string) {
  const cycle = await repo.findCycle(db, id);
  if (!cycle) throw notFound('Appraisal cycle');
  return cycle;
}
