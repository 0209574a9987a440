import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../../db/connect.js';
import type { Database } from '../../../db/schema.js';
import { personTeam, personWhere } from '../../people/identity.query.js';

// KPI queries read the daily rollups only (never the raw interactions); "who is in this team /
// department now" is asked of the people module's identity.query.ts subqueries.

export type AgentSet = { agentId: string } | { teamId: string } | { departmentId: string };
type EB = ExpressionBuilder<Database & { r: Database['interaction_daily'] }, 'r'>;

export function inSet(eb: EB, set: AgentSet) {
  if ('agentId' in set) return eb('r.agent_id', '=', set.agentId);
  return personWhere('r.agent_id', set);
}

const sums = (eb: EB) => [
  eb.fn.sum<number>('r.offered').as('offered'),
  eb.fn.sum<number>('r.handled').as('handled'),
  eb.fn.sum<number>('r.talk_sum').as('talk'),
  eb.fn.sum<number>('r.hold_sum').as('hold'),
  eb.fn.sum<number>('r.wrap_sum').as('wrap'),
  eb.fn.sum<number>('r.fcr_yes').as('fcr_yes'),
  eb.fn.sum<number>('r.fcr_known').as('fcr_known'),
  eb.fn.sum<number>('r.csat_sum').as('csat_sum'),
  eb.fn.sum<number>('r.csat_count').as('csat_count'),
  eb.fn.sum<number>('r.sl_within').as('sl_within'),
  eb.fn.sum<number>('r.sl_offered').as('sl_offered'),
];
export type Sums = {
  offered: number;
  handled: number;
  talk: number;
  hold: number;
  wrap: number;
  fcr_yes: number;
  fcr_known: number;
  csat_sum: number;
  csat_count: number;
  sl_within: number;
  sl_offered: number;
};

interface Range {
  from: string;
  to: string;
  businessType?: string;
  channel?: string;
}

export function daysOf(from: string, to: string) {
  const days: string[] = [];
  for (
    let t = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`);
    t <= end && days.length <= 366;
    t += 86_400_000
  ) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

// A range of the (agent_id, day, …) key per agent. Without a business-type or channel filter the
// per-agent-and-day totals answer: they have the same counter columns under a shorter key.
const base = (db: Db, set: AgentSet, q: Range) => {
  const fine = q.businessType !== undefined || !!q.channel;
  let b = db
    .selectFrom((fine ? 'interaction_daily as r' : 'interaction_agent_daily as r') as 'interaction_daily as r')
    .where((eb) => inSet(eb, set))
    .where('r.day', '>=', q.from)
    .where('r.day', '<=', q.to);
  if (q.businessType !== undefined) b = b.where('r.business_type', '=', q.businessType);
  if (q.channel) b = b.where('r.channel', '=', q.channel);
  return b;
};

export const dailySums = (db: Db, set: AgentSet, q: Range) =>
  base(db, set, q)
    .select((eb) => ['r.day', ...sums(eb)])
    .groupBy('r.day')
    .orderBy('r.day')
    .execute() as Promise<(Sums & { day: string })[]>;

export const agentSums = (db: Db, set: AgentSet, q: Range) =>
  base(db, set, q)
    .select((eb) => ['r.agent_id', ...sums(eb)])
    .groupBy('r.agent_id')
    .execute() as Promise<(Sums & { agent_id: string })[]>;

/** The business types the center handled in the range (the pages' filter lists all of them). */
export const businessTypes = (db: Db, q: Range) =>
  db
    .selectFrom('interaction_center_daily')
    .select('business_type')
    .distinct()
    .where('day', '>=', q.from)
    .where('day', '<=', q.to)
    .orderBy('business_type')
    .execute();

/** The teams whose current members had interactions in the range. */
export const teamsWithInteractions = async (db: Db, q: { from: string; to: string }) =>
  (
    await db
      .selectFrom('interaction_agent_daily as r')
      .select(personTeam('r.agent_id').as('team_id'))
      .distinct()
      .where('r.day', '>=', q.from)
      .where('r.day', '<=', q.to)
      .where('r.offered', '>', 0)
      .execute()
  ).map((r) => r.team_id);

export const findTeam = (db: Db, id: string) =>
  db.selectFrom('teams').select(['id', 'name', 'code', 'department_id']).where('id', '=', id).executeTakeFirst();

export const findDepartment = (db: Db, id: string) =>
  db.selectFrom('departments').select(['id', 'name', 'code']).where('id', '=', id).executeTakeFirst();

export const teamMembers = (db: Db, teamId: string) =>
  db
    .selectFrom('employees')
    .select(['id', 'employee_no', 'name', 'status', 'hire_date', 'position'])
    .where('team_id', '=', teamId)
    .orderBy('employee_no')
    .execute();
