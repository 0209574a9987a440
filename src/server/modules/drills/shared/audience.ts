import type { Db } from '../../../db/connect.js';
import { Audience } from '../../../../common/drills.js';

// Which decks a person practises: the active decks whose audience (departments, employment
// statuses; an empty list means all) takes them in. Cards made due by an error come on top,
// from any deck (shared/states.ts).

export const parseAudience = (json: string): Audience => Audience.parse(JSON.parse(json));

export const audienceTakes = (a: Audience, p: { departmentId: string; status: string }) =>
  (a.departmentIds.length === 0 || a.departmentIds.includes(p.departmentId)) &&
  (a.statuses.length === 0 || (a.statuses as string[]).includes(p.status));

/** The ids of the active decks `person` is in the audience of. */
export async function decksFor(db: Db, person: { departmentId: string; status: string }): Promise<string[]> {
  const decks = await db.selectFrom('drill_decks').select(['id', 'audience']).where('status', '=', 'active').execute();
  return decks.filter((d) => audienceTakes(parseAudience(d.audience), person)).map((d) => d.id);
}
