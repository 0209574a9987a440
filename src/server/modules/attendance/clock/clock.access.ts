import { hasPermission } from '../../../../common/permissions.js';
import { inPeopleScope, peopleScope, type PeopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { notFound } from '../../../lib/errors.js';
import { placeOf } from '../../people/identity.service.js';
import type { Db } from '../../../db/connect.js';

// Who sees and resolves which matched day: attendance.read shows the days of the people in the
// actor's people scope (a team lead their team, a center manager their department, HR all);
// resolving an exception needs attendance.approve and the person in scope — and never one's own.
// A day out of sight answers 404, as if it did not exist.

export const dayScope = (actor: Actor): PeopleScope => peopleScope(actor);

export async function requirePersonVisible(db: Db, actor: Actor, employeeId: string) {
  const place = await placeOf(db, employeeId);
  if (!place || !inPeopleScope(peopleScope(actor), place)) throw notFound('Attendance day');
  return place;
}

export const mayResolve = (actor: Actor, employeeId: string) =>
  hasPermission(actor.roles, 'attendance.approve') && actor.employeeId !== employeeId;
