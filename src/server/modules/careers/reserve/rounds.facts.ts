import type { Round, ShortlistEntry } from '../../../../common/careers-reserve.js';
import type { ReserveCriteria, RoundStatus } from '../../../../common/careers.js';
import type { Db } from '../../../db/connect.js';
import { identities } from '../../people/identity.service.js';
import * as repo from './reserve.repo.js';

// What other careers parts read of the reserve rounds (the panel part scores the shortlist, the
// path part shows where a person stands): a round, and its shortlisted candidates.

export const toRound = (r: repo.RoundRow): Round => ({
  id: r.id,
  name: r.name,
  status: r.status as RoundStatus,
  nominationsOpen: r.nominations_open,
  nominationsClose: r.nominations_close,
  talkDay: r.talk_day,
  talkMinutes: Number(r.talk_minutes),
  seats: r.seats === null ? null : Number(r.seats),
  criteria: JSON.parse(r.criteria) as ReserveCriteria,
  cohortId: r.cohort_id,
  candidatesPublishedAt: r.candidates_published_at,
  resultsPublishedAt: r.results_published_at,
  createdAt: r.created_at,
  version: Number(r.version),
});

/** The round, or undefined. */
export async function roundById(db: Db, id: string): Promise<Round | undefined> {
  const r = await repo.findRound(db, id);
  return r && toRound(r);
}

/**
 * The round's shortlisted candidates (status 'shortlisted', whether or not the list is published
 * yet: callers check the round's status), in the order they entered, with name, team, department
 * and their statement — what the whole center may see once the list is published.
 */
export async function shortlistOf(db: Db, roundId: string): Promise<ShortlistEntry[]> {
  const rows = await repo.nominationsOf(db, roundId, ['shortlisted']);
  const who = await identities(
    db,
    rows.map((r) => r.employee_id),
  );
  return rows.flatMap((r) => {
    const p = who.get(r.employee_id);
    return p
      ? [
          {
            nominationId: r.id,
            employeeId: r.employee_id,
            name: p.name,
            teamName: p.teamName,
            departmentName: p.departmentName,
            statement: r.statement,
          },
        ]
      : [];
  });
}
