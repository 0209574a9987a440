import type { StaffingImpactData, StaffingImpactQueryInput } from '../../../../common/attendance-staffing.js';
import type { Db } from '../../../db/connect.js';
import { inPeopleScope, peopleScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { addDays, daysBetween } from '../../../lib/clock.js';
import { AppError, notFound } from '../../../lib/errors.js';
import { identities } from '../../people/identity.service.js';
import { spanParts } from '../leave/rules/days.js';
import { spanOf } from '../leave/leave.service.js';
import { visibleRequest } from '../leave/requests.service.js';
import { swapById } from '../swaps/swaps.steps.js';
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
 * What the change is: the pending leave request or swap named by `id` (read through the leave and
 * swaps parts, which answer 404 for one the caller may not see), or one described by the caller —
 * employeeId + day (+ half) for a leave, a and b (`employeeId:day`) for a swap — to try a change
 * before it is requested.
 */
async function changeOf(db: Db, actor: Actor, q: StaffingImpactQueryInput): Promise<Change> {
  const kind = required(q.kind, 'kind');
  if (kind === 'leave') {
    if (q.id && !q.employeeId) {
      const { r } = await visibleRequest(db, actor, q.id);
      return { kind, employeeId: r.employee_id, parts: spanParts(spanOf(r)) };
    }
    if (!q.employeeId) throw paramsError('id or employeeId is required for a leave', 'employeeId');
    if (!q.day) throw paramsError('day is required for a leave', 'day');
    return { kind, employeeId: q.employeeId, parts: [{ day: q.day, half: q.half ?? 'full' }] };
  }
  if (q.id && !q.a && !q.b) {
    const r = await swapById(db, actor, q.id);
    return {
      kind,
      a: { employeeId: r.requester_id, day: r.requester_day },
      b: { employeeId: r.colleague_id, day: r.colleague_day },
    };
  }
  const a = parsePoint(q.a, 'a');
  const b = parsePoint(q.b, 'b');
  if (a.employeeId === b.employeeId) throw paramsError('A swap needs two people', 'b');
  if (Math.abs(daysBetween(a.day, b.day)) > 62) throw paramsError('The two days are too far apart', 'b');
  return { kind, a, b };
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
  const change = await changeOf(db, actor, q);
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
