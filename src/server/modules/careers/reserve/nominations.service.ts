import type { z } from 'zod';
import type { RecommendInput, ScreenInput } from '../../../../common/careers-reserve.js';
import type { Eligibility } from '../../../../common/careers.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import { requirePersonInScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { nowIso } from '../../../lib/clock.js';
import { conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { placeOf } from '../../people/identity.service.js';
import { notify } from '../../../lib/notify.js';
import { recordCareerEvent } from '../shared/events.js';
import { eligibilityNow, toViews } from './nominations.read.js';
import * as repo from './reserve.repo.js';
import { requireRound } from './rounds.service.js';

// Entries to a reserve round (SPEC §11): an eligible agent enters themself inside the window with
// a statement; a lead recommends one of their people (added to their entry, or a new entry with
// source 'lead'); the person may withdraw before screening; HR shortlists or declines each entry
// with a reason. The eligibility at entry is stored with it. Who sees what: HR all; leads and
// managers their scope's entries; an agent their own entry and, once published, the shortlist
// (nominations.read.ts).

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
  if (!e.eligible) throw ruleBroken('RESERVE_NOT_ELIGIBLE', `Not eligible: unmet ${e.unmet.join(', ')}`, 'employeeId');
}

export async function nominateSelf(db: Db, actor: Actor, roundId: string, statement: string) {
  const r = await requireRound(db, actor, roundId);
  if (!actor.employeeId) throw ruleBroken('NOT_AN_EMPLOYEE', 'Only an employee may enter', 'roundId');
  return enterRound(db, r, actor.employeeId, statement, actor.userId);
}

/** The person enters the round with their statement (the rules of a self-nomination; the demo enters people through it too). */
export async function enterRound(
  db: Db,
  r: repo.RoundRow,
  employeeId: string,
  statement: string,
  recordedBy: string | null,
) {
  const roundId = r.id;
  await requireWindowOpen(db, r);
  const e = await eligibilityNow(db, r, employeeId);
  requireEligible(e);
  const existing = await repo.nominationOfPerson(db, roundId, employeeId);
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
        await repo.insertNomination(
          trx,
          repo.newEntry({
            id,
            round_id: roundId,
            employee_id: employeeId,
            source: 'self',
            statement,
            eligibility: JSON.stringify(e),
            at,
          }),
        );
      }
      await recordCareerEvent(trx, {
        employeeId,
        kind: 'reserve_nominated',
        day: today,
        roundId,
        ref: id,
        detail: { roundName: r.name, source: 'self' },
        recordedBy,
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
      await repo.insertNomination(
        trx,
        repo.newEntry({
          id,
          round_id: roundId,
          employee_id: place.id,
          source: 'lead',
          statement: null,
          eligibility: JSON.stringify(e),
          recommended_by: set.recommended_by,
          recommendation: set.recommendation,
          at,
        }),
      );
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
    await notify(trx, {
      employeeIds: [n.employee_id],
      kind: status === 'shortlisted' ? 'careers_shortlisted' : 'careers_declined',
      params: { round: r.name },
      link: '/careers/competition',
      exceptUserIds: [actor.userId],
    });
  });
  return (await toViews(db, [(await repo.findNomination(db, n.id))!]))[0];
}
