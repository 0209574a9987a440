import type { RosterCellsValue, RosterCreateValue } from '../../../../common/attendance-rosters.js';
import { RosterCells, RosterCreate } from '../../../../common/attendance-rosters.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { addDays, daysBetween, nowIso } from '../../../lib/clock.js';
import { AppError, badRequest, conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { notify } from '../../../lib/notify.js';
import { getSetting } from '../../../lib/settings.js';
import { people, teamsOf } from '../../people/identity.service.js';
import { attendanceChanged } from '../shared/changes.js';
import { editableTeam } from './rosters.access.js';
import {
  bumpRoster,
  findRoster,
  insertRoster,
  rosterEndingOn,
  rosterOverlapping,
  rosterPeople,
  type RosterRow,
} from './rosters.repo.js';
import { applyEntries, scheduleOf, type ChangeSource, type EntryChange } from './schedule.service.js';
import { listShiftRows } from './shifts.repo.js';
import { copySource, daysOf, periodEnd, type RosterKindName } from './period.js';

// Team rosters: a week or a month of the team's people on a grid, filled by hand, copied from the
// previous period or imported, then published. Every write of an entry goes through the schedule
// service (overlaps, records after publishing, notices, audit, re-matching).

const versionConflict = () => conflict('VERSION_CONFLICT', 'The roster changed meanwhile; reload it', 'version');

/** The team's people on a roster: its current members plus anyone with entries in it. */
export async function rosterMembers(db: Db, roster: Pick<RosterRow, 'id' | 'team_id'>) {
  const members = await people(db, { scope: { kind: 'all' }, teamIds: [roster.team_id], current: true });
  const ids = new Set(members.map((p) => p.id));
  const extra = (await rosterPeople(db, roster.id)).filter((id) => !ids.has(id));
  const others = extra.length ? await people(db, { scope: { kind: 'all' }, ids: extra }) : [];
  return [...members, ...others];
}

export async function createRoster(db: Db, actor: Actor, raw: RosterCreateValue) {
  const input = RosterCreate.parse(raw);
  const team = await editableTeam(db, actor, input.teamId);
  const end = periodEnd(input.periodStart, input.kind);
  if (!end)
    throw badRequest(
      'ATTENDANCE_ROSTER_BAD_START',
      'periodStart: a week starts on a Monday, a month on its first day',
      'periodStart',
    );
  const maxDays = await getSetting(db, 'attendance.roster.maxDays');
  if (daysBetween(input.periodStart, end) + 1 > maxDays)
    throw badRequest('ATTENDANCE_ROSTER_TOO_LONG', `A roster may cover at most ${maxDays} days`, 'kind');
  const id = newId();
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    if (await rosterOverlapping(trx, team.id, input.periodStart, end))
      throw conflict(
        'ATTENDANCE_ROSTER_EXISTS',
        'The team already has a roster for part of this period',
        'periodStart',
      );
    const previous = input.copyFromPrevious ? await rosterEndingOn(trx, team.id, dayBefore(input.periodStart)) : null;
    if (input.copyFromPrevious && !previous)
      throw ruleBroken(
        'ATTENDANCE_ROSTER_NO_PREVIOUS',
        'The team has no roster for the period just before',
        'copyFromPrevious',
      );
    try {
      await insertRoster(trx, {
        id,
        team_id: team.id,
        period_start: input.periodStart,
        period_end: end,
        status: 'draft',
        published_at: null,
        published_by: null,
        version: 1,
        created_by: actor.userId,
        created_at: at,
        updated_at: at,
      });
    } catch (err) {
      throw isUniqueViolation(err)
        ? conflict('ATTENDANCE_ROSTER_EXISTS', 'The team already has this roster', 'periodStart')
        : err;
    }
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'attendance_roster',
      entityId: id,
      newValue: { teamId: team.id, periodStart: input.periodStart, periodEnd: end, copiedFrom: previous?.id ?? null },
    });
    if (previous)
      await copyInto(
        trx,
        actor,
        { id, team_id: team.id, period_start: input.periodStart, period_end: end },
        previous,
        input.kind,
      );
  });
  return id;
}

const dayBefore = (day: string) => addDays(day, -1);

/** Copies the previous period's entries of the team's current people (same weekday), active shifts only. */
async function copyInto(
  trx: Db,
  actor: Actor,
  roster: Pick<RosterRow, 'id' | 'team_id' | 'period_start' | 'period_end'>,
  previous: RosterRow,
  kind: RosterKindName,
) {
  const members = await people(trx, { scope: { kind: 'all' }, teamIds: [roster.team_id], current: true });
  const active = new Set((await listShiftRows(trx, true)).map((s) => s.id));
  const before = await scheduleOf(
    trx,
    members.map((p) => p.id),
    previous.period_start,
    previous.period_end,
  );
  const byKey = new Map(before.filter((e) => e.rosterId === previous.id).map((e) => [`${e.employeeId}|${e.day}`, e]));
  const changes: EntryChange[] = [];
  for (const day of daysOf(roster.period_start, roster.period_end)) {
    const source = copySource(day, roster.period_start, kind);
    for (const p of members) {
      const e = byKey.get(`${p.id}|${source}`);
      if (e && (e.shiftId === null || active.has(e.shiftId)))
        changes.push({ employeeId: p.id, day, rosterId: roster.id, shiftId: e.shiftId });
    }
  }
  await applyEntries(trx, actor, changes, { source: 'copy' });
}

export interface CellProblem {
  code: string;
  message: string;
  params: Record<string, string>;
}

/** Checks cells against the roster (period, people, shifts) and writes them; the caller holds the transaction. */
export async function writeCells(
  trx: Db,
  actor: Actor,
  roster: RosterRow,
  cells: Array<{ employeeId: string; day: string; shiftId: string | null; clear?: boolean }>,
  source: ChangeSource,
  reason: string | null,
) {
  const members = new Map((await rosterMembers(trx, roster)).map((p) => [p.id, p]));
  const shifts = new Map((await listShiftRows(trx)).map((s) => [s.id, s]));
  const center = (await teamsOf(trx, [roster.team_id])).get(roster.team_id)?.departmentId;
  const seen = new Set<string>();
  for (const c of cells) {
    // Two cells for one person and day would leave which one wins to the order they were sent.
    const key = `${c.employeeId}|${c.day}`;
    if (seen.has(key))
      throw new AppError(422, 'ATTENDANCE_ROSTER_DUPLICATE_CELL', `${c.day} is sent twice for one person`, 'cells', {
        employeeId: c.employeeId,
        day: c.day,
      });
    seen.add(key);
    if (c.day < roster.period_start || c.day > roster.period_end)
      throw new AppError(422, 'ATTENDANCE_ROSTER_DAY_OUTSIDE', `${c.day} is outside the roster's period`, 'cells', {
        day: c.day,
      });
    if (!members.has(c.employeeId))
      throw new AppError(422, 'ATTENDANCE_ROSTER_NOT_IN_TEAM', `${c.employeeId} is not in the team`, 'cells', {
        employeeId: c.employeeId,
      });
    const shift = c.shiftId ? shifts.get(c.shiftId) : null;
    if (c.shiftId && !c.clear && (!shift || shift.active !== 1))
      throw new AppError(422, 'ATTENDANCE_SHIFT_UNKNOWN', `No active shift ${c.shiftId}`, 'cells', {
        shift: c.shiftId,
      });
    if (shift && !c.clear && shift.department_id && shift.department_id !== center)
      throw new AppError(422, 'ATTENDANCE_SHIFT_OTHER_CENTER', `${shift.code} belongs to another center`, 'cells', {
        shift: shift.code,
      });
  }
  const changes: EntryChange[] = cells.map((c) => ({
    employeeId: c.employeeId,
    day: c.day,
    rosterId: roster.id,
    shiftId: c.clear ? 'clear' : c.shiftId,
  }));
  return applyEntries(trx, actor, changes, { source, reason });
}

export async function loadEditable(trx: Db, actor: Actor, id: string) {
  const roster = await findRoster(trx, id);
  if (!roster) throw notFound('Roster');
  await editableTeam(trx, actor, roster.team_id);
  return roster;
}

export async function setCells(db: Db, actor: Actor, id: string, raw: RosterCellsValue) {
  const input = RosterCells.parse(raw);
  return db.transaction().execute(async (trx) => {
    const roster = await loadEditable(trx, actor, id);
    if (roster.version !== input.version) throw versionConflict();
    const changed = await writeCells(trx, actor, roster, input.cells, 'edit', input.reason ?? null);
    if (!(await bumpRoster(trx, id, input.version, nowIso()))) throw versionConflict();
    return { changed, version: input.version + 1 };
  });
}

export async function publishRoster(db: Db, actor: Actor, id: string, version: number) {
  return db.transaction().execute(async (trx) => {
    const roster = await loadEditable(trx, actor, id);
    if (roster.status === 'published') throw conflict('ATTENDANCE_ROSTER_PUBLISHED', 'The roster is already published');
    if (roster.version !== version) throw versionConflict();
    const at = nowIso();
    if (
      !(await bumpRoster(trx, id, version, at, { status: 'published', published_at: at, published_by: actor.userId }))
    )
      throw versionConflict();
    const who = (await rosterMembers(trx, roster)).map((p) => p.id);
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'attendance_roster',
      entityId: id,
      oldValue: { status: 'draft' },
      newValue: { status: 'published' },
    });
    await notify(trx, {
      employeeIds: who,
      kind: 'attendance_roster_published',
      params: { from: roster.period_start, to: roster.period_end },
      link: '/attendance/my-schedule',
      exceptUserIds: [actor.userId],
    });
    await attendanceChanged(trx, {
      employeeIds: who,
      from: roster.period_start,
      to: roster.period_end,
      cause: 'schedule',
    });
    return { version: version + 1 };
  });
}
