import type { z } from 'zod';
import type { GradeName, KpiCodeName } from '../../../../common/appraisal-plans.js';
import type { FollowUp, FollowUpListQuery, FollowUpUpdate } from '../../../../common/appraisal-results.js';
import type { Db } from '../../../db/connect.js';
import { inPeopleScope, peopleScope, requireInScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { workingDeadlineFrom } from '../../../lib/calendar.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { nowIso } from '../../../lib/clock.js';
import { conflict, forbidden, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { notify, settleNotices, userIdsWithRoles } from '../../../lib/notify.js';
import { getSetting } from '../../../lib/settings.js';
import { identities, teamLeads, teamsOf } from '../../people/identity.service.js';
import { loadCycle, previousCycle } from '../distribution/cycle-context.js';
import { fixGrades } from '../distribution/distribution.service.js';
import * as repo from './followups.repo.js';
import type { FollowUpRow } from './followups.repo.js';
import { followUpLink } from '../work/links.js';

// Results are used (SPEC §9 "how results are used", issue 18 item 7): when a cycle is published, a
// D — or a C after a C in the previous published cycle of the same plan — opens a follow-up for the
// person: a training need and an improvement plan (改进计划) with an owner (their team lead) and a
// due day (appraisal.followUpWorkingDays working days after publication). The training managers
// and the lead are told. The follow-up starts from the sheet's weakest KPI (the most points to
// gain: weight × (100 − points)); the owner writes the need and the plan and closes it with its
// outcome. Opening is idempotent: publishing again opens none twice.

const link = followUpLink;
const EDITORS = new Set(['admin', 'hr', 'training_manager', 'center_manager', 'team_lead']);

/** Fixes the grades and opens the follow-ups of a cycle being published (call inside its transaction). */
export async function publishResults(trx: Db, actor: Pick<Actor, 'userId' | 'name'>, cycleId: string) {
  const cycle = await loadCycle(trx, cycleId);
  if (!cycle) return { opened: 0 };
  const grades = await fixGrades(trx, cycle);
  const prev = await previousCycle(trx, cycle);
  const before =
    prev?.status === 'published'
      ? new Map((await repo.gradesOfCycle(trx, prev.id)).map((g) => [g.employee_id, g.grade]))
      : new Map<string, string | null>();
  const already = new Set((await repo.followUpsOfCycle(trx, cycle.id)).map((f) => f.employee_id));
  const due = grades
    .filter((g) => !already.has(g.employeeId))
    .map((g) => ({
      g,
      trigger:
        g.grade === 'D'
          ? ('grade_d' as const)
          : g.grade === 'C' && before.get(g.employeeId) === 'C'
            ? ('repeated_c' as const)
            : null,
    }))
    .filter((x) => x.trigger !== null);
  if (!due.length) return { opened: 0 };

  const items = await repo.itemsOfSheets(
    trx,
    due.map((d) => d.g.sheetId),
  );
  const weakest = new Map<string, { code: string; gain: number }>();
  for (const i of items) {
    if (i.points === null) continue;
    const gain = i.weight * (100 - i.points);
    if (gain > (weakest.get(i.sheet_id)?.gain ?? 0)) weakest.set(i.sheet_id, { code: i.code, gain });
  }
  const leads = await teamLeads(trx, [...new Set(due.map((d) => d.g.teamId))]);
  const leadNames = await identities(
    trx,
    leads.map((l) => l.employeeId),
  );
  const people = await identities(
    trx,
    due.map((d) => d.g.employeeId),
  );
  const trainingManagers = await userIdsWithRoles(trx, ['training_manager']);
  const dueOn = (
    await workingDeadlineFrom(trx, await todayInCenter(trx), await getSetting(trx, 'appraisal.followUpWorkingDays'))
  ).day;
  const at = nowIso();
  for (const { g, trigger } of due) {
    const lead = leads.find((l) => l.teamId === g.teamId);
    const id = newId();
    await repo.insertFollowUp(trx, {
      id,
      cycle_id: cycle.id,
      employee_id: g.employeeId,
      team_id: g.teamId,
      trigger: trigger!,
      grade: g.grade!,
      previous_cycle_id: trigger === 'repeated_c' ? prev!.id : null,
      weakest_kpi: weakest.get(g.sheetId)?.code ?? null,
      training_need: '',
      improvement_plan: '',
      owner_user_id: lead?.userId ?? null,
      owner_name: lead ? (leadNames.get(lead.employeeId)?.name ?? '') : '',
      due_on: dueOn,
      status: 'open',
      outcome: null,
      created_at: at,
      closed_at: null,
      version: 1,
      updated_at: at,
    });
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'appraisal_followup',
      entityId: id,
      newValue: { cycleId: cycle.id, employeeId: g.employeeId, trigger, grade: g.grade, dueOn },
    });
    await notify(trx, {
      userIds: [...trainingManagers, ...(lead ? [lead.userId] : [])],
      kind: 'appraisal_followup_opened',
      params: { name: people.get(g.employeeId)?.name ?? '', grade: g.grade!, trigger: trigger!, cycle: cycle.name },
      link: link(id),
      exceptUserIds: actor.userId ? [actor.userId] : [],
    });
  }
  return { opened: due.length };
}

const inSight = (actor: Actor, f: Pick<FollowUpRow, 'employee_id' | 'team_id' | 'department_id'>) =>
  inPeopleScope(peopleScope(actor), { id: f.employee_id, team_id: f.team_id, department_id: f.department_id });

const mayEdit = (actor: Actor, f: FollowUpRow) =>
  f.employee_id !== actor.employeeId && (f.owner_user_id === actor.userId || actor.roles.some((r) => EDITORS.has(r)));

async function toViews(db: Db, actor: Actor, rows: FollowUpRow[]): Promise<z.infer<typeof FollowUp>[]> {
  const [people, teams] = await Promise.all([
    identities(
      db,
      rows.map((r) => r.employee_id),
    ),
    teamsOf(
      db,
      rows.map((r) => r.team_id),
    ),
  ]);
  return rows.map((r) => ({
    id: r.id,
    cycleId: r.cycle_id,
    employeeId: r.employee_id,
    employeeNo: people.get(r.employee_id)?.employeeNo ?? '',
    employeeName: people.get(r.employee_id)?.name ?? '',
    teamId: r.team_id,
    teamName: teams.get(r.team_id)?.name ?? '',
    trigger: r.trigger as 'grade_d' | 'repeated_c',
    grade: r.grade as GradeName,
    previousCycleId: r.previous_cycle_id,
    weakestKpi: r.weakest_kpi as KpiCodeName | null,
    trainingNeed: r.training_need,
    improvementPlan: r.improvement_plan,
    owner: { userId: r.owner_user_id, name: r.owner_name },
    dueOn: r.due_on,
    status: r.status as 'open' | 'done',
    outcome: r.outcome,
    createdAt: r.created_at,
    closedAt: r.closed_at,
    version: r.version,
    can: { edit: r.status === 'open' && mayEdit(actor, r) },
  }));
}

export async function listFollowUps(db: Db, actor: Actor, q: z.output<typeof FollowUpListQuery>) {
  const { rows, total } = await repo.listFollowUps(db, peopleScope(actor), q);
  return { data: await toViews(db, actor, rows), total };
}

const visible = async (db: Db, actor: Actor, id: string) =>
  requireInScope(await repo.findFollowUp(db, id), (f) => inSight(actor, f), 'Follow-up');

export async function followUpDetail(db: Db, actor: Actor, id: string) {
  return (await toViews(db, actor, [await visible(db, actor, id)]))[0];
}

export async function updateFollowUp(db: Db, actor: Actor, id: string, input: z.output<typeof FollowUpUpdate>) {
  const f = await visible(db, actor, id);
  if (!mayEdit(actor, f)) throw forbidden('The owner, the team lead, HR or a training manager keeps a follow-up');
  if (f.status !== 'open') throw conflict('FOLLOWUP_CLOSED', 'The follow-up is closed');
  if (input.status === 'done' && !(input.outcome ?? f.outcome))
    throw ruleBroken('FOLLOWUP_OUTCOME_REQUIRED', 'Closing a follow-up says what came of it', 'outcome');
  if (input.version !== f.version)
    throw conflict('VERSION_CONFLICT', 'The follow-up was changed meanwhile; read it again', 'version');
  const patch = {
    ...(input.trainingNeed !== undefined ? { training_need: input.trainingNeed } : {}),
    ...(input.improvementPlan !== undefined ? { improvement_plan: input.improvementPlan } : {}),
    ...(input.dueOn !== undefined ? { due_on: input.dueOn } : {}),
    ...(input.outcome !== undefined ? { outcome: input.outcome ?? null } : {}),
    ...(input.status === 'done' ? { status: 'done', closed_at: nowIso() } : {}),
  };
  await db.transaction().execute(async (trx) => {
    await repo.updateAtVersion(trx, f.id, f.version, patch);
    if (input.status === 'done') await settleNotices(trx, [link(f.id)]);
    const old = Object.fromEntries(Object.keys(patch).map((k) => [k, f[k as keyof FollowUpRow]]));
    await recordAudit(trx, actor, {
      action: input.status === 'done' ? 'status_change' : 'update',
      entity: 'appraisal_followup',
      entityId: f.id,
      oldValue: old,
      newValue: patch,
    });
  });
  return followUpDetail(db, actor, f.id);
}
