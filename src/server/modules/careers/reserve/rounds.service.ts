import type { z } from 'zod';
import type { RoundInput, RoundPatch } from '../../../../common/careers-reserve.js';
import { hasPermission } from '../../../../common/permissions.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { addDays, nowIso } from '../../../lib/clock.js';
import { badRequest, conflict, notFound } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { getSetting } from '../../../lib/settings.js';
import type { ReserveCriteria } from '../../../../common/careers.js';
import { notify } from '../../../lib/notify.js';
import { people } from '../../people/identity.service.js';
import { currentCriteria, ENTRY_STATUSES, reserveEligibility } from './eligibility.js';
import * as repo from './reserve.repo.js';
import { toRound } from './rounds.facts.js';

// Reserve rounds (SPEC §11): HR drafts a round, opens it for entries (the criteria are fixed on
// the round then), closes entries (→ screening), publishes the shortlist, or cancels. A move from
// the wrong status is 409 (ROUND_NOT_DRAFT, ROUND_NOT_NOMINATING, ROUND_NOT_SCREENING,
// ROUND_FINISHED); every move carries the version read (409 STALE).

export const managesReserve = (actor: Actor) => hasPermission(actor.roles, 'careers.reserve.manage');
export const viewsReserve = (actor: Actor) => hasPermission(actor.roles, 'careers.reserve.view');

/** Statuses a person without careers.reserve.view may see: never a draft. */
const PUBLIC_STATUSES = ['nominating', 'screening', 'candidates_published', 'results_published'];

export async function listRounds(db: Db, actor: Actor) {
  const sees = viewsReserve(actor);
  const rows = await repo.listRounds(db, sees ? undefined : PUBLIC_STATUSES);
  const counts = sees ? await repo.countsByRound(db) : new Map<string, { entries: number; shortlisted: number }>();
  const none = sees ? 0 : null;
  return rows.map((r) => ({
    ...toRound(r),
    entries: counts.get(r.id)?.entries ?? none,
    shortlisted: counts.get(r.id)?.shortlisted ?? none,
  }));
}

/** The round as the actor may see it (a draft is 404 to those who may not view the reserve). */
export async function requireRound(db: Db, actor: Actor, id: string) {
  const r = await repo.findRound(db, id);
  if (!r || (!viewsReserve(actor) && !PUBLIC_STATUSES.includes(r.status))) throw notFound('Round');
  return r;
}

function checkWindow(open: string, close: string, talkDay: string | null | undefined) {
  if (close < open)
    throw badRequest('WINDOW_ORDER', 'nominationsClose must be on or after nominationsOpen', 'nominationsClose');
  if (talkDay && talkDay <= close)
    throw badRequest('TALK_BEFORE_CLOSE', 'talkDay must be after the nomination window closes', 'talkDay');
}

export async function createRound(db: Db, actor: Actor, input: z.output<typeof RoundInput>) {
  const today = await todayInCenter(db);
  const open = input.nominationsOpen ?? today;
  const close = input.nominationsClose ?? addDays(open, (await getSetting(db, 'careers.reserve.nominationDays')) - 1);
  checkWindow(open, close, input.talkDay);
  const at = nowIso();
  const row = {
    id: newId(),
    name: input.name,
    status: 'draft',
    nominations_open: open,
    nominations_close: close,
    talk_day: input.talkDay ?? null,
    talk_minutes: input.talkMinutes ?? (await getSetting(db, 'careers.reserve.talkMinutes')),
    seats: input.seats ?? null,
    criteria: JSON.stringify(await currentCriteria(db)),
    cohort_id: input.cohortId ?? null,
    candidates_published_at: null,
    results_published_at: null,
    created_by: actor.userId,
    created_at: at,
    updated_at: at,
    version: 1,
  };
  await db.transaction().execute(async (trx) => {
    await repo.insertRound(trx, row);
    await recordAudit(trx, actor, { action: 'create', entity: 'career_round', entityId: row.id, newValue: row });
  });
  return toRound(row);
}

const stale = () => conflict('STALE', 'The round changed meanwhile; reload it', 'version');

function requireStatus(r: repo.RoundRow, allowed: readonly string[], code: string) {
  if (!allowed.includes(r.status))
    throw conflict(code, `The round is ${r.status}; this needs it ${allowed.join(' or ')}`, 'status');
}

export async function updateRound(db: Db, actor: Actor, id: string, input: z.output<typeof RoundPatch>) {
  const r = await requireRound(db, actor, id);
  if (r.version !== input.version) throw stale();
  requireStatus(r, ['draft', 'nominating'], 'ROUND_NOT_EDITABLE');
  const open = input.nominationsOpen ?? r.nominations_open;
  const close = input.nominationsClose ?? r.nominations_close;
  const talkDay = input.talkDay === undefined ? r.talk_day : input.talkDay;
  checkWindow(open, close, talkDay);
  const set = {
    name: input.name ?? r.name,
    nominations_open: open,
    nominations_close: close,
    talk_day: talkDay,
    talk_minutes: input.talkMinutes ?? r.talk_minutes,
    seats: input.seats === undefined ? r.seats : input.seats,
    cohort_id: input.cohortId === undefined ? r.cohort_id : input.cohortId,
    updated_at: nowIso(),
  };
  await db.transaction().execute(async (trx) => {
    if (!(await repo.updateRoundAt(trx, id, r.version, set))) throw stale();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'career_round',
      entityId: id,
      oldValue: r,
      newValue: set,
    });
  });
  return toRound((await repo.findRound(db, id))!);
}

const MOVES = {
  open: { from: ['draft'], to: 'nominating', code: 'ROUND_NOT_DRAFT' },
  close: { from: ['nominating'], to: 'screening', code: 'ROUND_NOT_NOMINATING' },
  publish: { from: ['screening'], to: 'candidates_published', code: 'ROUND_NOT_SCREENING' },
  cancel: {
    from: ['draft', 'nominating', 'screening', 'candidates_published'],
    to: 'cancelled',
    code: 'ROUND_FINISHED',
  },
} as const;
export type RoundMove = keyof typeof MOVES;

export async function moveRound(db: Db, actor: Actor, id: string, move: RoundMove, version: number) {
  const r = await requireRound(db, actor, id);
  if (r.version !== version) throw stale();
  requireStatus(r, MOVES[move].from, MOVES[move].code);
  const at = nowIso();
  const set: Parameters<typeof repo.updateRoundAt>[3] = { status: MOVES[move].to, updated_at: at };
  // The criteria a round judges by are the settings on the day it opens.
  if (move === 'open') set.criteria = JSON.stringify(await currentCriteria(db));
  if (move === 'publish') {
    const entries = await repo.nominationsOf(db, id, ['nominated', 'shortlisted']);
    if (entries.some((n) => n.status === 'nominated'))
      throw conflict('UNSCREENED_ENTRIES', 'Shortlist or decline every entry before publishing', 'status');
    if (!entries.length) throw conflict('EMPTY_SHORTLIST', 'Nobody is shortlisted', 'status');
    set.candidates_published_at = at;
  }
  // Who to tell is worked out before the write, so the transaction holds no lock while it ranks everyone.
  const eligible = move === 'open' ? await eligibleNow(db, JSON.parse(set.criteria!) as ReserveCriteria) : [];
  await db.transaction().execute(async (trx) => {
    if (!(await repo.updateRoundAt(trx, id, r.version, set))) throw stale();
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'career_round',
      entityId: id,
      oldValue: { status: r.status },
      newValue: { status: set.status },
    });
    if (eligible.length)
      await notify(trx, {
        employeeIds: eligible,
        kind: 'careers_round_open',
        params: { round: r.name },
        link: '/careers/competition',
      });
  });
  return toRound((await repo.findRound(db, id))!);
}

/** Everyone who may enter a round judged by these criteria: a round that opens tells them (SPEC §11: entry is free; people must know). */
async function eligibleNow(db: Db, criteria: ReserveCriteria) {
  const candidates = await people(db, { scope: { kind: 'all' }, statuses: ENTRY_STATUSES });
  const judged = await reserveEligibility(
    db,
    candidates.map((p) => p.id),
    criteria,
  );
  return [...judged].filter(([, e]) => e.eligible).map(([employeeId]) => employeeId);
}
