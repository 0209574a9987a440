import { hasPermission } from '../../../../common/permissions.js';
import type { Db } from '../../../db/connect.js';
import { peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError, forbidden, notFound } from '../../../lib/errors.js';
import { teamsOf, type TeamIdentity } from '../../people/identity.service.js';

// Who may do what with a team's roster (the rosters part's one access check): HR and the
// administrator every team, a center manager the teams of their department, a team lead their
// own team (attendance.roster). Anyone else reads their own team's roster once it is published.

const inScope = (actor: Actor, team: TeamIdentity) => {
  const scope = peopleScope(actor);
  return scope.kind === 'all' || scope.teamIds.includes(team.id) || scope.departmentIds.includes(team.departmentId);
};

/** Whether the actor may build and change this team's roster. */
export const mayEditTeam = (actor: Actor, team: TeamIdentity) =>
  hasPermission(actor.roles, 'attendance.roster') && inScope(actor, team);

/** Whether the actor may see this team's roster at all (drafts only when they may edit it). */
export const mayReadTeam = (actor: Actor, team: TeamIdentity) =>
  mayEditTeam(actor, team) || actor.teamId === team.id || inScope(actor, team);

/** The team when the actor may see it; 404 the same whether it does not exist or is out of sight. */
export async function readableTeam(db: Db, actor: Actor, teamId: string) {
  const team = (await teamsOf(db, [teamId])).get(teamId);
  if (!team || !mayReadTeam(actor, team)) throw notFound('Team');
  return team;
}

/** The team when the actor may change its roster: 404 when out of sight, 403 when seen but not theirs to edit. */
export async function editableTeam(db: Db, actor: Actor, teamId: string) {
  const team = await readableTeam(db, actor, teamId);
  if (!mayEditTeam(actor, team))
    throw forbidden('Only the team’s lead, its center manager or HR may change this roster');
  return team;
}

/**
 * Shift templates: HR and the administrator set up any. A center manager (attendance.setup with a
 * department scope) adds templates for their own center or for every center, but changes only their
 * own center's — a center-wide template is on other centers' rosters too — and never another
 * center's. 403 ATTENDANCE_SHIFT_NOT_YOUR_CENTER.
 */
export function requireShiftCenter(actor: Actor, departmentId: string | null, change: 'add' | 'change') {
  if (peopleScope(actor).kind === 'all') return;
  const own = actor.roles.includes('center_manager') && !!actor.departmentId && actor.departmentId === departmentId;
  if (own || (change === 'add' && departmentId === null)) return;
  throw new AppError(
    403,
    'ATTENDANCE_SHIFT_NOT_YOUR_CENTER',
    'A center manager changes the shift templates of their own center only',
    'departmentId',
  );
}
