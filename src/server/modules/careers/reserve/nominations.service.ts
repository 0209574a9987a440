import type { z } from 'zod';
import type { EligibleQuery, Nomination, RecommendInput, ScreenInput } from '../../../../common/careers-reserve.js';
import type { Eligibility, NominationStatus } from '../../../../common/careers.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import { inPeopleScope, peopleScope, requirePersonInScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { nowIso } from '../../../lib/clock.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { identities, namesOf, people, placeOf } from '../../people/identity.service.js';
import { recordCareerEvent } from '../shared/events.js';
import { reserveEligibility } from './eligibility.js';
import * as repo from './reserve.repo.js';
import { shortlistOf, toRound } from './rounds.facts.js';
import { managesReserve, requireRound } from './rounds.service.js';

// Entries to a reserve round (SPEC §11): an eligible agent enters themself inside the window with
// a statement; a lead recommends one of their people (added to their entry, or a new entry with
// source 'lead'); the person may withdraw before screening; HR shortlists or declines each entry
// with a reason. The eligibility at entry is stored with it. Who sees what: HR all; leads and
// managers their scope's entries; an agent their own entry and, once published, the shortlist.

const criteriaOf = (r: repo.RoundRow) => toRound(r).criteria;

async function eligibilityNow(db: Db, round: repo.RoundRow, employeeId: string): Promise<Eligibility | undefined> {
  return (await reserveEligibility(db, [employeeId], criteriaOf(round))).get(employeeId);
}

async function requireWindowOpen(db: Db, r: repo.RoundRow) {
  const today = await todayInCenter(db);
  if (r.status !== 'nominating' || today < r.nominations_open || today > r.nominations_close)
    throw conflict(
      'NOMINATIONS_CLOSED',
      `Entries are taken from ${r.nominations_open} to ${r.nominations_close} while the round is open`,
      'roundId',
    );
}

function requireEligible(e: Eligibility | undefined) {
  if (!e) throw ruleBroken('UNKNOWN_EMPLOYEE', 'No such person', 'employeeId');
  if (!e.eligible) throw ruleBroken('NOT_ELIGIBLE', `Not eligible: unmet ${e.unmet.join(', ')}`, 'employeeId');
}

async function toViews(db: Db, rows: repo.NominationRow[]): Promise<Nomination[]> {
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

export async function nominateSelf(db: Db, actor: Actor, roundId: string, statement: string) {
  const r = await requireRound(db, actor, roundId);
  if (!actor.employeeId) throw ruleBroken('NOT_AN_EMPLOYEE', 'Only an employee may enter', 'roundId');
  await requireWindowOpen(db, r);
  const e = await eligibilityNow(db, r, actor.employeeId);
  requireEligible(e);
  const existing = await repo.nominationOfPerson(db, roundId, actor.employeeId);
  if (existing && existing.status !== 'withdrawn' && existing.statement)
    throw conflict('ALREADY_ENTERED', 'You have already entered this round', 'roundId');
  const at = nowIso();
  const today = await todayInCenter(db);
  const id = existing?.id ?? newId();
  await db
    .transaction()
    .execute(async (trx) => {
      if (existing) {
        // A lead's recommendation (or a withdrawn entry) becomes the person's own entry with their words.
        const ok = await repo.updateNominationAt(trx, existing.id, existing.version, {
          statement,
          status: 'nominated',
          eligibility: JSON.stringify(e),
          updated_at: at,
        });
        if (!ok) throw conflict('STALE', 'Your entry changed meanwhile; reload it', 'version');
      } else {
        await repo.insertNomination(trx, {
          id,
          round_id: roundId,
          employee_id: actor.employeeId!,
          source: 'self',
          statement,
          recommended_by: null,
          recommendation: null,
          eligibility: JSON.stringify(e),
          status: 'nominated',
          screening_reason: null,
          screened_by: null,
          screened_at: null,
          panel_average: null,
          peer_average: null,
          final_score: null,
          outcome: null,
          decided_by: null,
          decided_at: null,
          created_at: at,
          updated_at: at,
          version: 1,
        });
      }
      await recordCareerEvent(trx, {
        employeeId: actor.employeeId!,
        kind: 'reserve_nominated',
        day: today,
        roundId,
        ref: id,
        detail: { roundName: r.name, source: 'self' },
        recordedBy: actor.userId,
      });
    })
    .catch((err: unknown) => {
      if (isUniqueViolation(err)) throw conflict('ALREADY_ENTERED', 'You have already entered this round', 'roundId');
      throw err;
    });
  return { id };
}

/** The person withdraws their own entry while the round still takes entries. */
export async function withdraw(db: Db, actor: Actor, nominationId: string) {
  const n = await repo.findNomination(db, nominationId);
  if (!n || n.employee_id !== actor.employeeId) throw notFound('Nomination');
  const r = (await repo.findRound(db, n.round_id))!;
  if (r.status !== 'nominating' || n.status !== 'nominated')
    throw conflict('CANNOT_WITHDRAW', 'An entry can be withdrawn only before screening', 'status');
  const ok = await repo.updateNominationAt(db, n.id, n.version, { status: 'withdrawn', updated_at: nowIso() });
  if (!ok) throw conflict('STALE', 'Your entry changed meanwhile; reload it', 'version');
}

export async function recommend(db: Db, actor: Actor, roundId: string, input: z.output<typeof RecommendInput>) {
  const r = await requireRound(db, actor, roundId);
  const place = await placeOf(db, input.employeeId);
  if (!place) throw ruleBroken('UNKNOWN_EMPLOYEE', 'No such person', 'employeeId');
  requirePersonInScope(actor, place);
  if (place.id === actor.employeeId)
    throw ruleBroken('SELF_RECOMMENDATION', 'Recommend one of your people, not yourself', 'employeeId');
  await requireWindowOpen(db, r);
  const existing = await repo.nominationOfPerson(db, roundId, place.id);
  if (existing?.status === 'withdrawn')
    throw conflict('ENTRY_WITHDRAWN', `${place.name} withdrew from this round`, 'employeeId');
  if (existing?.recommended_by)
    throw conflict('ALREADY_RECOMMENDED', `${place.name} is already recommended`, 'employeeId');
  const e = await eligibilityNow(db, r, place.id);
  requireEligible(e);
  const at = nowIso();
  const id = existing?.id ?? newId();
  await db.transaction().execute(async (trx) => {
    const set = { recommended_by: actor.employeeId, recommendation: input.note, updated_at: at };
    if (existing) {
      if (!(await repo.updateNominationAt(trx, existing.id, existing.version, set)))
        throw conflict('STALE', 'The entry changed meanwhile; reload it', 'version');
    } else
      await repo.insertNomination(trx, {
        ...set,
        id,
        round_id: roundId,
        employee_id: place.id,
        source: 'lead',
        statement: null,
        eligibility: JSON.stringify(e),
        status: 'nominated',
        screening_reason: null,
        screened_by: null,
        screened_at: null,
        panel_average: null,
        peer_average: null,
        final_score: null,
        outcome: null,
        decided_by: null,
        decided_at: null,
        created_at: at,
        version: 1,
      });
    await recordCareerEvent(trx, {
      employeeId: place.id,
      kind: 'reserve_recommended',
      day: await todayInCenter(trx),
      roundId,
      ref: id,
      detail: { roundName: r.name, by: actor.name },
      recordedBy: actor.userId,
    });
  });
  return { id };
}

export async function screen(db: Db, actor: Actor, nominationId: string, input: z.output<typeof ScreenInput>) {
  const n = await repo.findNomination(db, nominationId);
  if (!n) throw notFound('Nomination');
  const r = (await repo.findRound(db, n.round_id))!;
  if (r.status !== 'screening')
    throw conflict(
      'ROUND_NOT_SCREENING',
      'Entries are screened after entries close, before the list is published',
      'status',
    );
  if (n.status === 'withdrawn') throw conflict('ENTRY_WITHDRAWN', 'The person withdrew', 'status');
  if (n.version !== input.version) throw conflict('STALE', 'The entry changed meanwhile; reload it', 'version');
  const status = input.decision === 'shortlist' ? 'shortlisted' : 'declined';
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    const ok = await repo.updateNominationAt(trx, n.id, n.version, {
      status,
      screening_reason: input.reason,
      screened_by: actor.userId,
      screened_at: at,
      updated_at: at,
    });
    if (!ok) throw conflict('STALE', 'The entry changed meanwhile; reload it', 'version');
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'career_nomination',
      entityId: n.id,
      oldValue: { status: n.status, reason: n.screening_reason },
      newValue: { status, reason: input.reason },
      reason: input.reason,
    });
    await recordCareerEvent(trx, {
      employeeId: n.employee_id,
      kind: status === 'shortlisted' ? 'reserve_shortlisted' : 'reserve_declined',
      day: await todayInCenter(trx),
      roundId: r.id,
      ref: n.id,
      detail: { roundName: r.name },
      recordedBy: actor.userId,
    });
  });
  return (await toViews(db, [(await repo.findNomination(db, n.id))!]))[0];
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
