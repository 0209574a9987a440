import { hasPermission } from '../../../../common/permissions.js';
import type { Db } from '../../../db/connect.js';
import { inPeopleScope, peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { notFound, ruleBroken } from '../../../lib/errors.js';
import { identity } from '../../people/identity.service.js';
import { decksFor } from '../shared/audience.js';
import * as repo from './recordings.repo.js';

// Who may hear and rate a recording. The learner hears their own. Those who coach — a mentor
// (training.mentor) or anyone with drills.team (lead, center manager, trainer, training staff) —
// hear and rate the recordings of the people lib/access.ts lets them see: a mentor their mentees,
// a trainer the people in their sessions, a lead their team, a center manager their department,
// training managers everyone. Nobody rates their own. Anyone else is told it does not exist.

export const coaches = (actor: Actor) =>
  hasPermission(actor.roles, 'training.mentor') || hasPermission(actor.roles, 'drills.team');

type Place = { id: string; team_id: string; department_id: string };

export const mayRate = (actor: Actor, owner: Place) =>
  owner.id !== actor.employeeId && coaches(actor) && inPeopleScope(peopleScope(actor), owner);

export const mayListen = (actor: Actor, owner: Place) => owner.id === actor.employeeId || mayRate(actor, owner);

export async function placeOf(db: Db, employeeId: string): Promise<Place | null> {
  const p = await identity(db, employeeId);
  return p ? { id: p.id, team_id: p.teamId, department_id: p.departmentId } : null;
}

/** The actor's own person; 422 NO_EMPLOYEE for an account not linked to one. */
export function ownEmployee(actor: Actor): string {
  if (!actor.employeeId) throw ruleBroken('NO_EMPLOYEE', 'Your account is not linked to a person');
  return actor.employeeId;
}

/**
 * The card, when the person may practise it: active, and in a deck whose audience takes them in
 * or made due to them (a QA or exam error, a changed script: a drill_states row). 404 otherwise,
 * as for a card that does not exist; 422 RECORDING_NOT_READ_ALOUD for a card of another kind.
 */
export async function practisableCard(db: Db, employeeId: string, cardId: string) {
  const card = await repo.cardById(db, cardId);
  if (!card || card.status !== 'active') throw notFound('Card');
  const person = await identity(db, employeeId);
  if (!person) throw notFound('Card');
  const inDecks = (await decksFor(db, { departmentId: person.departmentId, status: person.status })).includes(
    card.deck_id,
  );
  if (!inDecks && !(await repo.hasState(db, employeeId, cardId))) throw notFound('Card');
  if (card.kind !== 'read_aloud')
    throw ruleBroken(
      'RECORDING_NOT_READ_ALOUD',
      `Only read-aloud cards take a recording; this one is ${card.kind}`,
      'cardId',
    );
  return card;
}
