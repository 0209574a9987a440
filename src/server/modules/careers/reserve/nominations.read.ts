import type { z } from 'zod';
import type { EligibleQuery, Nomination } from '../../../../common/careers-reserve.js';
import type { Eligibility, NominationStatus } from '../../../../common/careers.js';
import type { Db } from '../../../db/connect.js';
import { inPeopleScope, peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { identities, namesOf, people } from '../../people/identity.service.js';
import { reserveEligibility } from './eligibility.js';
import * as repo from './reserve.repo.js';
import { shortlistOf, toRound } from './rounds.facts.js';
import { managesReserve, requireRound } from './rounds.service.js';

// What each person may read of a round's entries (SPEC §11, issue 21): HR and administrators
// everything; leads and managers (careers.reserve.view) the eligibility and entries of the people
// in their scope; an agent their own entry (with their own screening outcome and reason) and, once
// published, the shortlist — name, team, department and statement, nothing else.

const criteriaOf = (r: repo.RoundRow) => toRound(r).criteria;

/** Eligibility for the round, judged with the round's criteria on today. */
export async function eligibilityNow(
  db: Db,
  round: repo.RoundRow,
  employeeId: string,
): Promise<Eligibility | undefined> {
  return (await reserveEligibility(db, [employeeId], criteriaOf(round))).get(employeeId);
}

export async function toViews(db: Db, rows: repo.NominationRow[]): Promise<Nomination[]> {
  const who = await identities(
    db,
    rows.map((r) => r.employee_id),
  );
  const recommenders = await namesOf(
    db,
    rows.map((r) => r.recommended_by),
  );
  return rows.flatMap((r) => {
    const p = who.get(r.employee_id);
    if (!p) return [];
    return [
      {
        id: r.id,
        roundId: r.round_id,
        employeeId: r.employee_id,
        employeeNo: p.employeeNo,
        name: p.name,
        teamName: p.teamName,
        departmentName: p.departmentName,
        source: r.source as Nomination['source'],
        statement: r.statement,
        recommendedByName: r.recommended_by ? (recommenders.get(r.recommended_by) ?? null) : null,
        recommendation: r.recommendation,
        eligibility: JSON.parse(r.eligibility) as Eligibility,
        status: r.status as NominationStatus,
        screeningReason: r.screening_reason,
        screenedAt: r.screened_at,
        createdAt: r.created_at,
        version: Number(r.version),
      },
    ];
  });
}

/** The signed-in person's eligibility for the round (its criteria, today) and their entry. */
export async function myRound(db: Db, actor: Actor, roundId: string) {
  const r = await requireRound(db, actor, roundId);
  if (!actor.employeeId) return { eligibility: null, entry: null };
  const eligibility = (await eligibilityNow(db, r, actor.employeeId)) ?? null;
  const row = await repo.nominationOfPerson(db, roundId, actor.employeeId);
  return { eligibility, entry: row ? ((await toViews(db, [row]))[0] ?? null) : null };
}

/** The round's entries: HR all; leads and managers those of the people in their scope. */
export async function listNominations(db: Db, actor: Actor, roundId: string) {
  await requireRound(db, actor, roundId);
  const rows = await repo.nominationsOf(db, roundId);
  if (managesReserve(actor)) return toViews(db, rows);
  const scope = peopleScope(actor);
  const places = await identities(
    db,
    rows.map((r) => r.employee_id),
  );
  return toViews(
    db,
    rows.filter((r) => {
      const p = places.get(r.employee_id);
      return (
        p &&
        p.id !== actor.employeeId &&
        inPeopleScope(scope, { id: p.id, team_id: p.teamId, department_id: p.departmentId })
      );
    }),
  );
}

/** Current agents in the actor's scope with their eligibility for the round (its criteria, today). */
export async function eligibleOf(db: Db, actor: Actor, roundId: string, q: z.output<typeof EligibleQuery>) {
  const r = await requireRound(db, actor, roundId);
  const floor = (
    await people(db, { scope: peopleScope(actor), statuses: ['probation', 'regular', 'key_staff'] })
  ).filter((p) => p.id !== actor.employeeId);
  const [facts, entries] = await Promise.all([
    reserveEligibility(
      db,
      floor.map((p) => p.id),
      criteriaOf(r),
    ),
    repo.nominationsOf(db, roundId),
  ]);
  const byPerson = new Map(entries.map((n) => [n.employee_id, n]));
  return floor
    .map((p) => ({
      employeeId: p.id,
      employeeNo: p.employeeNo,
      name: p.name,
      status: p.status,
      teamName: p.teamName,
      departmentName: p.departmentName,
      eligibility: facts.get(p.id)!,
      nominationStatus: (byPerson.get(p.id)?.status ?? null) as NominationStatus | null,
      recommended: !!byPerson.get(p.id)?.recommended_by,
    }))
    .filter((x) => q.eligibleOnly !== 'true' || x.eligibility.eligible);
}

/** The published shortlist (everyone in the center); HR sees the list as it stands before publishing. */
export async function publishedShortlist(db: Db, actor: Actor, roundId: string) {
  const r = await requireRound(db, actor, roundId);
  const published = ['candidates_published', 'results_published'].includes(r.status);
  if (!published && !managesReserve(actor)) return [];
  return shortlistOf(db, roundId);
}
