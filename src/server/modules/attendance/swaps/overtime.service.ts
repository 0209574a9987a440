import type { z } from 'zod';
import type {
  OvertimeDecisionInput,
  OvertimeInput,
  OvertimeListQuery,
  OvertimeViewDto,
} from '../../../../common/attendance-swaps.js';
import { hasPermission } from '../../../../common/permissions.js';
import type { Db } from '../../../db/connect.js';
import { peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { centerOffset, todayInCenter } from '../../../lib/center-time.js';
import { addDays, localTime, nowIso, nowMs } from '../../../lib/clock.js';
import { AppError, conflict, forbidden, notFound } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { notify } from '../../../lib/notify.js';
import { getSetting } from '../../../lib/settings.js';
import { personIn, personInScope } from '../../people/identity.query.js';
import { identities, teamLeads } from '../../people/identity.service.js';
import { scheduleOf } from '../rosters/schedule.service.js';
import { decidesOvertime, ownEmployee, sees, type Place } from './swaps.access.js';
import { roundHours } from './toil-lots.js';
import { earnToil, toilBalance } from './toil.service.js';
import * as repo from './overtime.repo.js';

// Overtime (加班, issue 19 item 4): asked for before it is worked (by the person) or recorded after
// (by their lead, center manager or HR), then decided by the lead of the team, the center manager or
// HR. Approved with compensation "toil" it earns a lot of time off in lieu (toil.service.ts) that
// lapses after the setting's months; "paid" is counted in the monthly summary as paid overtime
// (approvedOvertimeOf). A day holds at most attendance.overtime.maxHoursPerDay hours, and
// overtime never overlaps the person's own shifts or other overtime.

const LINK = '/attendance/overtime';
const DAY_MS = 86_400_000;

const placeOf = async (db: Db, id: string): Promise<(Place & { name: string }) | null> => {
  const p = (await identities(db, [id])).get(id);
  return p ? { id, teamId: p.teamId, departmentId: p.departmentId, name: p.name } : null;
};

/** 'HH:MM' on a center day → UTC instants; an end not after the start is on the next day. */
export function overtimeInstants(day: string, start: string, end: string, offsetMinutes: number) {
  const at = (d: string, t: string) => Date.parse(`${d}T${t}:00Z`) - offsetMinutes * 60_000;
  const s = at(day, start);
  let e = at(day, end);
  if (e <= s) e += DAY_MS;
  return {
    startsAt: new Date(s).toISOString(),
    endsAt: new Date(e).toISOString(),
    hours: roundHours((e - s) / 3_600_000),
  };
}

export async function createOvertime(db: Db, actor: Actor, input: z.output<typeof OvertimeInput>) {
  const own = input.recorded ? actor.employeeId : ownEmployee(actor);
  const personId = input.employeeId ?? ownEmployee(actor);
  const place = await placeOf(db, personId);
  if (!place || (personId !== own && !sees(actor, place))) throw notFound('Employee');
  if (input.recorded) {
    if (!hasPermission(actor.roles, 'attendance.approve') || !decidesOvertime(actor, place))
      throw forbidden(
        'Overtime worked is recorded by the lead of the team, the center manager or HR, not by the person',
      );
  } else if (personId !== own) throw forbidden('Overtime is asked for by the person who will work it');

  const offset = await centerOffset(db);
  const t = overtimeInstants(input.day, input.startsAt, input.endsAt, offset);
  const now = nowMs();
  if (!input.recorded && Date.parse(t.startsAt) <= now)
    throw new AppError(422, 'OVERTIME_ALREADY_STARTED', 'Overtime already worked is recorded by the lead', 'startsAt');
  if (input.recorded && Date.parse(t.endsAt) > now)
    throw new AppError(
      422,
      'OVERTIME_NOT_ENDED',
      'Only overtime already worked is recorded; ask for it instead',
      'endsAt',
    );

  const max = await getSetting(db, 'attendance.overtime.maxHoursPerDay');
  const booked = await repo.hoursOnDay(db, personId, input.day);
  if (roundHours(booked + t.hours) > max)
    throw new AppError(422, 'OVERTIME_OVER_DAILY_MAX', `At most ${max} hours of overtime a day`, 'endsAt', {
      max,
      hours: t.hours,
      booked,
    });
  const shifts = await scheduleOf(db, [personId], addDays(input.day, -1), addDays(input.day, 1));
  const clash = shifts.find((d) => d.startsAt && d.endsAt && d.startsAt < t.endsAt && d.endsAt > t.startsAt);
  if (clash)
    throw new AppError(422, 'OVERTIME_OVERLAPS_SHIFT', `The overtime overlaps the shift of ${clash.day}`, 'startsAt', {
      day: clash.day,
    });

  const id = newId();
  await db.transaction().execute(async (trx) => {
    if ((await repo.liveOvertimeBetween(trx, personId, t.startsAt, t.endsAt)).length)
      throw conflict('OVERTIME_OVERLAP', 'The person already has overtime at that time', 'startsAt');
    const compensation =
      input.compensation ??
      ((await getSetting(trx, 'attendance.overtime.toilByDefault')) === 1 ? ('toil' as const) : ('paid' as const));
    const row: repo.OvertimeRow = {
      id,
      employee_id: personId,
      day: input.day,
      starts_at: t.startsAt,
      ends_at: t.endsAt,
      hours: t.hours,
      reason: input.reason,
      recorded: input.recorded ? 1 : 0,
      compensation,
      status: 'pending',
      decided_by: null,
      decided_by_name: null,
      decided_at: null,
      note: null,
      created_by: actor.userId,
      created_at: nowIso(),
      version: 1,
    };
    await repo.insertOvertime(trx, row);
    await recordAudit(trx, actor, { action: 'create', entity: 'attendance_overtime', entityId: id, newValue: row });
    const params = { name: place.name, day: input.day, hours: t.hours };
    if (input.recorded)
      await notify(trx, { employeeIds: [personId], kind: 'attendance_overtime_recorded', params, link: LINK });
    else
      await notify(trx, {
        userIds: (await teamLeads(trx, [place.teamId])).map((l) => l.userId),
        kind: 'attendance_overtime_to_decide',
        params,
        link: LINK,
        exceptUserIds: [actor.userId],
      });
  });
  return id;
}

async function visible(db: Db, actor: Actor, id: string) {
  const r = await repo.findOvertime(db, id);
  const place = r && (await placeOf(db, r.employee_id));
  if (!r || !place || (actor.employeeId !== r.employee_id && !sees(actor, place))) throw notFound('Overtime');
  return { r, place };
}

export async function decideOvertime(db: Db, actor: Actor, id: string, input: z.output<typeof OvertimeDecisionInput>) {
  const { r, place } = await visible(db, actor, id);
  if (!decidesOvertime(actor, place))
    throw forbidden('Overtime is decided by the lead of the team, the center manager or HR, never by the person');
  if (r.status !== 'pending')
    throw new AppError(409, 'OVERTIME_DECIDED', `The overtime is already ${r.status}`, undefined, { status: r.status });
  const approve = input.decision === 'approve';
  await db.transaction().execute(async (trx) => {
    const set = {
      status: approve ? 'approved' : 'rejected',
      decided_by: actor.userId,
      decided_by_name: actor.name,
      decided_at: nowIso(),
      note: input.note ?? null,
    };
    if (input.version !== r.version || !(await repo.updateAtVersion(trx, r.id, r.version, set)))
      throw conflict('VERSION_CONFLICT', 'The overtime changed meanwhile; reload it', 'version');
    const lot =
      approve && r.compensation === 'toil'
        ? await earnToil(trx, { employeeId: r.employee_id, overtimeId: r.id, hours: r.hours, earnedOn: r.day })
        : null;
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'attendance_overtime',
      entityId: r.id,
      oldValue: { status: r.status },
      newValue: { status: set.status, toilExpiresOn: lot?.expiresOn ?? null },
      reason: input.note ?? null,
    });
    await notify(trx, {
      employeeIds: [r.employee_id],
      kind: approve ? 'attendance_overtime_approved' : 'attendance_overtime_rejected',
      params: { day: r.day, hours: r.hours, expiresOn: lot?.expiresOn ?? '' },
      link: LINK,
      exceptUserIds: [actor.userId],
    });
  });
}

/** Who decides overtime for whom, as a person filter: the lead's team, the manager's department, HR all. */
function decidableSet(actor: Actor) {
  if (actor.roles.some((r) => r === 'hr' || r === 'admin')) return personInScope('o.employee_id', { kind: 'all' });
  return personIn('o.employee_id', {
    teamIds: actor.roles.includes('team_lead') && actor.teamId ? [actor.teamId] : [],
    departmentIds: actor.roles.includes('center_manager') && actor.departmentId ? [actor.departmentId] : [],
  });
}

export async function listOvertime(db: Db, actor: Actor, q: z.output<typeof OvertimeListQuery>) {
  const me = actor.employeeId ?? '';
  const who =
    q.scope === 'mine'
      ? personIn('o.employee_id', { employeeIds: [me] })
      : q.scope === 'to_decide'
        ? decidableSet(actor)
        : personInScope('o.employee_id', peopleScope(actor));
  const status = q.scope === 'to_decide' ? 'pending' : q.status;
  const { rows, total } = await repo.listOvertime(db, { who, status, from: q.from, to: q.to }, q.page, q.pageSize);
  // to_decide leaves out the actor's own overtime (nobody decides their own)
  const kept = q.scope === 'to_decide' ? rows.filter((r) => r.employee_id !== me) : rows;
  return { data: await overtimeViews(db, actor, kept), total: total - (rows.length - kept.length) };
}

export async function overtimeViews(db: Db, actor: Actor, rows: repo.OvertimeRow[]): Promise<OvertimeViewDto[]> {
  const who = await identities(
    db,
    rows.map((r) => r.employee_id),
  );
  const lots = new Map(
    (
      await repo.lotsOfOvertime(
        db,
        rows.map((r) => r.id),
      )
    ).map((l) => [l.overtime_id, l.expires_on]),
  );
  const offset = await centerOffset(db);
  return rows.map((r) => {
    const p = who.get(r.employee_id);
    const place = { id: r.employee_id, teamId: p?.teamId ?? '', departmentId: p?.departmentId ?? '' };
    return {
      id: r.id,
      employeeId: r.employee_id,
      employeeName: p?.name ?? '',
      day: r.day,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      startTime: localTime(r.starts_at, offset).slice(11, 16),
      endTime: localTime(r.ends_at, offset).slice(11, 16),
      hours: r.hours,
      reason: r.reason,
      recorded: r.recorded === 1,
      compensation: r.compensation as 'toil' | 'paid',
      status: r.status as OvertimeViewDto['status'],
      decidedByName: r.decided_by_name,
      decidedAt: r.decided_at,
      note: r.note,
      createdAt: r.created_at,
      version: r.version,
      toilExpiresOn: lots.get(r.id) ?? null,
      canDecide: r.status === 'pending' && decidesOvertime(actor, place),
    };
  });
}

export async function overtimeById(db: Db, actor: Actor, id: string) {
  return (await overtimeViews(db, actor, [(await visible(db, actor, id)).r]))[0];
}

/** A person's open time off in lieu today (yourself by default; others in your sight). */
export async function toilOf(db: Db, actor: Actor, employeeId: string | undefined) {
  const id = employeeId ?? ownEmployee(actor);
  const place = await placeOf(db, id);
  if (!place || (id !== actor.employeeId && !sees(actor, place))) throw notFound('Employee');
  const day = await todayInCenter(db);
  return { employeeId: id, day, ...(await toilBalance(db, id, day)) };
}

/** Approved overtime of these people from..to (center days), for the monthly summary: paid hours and time off. */
export async function approvedOvertimeOf(db: Db, employeeIds: string[], from: string, to: string) {
  return (await repo.approvedBetween(db, employeeIds, from, to)).map((r) => ({
    id: r.id,
    employeeId: r.employee_id,
    day: r.day,
    hours: r.hours,
    compensation: r.compensation as 'toil' | 'paid',
  }));
}
