import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { ruleBroken } from '../../../lib/errors.js';

// The lead a checklist belongs to is always the signed-in person: ticks and meetings are their
// own (careers.routines.tick). An account with no employee or team (an administrator's) has no
// checklist.
export interface Lead {
  employeeId: string;
  teamId: string;
  userId: string;
  today: string;
}

export async function leadOf(db: Db, actor: Actor): Promise<Lead> {
  if (!actor.employeeId || !actor.teamId)
    throw ruleBroken('ROUTINE_NO_TEAM', 'Only a team lead with a team keeps a routine checklist');
  return { employeeId: actor.employeeId, teamId: actor.teamId, userId: actor.userId, today: await todayInCenter(db) };
}
