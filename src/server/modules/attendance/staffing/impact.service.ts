import type { StaffingImpactData, StaffingImpactQueryInput } from '../../../../common/attendance-staffing.js';
import type { Db } from '../../../db/connect.js';
import { inPeopleScope, peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { addDays, daysBetween } from '../../../lib/clock.js';
import { AppError, notFound } from '../../../lib/errors.js';
import { identities } from '../../people/identity.service.js';
import type { DutyEntry, DutyLeave } from './rostered.js';
import {
  chartOf,
  demandOf,
  required,
  rosterPeople,
  staffingSettings,
  supplyOf,
  type StaffingSettings,
  type Supply,
} from './staffing.service.js';

// The effect of a pending leave request or swap on the day chart before anyone decides it (issue
// 19 item 6: "approving leave or a swap shows its effect on that chart before the lead decides").
// The same chart is drawn twice per day concerned: as rostered now, and with the change applied
// in memory (the leave taken as approved; the two people's entries exchanged on each swap day).
// The rostered side counts the caller's people scope (a lead: their team); the business line is
// the one asked for, else all lines.

/** A leave spans at most this many days on the chart (a long leave's first two weeks). */
export const IMPACT_MAX_DAYS = 14;

type Change =
  | { kind: 'leave'; employeeId: string; parts: { day: string; half: DutyLeave['half'] }[] }
  | { kind: 'swap'; a: { employeeId: string; day: string }; b: { employeeId: string; day: string } };

const paramsError = (message: string, field: string) =>
  new AppError(400, 'ATTENDANCE_STAFFING_IMPACT_PARAMS', message, field, { field });

function parsePoint(v: string | undefined, field: string) {
  if (!v) throw paramsError(`${field} is required for a swap (employeeId:YYYY-MM-DD)`, field);
  const i = v.lastIndexOf(':');
  return { employeeId: v.slice(0, i), day: v.slice(i + 1) };
}

/**
 * What the change is. Until the leave and swaps parts export a reader of one pending request by
 * id, the caller names it: employeeId + day (+ half) for a leave, a and b for a swap.
 */
function changeOf(q: StaffingImpactQueryInput): Change {
  if (required(q.kind, 'kind') === 'leave') {
    if (!q.employeeId) throw paramsError('employeeId is required for a leave', 'employeeId');
    if (!q.day) throw paramsError('day is required for a leave', 'day');
    return { kind: 'leave', employeeId: q.employeeId, parts: [{ day: q.day, half: q.half ?? 'full' }] };
  }
  const a = parsePoint(q.a, 'a');
  const b = parsePoint(q.b, 'b');
  if (a.employeeId === b.employeeId) throw paramsError('A swap needs two people', 'b');
  if (Math.abs(daysBetween(a.day, b.day)) > 62) throw paramsError('The two days are too far apart', 'b');
  return { kind: 'swap', a, b };
}

const involved = (c: Change) => (c.kind === 'leave' ? [c.employeeId] : [c.a.employeeId, c.b.employeeId]);
const daysOf = (c: Change) =>
  c.kind === 'leave'
    ? [...new Set(c.parts.map((p) => p.day))].sort().slice(0, IMPACT_MAX_DAYS)
    : [...new Set([c.a.day, c.b.day])].sort();

/** The supply of `day` with the change applied. */
function applyChange(c: Change, day: string, supply: Supply): Supply {
  if (c.kind === 'leave') {
    const extra = c.parts
      .filter((p) => p.day === day || p.day === addDays(day, -1))
      .map((p) => ({ employeeId: c.employeeId, day: p.day, half: p.half }));
    return { ...supply, leave: [...supply.leave, ...extra] };
  }
  const swapDays = new Set([c.a.day, c.b.day]);
  const entry = (employeeId: string, d: string) =>
    supply.entries.find((e) => e.employeeId === employeeId && e.day === d);
  const entries: DutyEntry[] = supply.entries.filter(
    (e) => !(swapDays.has(e.day) && (e.employeeId === c.a.employeeId || e.employeeId === c.b.employeeId)),
  );
  for (const d of swapDays) {
    const ea = entry(c.a.employeeId, d);
    const eb = entry(c.b.employeeId, d);
    if (eb) entries.push({ ...eb, employeeId: c.a.employeeId });
    if (ea) entries.push({ ...ea, employeeId: c.b.employeeId });
  }
  return { ...supply, entries };
}

async function requireInScope(db: Db, actor: Actor, ids: string[]) {
  const found = await identities(db, ids);
  const scope = peopleScope(actor);
  for (const id of ids) {
    const p = found.get(id);
    if (!p || !inPeopleScope(scope, { id, team_id: p.teamId, department_id: p.departmentId }))
      throw notFound('Employee');
  }
}

export async function staffingImpact(db: Db, actor: Actor, q: StaffingImpactQueryInput): Promise<StaffingImpactData> {
  const change = changeOf(q);
  await requireInScope(db, actor, involved(change));
  const s: StaffingSettings = await staffingSettings(db);
  const ids = [...new Set([...(await rosterPeople(db, actor, null)), ...involved(change)])];
  const out: StaffingImpactData['days'] = [];
  for (const day of daysOf(change)) {
    const demand = await demandOf(db, s, day, q.businessType ?? null);
    const supply = await supplyOf(db, ids, day);
    const before = chartOf(s, demand, supply);
    const after = chartOf(s, demand, applyChange(change, day, supply));
    const newlyUnder = after.intervals
      .filter((iv, i) => iv.diff < 0 && iv.diff < before.intervals[i].diff)
      .map((iv) => iv.start);
    out.push({ day, before, after, newlyUnder });
  }
  return { kind: change.kind, days: out };
}
