import type { Db } from '../../../db/connect.js';
import { peopleScope, type PeopleScope, requireInScope, requirePersonInScope } from '../../../lib/access.js';
import { addDays } from '../../../lib/clock.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { assertDateOrder } from '../../../lib/date-range.js';
import type { Actor } from '../../../lib/actor.js';
import { badRequest } from '../../../lib/errors.js';
import { getSetting } from '../../../lib/settings.js';
import { placeOf } from '../../people/identity.service.js';
import { orgTree } from '../../people/org.service.js';
import * as repo from './kpi.repo.js';
import type { AgentSet, Sums } from './kpi.repo.js';
import { recountProgress } from '../service-level/service-level.job.js';

// KPIs (SPEC §9) from the daily rollups, for an agent, a team or a department, seen through the
// caller's people scope (SPEC §1): an agent only themself, a team lead their team, a center
// manager their department, HR / admin / training manager everyone.
//   handled        interactions answered
//   AHT            (talk + hold + wrap) / handled, seconds
//   FCR rate       resolved at first contact / interactions whose FCR is known
//   CSAT average   sum of scores / responses (1–5), with the response count
//   service level  inbound answered within interactions.serviceLevelSeconds / inbound with a known queue wait
//                  (the current threshold: past days are recounted when it changes, service-level.job.ts)

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
const ZERO: Sums = {
  offered: 0,
  handled: 0,
  talk: 0,
  hold: 0,
  wrap: 0,
  fcr_yes: 0,
  fcr_known: 0,
  csat_sum: 0,
  csat_count: 0,
  sl_within: 0,
  sl_offered: 0,
};

export function figures(raw: Partial<Sums> | undefined) {
  const s = { ...ZERO };
  for (const k of Object.keys(ZERO) as (keyof Sums)[]) s[k] = Number(raw?.[k] ?? 0);
  return {
    offered: s.offered,
    handled: s.handled,
    talkSeconds: s.talk,
    holdSeconds: s.hold,
    wrapSeconds: s.wrap,
    ahtSeconds: s.handled ? round((s.talk + s.hold + s.wrap) / s.handled, 1) : null,
    fcrYes: s.fcr_yes,
    fcrKnown: s.fcr_known,
    fcrRate: s.fcr_known ? round(s.fcr_yes / s.fcr_known, 4) : null,
    csatSum: s.csat_sum,
    csatCount: s.csat_count,
    csatAverage: s.csat_count ? round(s.csat_sum / s.csat_count, 2) : null,
    slWithin: s.sl_within,
    slOffered: s.sl_offered,
    serviceLevel: s.sl_offered ? round(s.sl_within / s.sl_offered, 4) : null,
  };
}
export type Figures = ReturnType<typeof figures>;

function addSums(rows: Partial<Sums>[]): Sums {
  const t = { ...ZERO };
  for (const r of rows) for (const k of Object.keys(ZERO) as (keyof Sums)[]) t[k] += Number(r[k] ?? 0);
  return t;
}

/** A team's KPIs are open to those who see everyone, its team lead and its department's center manager. */
const teamInScope = (scope: PeopleScope, team: { id: string; department_id: string }) =>
  scope.kind === 'all' || scope.teamIds.includes(team.id) || scope.departmentIds.includes(team.department_id);

/** Checks the caller may see the agent / team / department; 404 when it does not exist or is out of scope. */
export async function authorizeSet(
  db: Db,
  actor: Actor,
  target: { agentId?: string; teamId?: string; departmentId?: string },
): Promise<{ set: AgentSet; name: string }> {
  const scope = peopleScope(actor);
  if (target.agentId) {
    const p = requirePersonInScope(actor, await placeOf(db, target.agentId));
    return { set: { agentId: p.id }, name: p.name };
  }
  if (target.teamId) {
    const t = requireInScope(await repo.findTeam(db, target.teamId), (x) => teamInScope(scope, x), 'Team');
    return { set: { teamId: t.id }, name: t.name };
  }
  if (target.departmentId) {
    const d = requireInScope(
      await repo.findDepartment(db, target.departmentId),
      (x) => scope.kind === 'all' || scope.departmentIds.includes(x.id),
      'Department',
    );
    return { set: { departmentId: d.id }, name: d.name };
  }
  throw badRequest('TARGET_REQUIRED', 'Name an agentId, teamId or departmentId');
}

/** Default range: the 30 days up to today in the center's calendar; at most 366 days. */
export async function resolveRange(db: Db, q: { from?: string; to?: string }) {
  const to = q.to ?? (q.from ? addDays(q.from, 29) : await todayInCenter(db));
  const from = q.from ?? addDays(to, -29);
  assertDateOrder(from, to, 'to', '"to" is before "from"');
  if (addDays(from, 366) <= to) throw badRequest('RANGE_TOO_LONG', 'At most 366 days at a time', 'to');
  return { from, to };
}

export interface KpiQuery {
  from?: string;
  to?: string;
  businessType?: string;
  channel?: string;
}

export async function daily(
  db: Db,
  actor: Actor,
  target: { agentId?: string; teamId?: string; departmentId?: string },
  q: KpiQuery,
) {
  const { set, name } = await authorizeSet(db, actor, target);
  const range = await resolveRange(db, q);
  const filter = { ...range, businessType: q.businessType, channel: q.channel };
  const [rows, types, recount] = await Promise.all([
    repo.dailySums(db, set, filter),
    repo.businessTypes(db, range),
    recountProgress(db),
  ]);
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const days = [];
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) days.push({ day: d, ...figures(byDay.get(d)) });
  return {
    ...range,
    name,
    businessType: q.businessType ?? null,
    channel: q.channel ?? null,
    serviceLevelSeconds: await getSetting(db, 'interactions.serviceLevelSeconds'),
    serviceLevelRecount: recount,
    businessTypes: types.map((t) => t.business_type),
    total: figures(addSums(rows)),
    days,
  };
}

/** The team page: each member's figures over the range (members without interactions included), and the team's. */
export async function teamAgents(db: Db, actor: Actor, teamId: string, q: KpiQuery) {
  const { set, name } = await authorizeSet(db, actor, { teamId });
  const range = await resolveRange(db, q);
  const [members, rows] = await Promise.all([
    repo.teamMembers(db, teamId),
    repo.agentSums(db, set, { ...range, businessType: q.businessType, channel: q.channel }),
  ]);
  const byAgent = new Map(rows.map((r) => [r.agent_id, r]));
  return {
    ...range,
    name,
    businessType: q.businessType ?? null,
    channel: q.channel ?? null,
    agents: members.map((m) => ({
      employeeId: m.id,
      employeeNo: m.employee_no,
      name: m.name,
      status: m.status,
      hireDate: m.hire_date,
      position: m.position,
      ...figures(byAgent.get(m.id)),
    })),
    total: figures(addSums(rows)),
  };
}

/**
 * The team the team KPI page opens on when none is named, among the teams the caller may see,
 * in the order the page lists them (departments, then teams, by code): the caller's own team if
 * it had interactions in the range; else the first team that had; else the caller's own team;
 * else the first team. null when the caller may see no team. (Someone who sees every team but
 * works in a team without calls, as HR or an administrator does, gets a team with calls.)
 */
export async function defaultTeam(db: Db, actor: Actor, q: { from?: string; to?: string }) {
  const scope = peopleScope(actor);
  const range = await resolveRange(db, q);
  const visible = (await orgTree(db, actor))
    .flatMap((d) => d.teams)
    .filter((t) => teamInScope(scope, { id: t.id, department_id: t.departmentId }));
  const busy = new Set(visible.length ? await repo.teamsWithInteractions(db, range) : []);
  const own = visible.find((t) => t.id === actor.teamId);
  const team = (own && busy.has(own.id) ? own : undefined) ?? visible.find((t) => busy.has(t.id)) ?? own ?? visible[0];
  return { ...range, teamId: team?.id ?? null, name: team?.name ?? null, hasInteractions: !!team && busy.has(team.id) };
}
