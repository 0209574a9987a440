import type { z } from 'zod';
import type {
  CycleKindName,
  PlanContentShape,
  PlanCreate,
  PlanDraftSave,
  PlanVersionShape,
} from '../../../../common/appraisal-plans.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import type { AppraisalPlanTable, AppraisalPlanVersionTable } from '../../../db/schema-appraisal-plans.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { AppError, conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { teamsOf } from '../../people/identity.service.js';
import { planDefaults } from './plan-defaults.js';
import { assertContent, checkDepartment, checkPlanScope, checkTeams, checkTeamsFree } from './plans.checks.js';
import * as repo from './plans.repo.js';

// Appraisal plans (SPEC §9, issue 18 item 1). A plan's content lives in numbered versions:
// editing edits the draft; when only a published version exists the edit starts a new draft
// (the published version is never edited — a cycle keeps the version it started with).
// Publishing makes the draft the version new cycles use and supersedes the previous one; the
// teams of the published version are written to appraisal_plan_teams, one plan per team.

const versionDto = (v: AppraisalPlanVersionTable): PlanVersionShape => ({
  id: v.id,
  planId: v.plan_id,
  number: Number(v.number),
  status: v.status as PlanVersionShape['status'],
  content: JSON.parse(v.content) as PlanContentShape,
  createdAt: v.created_at,
  createdBy: v.created_by,
  updatedAt: v.updated_at,
  publishedAt: v.published_at,
  publishedBy: v.published_by,
});

type ListRow = AppraisalPlanTable & {
  published_number: number | null;
  published_content: string | null;
  draft_number: number | null;
  draft_content: string | null;
};

function summaryDto(p: ListRow) {
  // What the plan is about now: its draft when it has one, else what is published.
  const current = JSON.parse(p.draft_content ?? p.published_content ?? '{}') as Partial<PlanContentShape>;
  return {
    id: p.id,
    name: p.name,
    departmentId: p.department_id,
    cycleKind: (current.cycleKind ?? 'monthly') as CycleKindName,
    teamCount: current.teams?.length ?? 0,
    publishedVersion: p.published_number === null ? null : Number(p.published_number),
    publishedVersionId: p.published_version_id,
    draftVersion: p.draft_number === null ? null : Number(p.draft_number),
    revision: Number(p.revision),
    updatedAt: p.updated_at,
  };
}

const stale = () => conflict('STALE_VERSION', 'Someone changed this plan since you opened it; reload it', 'revision');
// Two publications at the same moment holding one team: the unique key on team_id says no.
const teamRace = (err: unknown) =>
  isUniqueViolation(err)
    ? new AppError(409, 'TEAM_IN_OTHER_PLAN', 'A team of this plan was just published in another plan', 'content.teams')
    : err;

export async function loadPlan(db: Db, id: string) {
  const plan = await repo.findPlan(db, id);
  if (!plan) throw notFound('Appraisal plan');
  return plan;
}

export async function listPlans(db: Db, q: { page: number; pageSize: number }) {
  const [rows, total] = await Promise.all([repo.listPlans(db, q), repo.countPlans(db)]);
  return { rows: rows.map((r) => summaryDto(r as ListRow)), total };
}

export async function getPlan(db: Db, id: string) {
  const plan = await loadPlan(db, id);
  const versions = await repo.versionsOf(db, id);
  const head = (vid: string | null) => versions.find((v) => v.id === vid);
  return {
    ...summaryDto({
      ...plan,
      published_number: head(plan.published_version_id)?.number ?? null,
      published_content: head(plan.published_version_id)?.content ?? null,
      draft_number: head(plan.draft_version_id)?.number ?? null,
      draft_content: head(plan.draft_version_id)?.content ?? null,
    }),
    versions: versions.map(versionDto),
    teamNames: await teamNamesOf(db, versions),
  };
}

async function teamNamesOf(db: Db, versions: AppraisalPlanVersionTable[]) {
  const ids = versions.flatMap((v) => (JSON.parse(v.content) as PlanContentShape).teams.map((t) => t.teamId));
  const teams = await teamsOf(db, ids);
  return Object.fromEntries([...teams].map(([id, t]) => [id, { name: t.name, departmentName: t.departmentName }]));
}

/** The defaults a new plan starts from, and the forced-distribution block offered when it is switched on. */
export async function defaults(db: Db) {
  const { content, forcedDistribution } = await planDefaults(db, '');
  const { name: _unnamed, ...rest } = content;
  return { content: rest, forcedDistribution };
}

export async function createPlan(db: Db, actor: Actor, input: z.infer<typeof PlanCreate>) {
  const departmentId = await checkDepartment(db, actor, input.departmentId);
  const content: PlanContentShape = {
    ...(input.content ?? (await planDefaults(db, input.name)).content),
    name: input.name,
  };
  assertContent(content);
  await checkTeams(db, content, departmentId);
  const at = nowIso();
  const id = newId();
  const versionId = newId();
  await db.transaction().execute(async (trx) => {
    await repo.insertPlan(trx, {
      id,
      name: input.name,
      department_id: departmentId,
      draft_version_id: versionId,
      published_version_id: null,
      revision: 1,
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
    });
    await repo.insertVersion(trx, {
      id: versionId,
      plan_id: id,
      number: 1,
      status: 'draft',
      content: JSON.stringify(content),
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
      published_at: null,
      published_by: null,
    });
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'appraisal_plan',
      entityId: id,
      newValue: { name: input.name, departmentId, versionId, number: 1, content },
    });
  });
  return getPlan(db, id);
}

export async function saveDraft(db: Db, actor: Actor, id: string, input: z.infer<typeof PlanDraftSave>) {
  const plan = await loadPlan(db, id);
  checkPlanScope(actor, plan);
  assertContent(input.content);
  await checkTeams(db, input.content, plan.department_id);
  const at = nowIso();
  const content = JSON.stringify(input.content);
  await db.transaction().execute(async (trx) => {
    const current = await loadPlan(trx, id);
    let draftId = current.draft_version_id;
    let number: number;
    let before: string | null = null;
    if (draftId) {
      const draft = (await repo.findVersion(trx, draftId))!;
      ({ number } = draft);
      before = draft.content;
      await repo.updateVersion(trx, draftId, { content, updated_at: at });
    } else {
      draftId = newId();
      number = await repo.nextNumber(trx, id);
      await repo.insertVersion(trx, {
        id: draftId,
        plan_id: id,
        number,
        status: 'draft',
        content,
        created_by: actor.userId,
        created_at: at,
        updated_at: at,
        published_at: null,
        published_by: null,
      });
    }
    const changes = { name: input.content.name, draft_version_id: draftId, updated_at: at };
    if (!(await repo.updatePlan(trx, id, input.revision, changes))) throw stale();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'appraisal_plan',
      entityId: id,
      oldValue: before === null ? null : { versionId: draftId, content: JSON.parse(before) },
      newValue: { versionId: draftId, number: Number(number), content: input.content },
    });
  });
  return getPlan(db, id);
}

export async function publish(db: Db, actor: Actor, id: string, revision: number) {
  const plan = await loadPlan(db, id);
  checkPlanScope(actor, plan);
  if (!plan.draft_version_id) throw ruleBroken('NO_DRAFT', 'There is no draft to publish: edit the plan first');
  const draft = (await repo.findVersion(db, plan.draft_version_id))!;
  const content = JSON.parse(draft.content) as PlanContentShape;
  assertContent(content);
  await checkTeams(db, content, plan.department_id);
  if (!content.teams.length)
    throw ruleBroken('PLAN_HAS_NO_TEAMS', 'Name the teams the plan covers before publishing it', 'content.teams');
  const at = nowIso();
  try {
    await db.transaction().execute(async (trx) => {
      await checkTeamsFree(trx, id, content);
      const changes = { published_version_id: draft.id, draft_version_id: null, updated_at: at };
      if (!(await repo.updatePlan(trx, id, revision, changes))) throw stale();
      if (plan.published_version_id)
        await repo.updateVersion(trx, plan.published_version_id, { status: 'superseded', updated_at: at });
      await repo.updateVersion(trx, draft.id, {
        status: 'published',
        published_at: at,
        published_by: actor.userId,
        updated_at: at,
      });
      await repo.replacePlanTeams(
        trx,
        id,
        content.teams.map((t) => ({
          team_id: t.teamId,
          plan_id: id,
          version_id: draft.id,
          position_type: t.positionType,
        })),
      );
      await recordAudit(trx, actor, {
        action: 'status_change',
        entity: 'appraisal_plan',
        entityId: id,
        oldValue: { publishedVersionId: plan.published_version_id },
        newValue: { publishedVersionId: draft.id, number: Number(draft.number), teams: content.teams },
      });
    });
  } catch (err) {
    throw teamRace(err);
  }
  return getPlan(db, id);
}
