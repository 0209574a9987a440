import { planContentProblems, type PlanContentShape } from '../../../../common/appraisal-plans.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError, ruleBroken } from '../../../lib/errors.js';
import { teamsOf } from '../../people/identity.service.js';
import * as repo from './plans.repo.js';

// What a plan must satisfy before anything of it is written (issue 18: bad input answers 4xx
// with a message and changes nothing). The content's own rules live in src/common (the editor
// runs them live); here are the ones that need the database or the actor.

// HR and administrators set up plans for any department (or the whole center); a center manager
// only for their own department and its teams.
const COMPANY_WIDE = new Set(['admin', 'hr']);
export const isCompanyWide = (actor: Actor) => actor.roles.some((r) => COMPANY_WIDE.has(r));

const outOfScope = (message: string, field?: string) => new AppError(403, 'PLAN_OUT_OF_SCOPE', message, field);

/** The first rule of the content that is broken, as a 400 naming the field under `content.`. */
export function assertContent(content: PlanContentShape) {
  const p = planContentProblems(content)[0];
  if (p) throw new AppError(400, p.code, p.message, `content.${p.field}`, p.params);
}

/** The department a plan may have for this actor: a center manager's is always their own. */
export async function checkDepartment(db: Db, actor: Actor, departmentId: string | null | undefined) {
  if (!isCompanyWide(actor)) {
    if (!actor.departmentId) throw outOfScope('You manage no department', 'departmentId');
    if (departmentId && departmentId !== actor.departmentId)
      throw outOfScope('You may set up plans for your own department only', 'departmentId');
    return actor.departmentId;
  }
  if (departmentId && !(await repo.departmentExists(db, departmentId)))
    throw ruleBroken('UNKNOWN_DEPARTMENT', 'No such department', 'departmentId');
  return departmentId ?? null;
}

/** May this actor change this plan? A center manager only their department's plans. */
export function checkPlanScope(actor: Actor, plan: { department_id: string | null }) {
  if (!isCompanyWide(actor) && (!plan.department_id || plan.department_id !== actor.departmentId))
    throw outOfScope('This plan is not your department’s');
}

/** Each team in scope exists and belongs to the plan's department (when it has one). */
export async function checkTeams(db: Db, content: PlanContentShape, departmentId: string | null) {
  const teams = await teamsOf(
    db,
    content.teams.map((t) => t.teamId),
  );
  content.teams.forEach((t, i) => {
    const team = teams.get(t.teamId);
    const field = `content.teams.${i}.teamId`;
    if (!team) throw ruleBroken('UNKNOWN_TEAM', 'No such team', field);
    if (departmentId && team.departmentId !== departmentId)
      throw ruleBroken('TEAM_NOT_IN_DEPARTMENT', `${team.name} is not in the plan's department`, field);
  });
}

/** A team is in one published plan at most: publishing a plan that holds another's team is refused. */
export async function checkTeamsFree(db: Db, planId: string, content: PlanContentShape) {
  const taken = await repo.teamsInOtherPlans(
    db,
    planId,
    content.teams.map((t) => t.teamId),
  );
  if (!taken.length) return;
  const i = content.teams.findIndex((t) => t.teamId === taken[0].team_id);
  throw new AppError(
    409,
    'TEAM_IN_OTHER_PLAN',
    `This team is already in the published plan ${taken[0].plan_name}`,
    `content.teams.${i}.teamId`,
    { plan: taken[0].plan_name },
  );
}
