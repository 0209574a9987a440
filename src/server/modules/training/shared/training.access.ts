import type { Db } from '../../../db/connect.js';
import { inPeopleScope, peopleScope, requirePersonInScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { ruleBroken } from '../../../lib/errors.js';
import { identities, identity, type Identity } from '../../people/identity.service.js';
import { activeMenteeIds, learnerIdsOfTrainer, trainerIdsOfEmployee } from './training.repo.js';

// Who may do what in training (SPEC §1, §3, §7). Training managers and administrators run it;
// HR and center managers read it; a trainer acts on the sessions they teach and sees the people
// enrolled in them; a mentor acts on their mentees; everybody else sees their own record.
// Seeing a person follows lib/access.ts peopleScope, which the two contributors below widen.

const RUNS = new Set(['admin', 'training_manager']);
const READS_ALL = new Set(['admin', 'training_manager', 'hr', 'center_manager']);
export const runsTraining = (actor: Actor) => actor.roles.some((r) => RUNS.has(r));
export const readsAllTraining = (actor: Actor) => actor.roles.some((r) => READS_ALL.has(r));

/** The trainer rows the actor is (internal trainers are employees). */
export async function trainerIdsOf(db: Db, actor: Pick<Actor, 'employeeId'>): Promise<string[]> {
  if (!actor.employeeId) return [];
  return trainerIdsOfEmployee(db, actor.employeeId);
}

/** Contributor for lib/access.ts: a trainer sees the people enrolled in the sessions they teach. */
export async function learnersOfTrainer(db: Db, actor: Actor): Promise<string[]> {
  if (!actor.employeeId) return [];
  return learnerIdsOfTrainer(db, actor.employeeId);
}

/** Contributor for lib/access.ts: a mentor sees their current mentees. */
export async function menteesOfMentor(db: Db, actor: Actor): Promise<string[]> {
  if (!actor.employeeId) return [];
  return activeMenteeIds(db, actor.employeeId);
}

const place = (p: Identity) => ({
  id: p.id,
  name: p.name,
  employee_no: p.employeeNo,
  status: p.status,
  team_id: p.teamId,
  department_id: p.departmentId,
});

export async function personPlace(db: Db, employeeId: string) {
  const p = await identity(db, employeeId);
  return p && { ...place(p), supervisor_id: p.supervisorId };
}

/** 404 for a person who does not exist or whom the actor may not see (lib/access.ts). */
export async function requirePersonVisible(db: Db, actor: Actor, employeeId: string) {
  return requirePersonInScope(actor, await personPlace(db, employeeId));
}

/** A filter keeping the people the actor may see (for lists of people inside a session, a cohort…). */
export function visibleFilter(actor: Actor) {
  const scope = peopleScope(actor);
  return (p: { id: string; team_id: string; department_id: string }) => inPeopleScope(scope, p);
}

/** The people with these ids, with where they sit; unknown ids are refused by name of the field. */
export async function requirePeople(db: Db, ids: string[], field: string) {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = [...(await identities(db, unique)).values()].map((p) => ({ ...place(p), team_name: p.teamName }));
  if (rows.length !== unique.length) {
    const known = new Set(rows.map((r) => r.id));
    throw ruleBroken('UNKNOWN_EMPLOYEE', `No such employee: ${unique.find((id) => !known.has(id))}`, field);
  }
  return rows;
}
