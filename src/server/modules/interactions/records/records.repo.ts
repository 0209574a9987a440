import type { Db } from '../../../db/connect.js';
import { sql, type SqlBool } from 'kysely';
import { addDays } from '../../../lib/clock.js';
import { inSet, type AgentSet } from '../kpi/kpi.repo.js';
import { personName, personNo, personWhere } from '../../people/identity.query.js';
import { isPostgres } from '../../../db/portable.js';

// The interactions behind a KPI figure (traceability), newest first, one page at a time by keyset
// (started_at desc, id desc): a page reads about pageSize index entries from its anchor on,
// however deep it is, and the total comes from the daily rollups, never a COUNT of the table.
// Indexes (migration 20270103-scale-interactions): one agent walks (agent_id, started_at, id);
// a team or department walks (started_at, id, agent_id) and keeps its members' rows.

export interface ListFilter {
  from: string;
  to: string;
  businessType?: string;
  channel?: string;
  direction?: string;
  answered?: number;
}

/** Where a page starts: after the anchor (older rows, `next`) or before it (newer rows, `prev`). */
export interface Keyset {
  anchor: { started_at: string; id: string } | null;
  toward: 'next' | 'prev';
  /** Rows to skip first (the old page-number paging; 0 with an anchor). */
  skip: number;
  limit: number;
}

const COLUMNS = [
  'i.id',
  'i.agent_id',
  personNo('i.agent_id').as('employee_no'),
  personName('i.agent_id').as('agent_name'),
  'i.started_at',
  'i.day',
  'i.direction',
  'i.channel',
  'i.business_type',
  'i.queue',
  'i.answered',
  'i.talk_seconds',
  'i.hold_seconds',
  'i.wrap_seconds',
  'i.queue_wait_seconds',
  'i.fcr',
  'i.csat',
  'i.customer_ref',
  'i.recording_url',
  'i.transcript_url',
  'i.import_id',
] as const;

/** The list's WHERE and order for one page. Days are center-local and started_at is UTC: a
 *  bound a day wider on each side (offsets are at most ±14 h) lets the index range on
 *  started_at do the narrowing, and the day test keeps the exact range. Each side of the range
 *  gets ONE started_at bound (the tighter of the day bound and the anchor): given two, SQLite
 *  ranges the index on one of them only and may walk from the end of the days to the anchor. */
export function pageQuery(db: Db, set: AgentSet, f: ListFilter, k: Keyset) {
  const a = k.anchor;
  let low = addDays(f.from, -1);
  let high = addDays(f.to, 2);
  let q = db.selectFrom('interactions as i').where('i.day', '>=', f.from).where('i.day', '<=', f.to);
  // After (or before) the anchor in (started_at, id) order, spelled out rather than as a row
  // value: SQLite bounds an index range only by a plain started_at test after agent_id = ?.
  if (a && k.toward === 'next' && a.started_at < high) {
    high = a.started_at;
    q = q
      .where('i.started_at', '<=', high)
      .where((eb) => eb.or([eb('i.started_at', '<', a.started_at), eb('i.id', '<', a.id)]));
  } else q = q.where('i.started_at', '<', high);
  if (a && k.toward === 'prev' && a.started_at >= low) {
    low = a.started_at;
    q = q.where((eb) => eb.or([eb('i.started_at', '>', a.started_at), eb('i.id', '>', a.id)]));
  }
  q = q.where('i.started_at', '>=', low);
  if ('agentId' in set) q = q.where('i.agent_id', '=', set.agentId);
  // A team's or department's page walks time backwards through (started_at, id, agent_id) and
  // tests membership on the index entry. Written plainly, the membership test invites SQLite
  // (no row counts behind an IN list) to seek each member in (agent_id, …) and sort all their
  // rows of the range first: 1M rows for a 500-agent team. The CASE keeps that index out of its
  // reach. PostgreSQL weighs the plain test by its statistics and walks the index by itself;
  // there the CASE would hide the set's size and make a bitmap scan and a sort look cheap.
  else if (isPostgres(db)) q = q.where(personWhere('i.agent_id', set));
  else q = q.where(sql<SqlBool>`(case when ${personWhere('i.agent_id', set)} then 1 else 0 end) = 1`);
  if (f.businessType !== undefined) q = q.where('i.business_type', '=', f.businessType);
  if (f.channel) q = q.where('i.channel', '=', f.channel);
  if (f.direction) q = q.where('i.direction', '=', f.direction);
  if (f.answered !== undefined) q = q.where('i.answered', '=', f.answered);
  const dir = k.toward === 'next' ? 'desc' : 'asc';
  return q
    .select([...COLUMNS])
    .orderBy('i.started_at', dir)
    .orderBy('i.id', dir)
    .limit(k.limit)
    .offset(k.skip);
}

export const listPage = (db: Db, set: AgentSet, f: ListFilter, k: Keyset) => pageQuery(db, set, f, k).execute();

/** The anchor row of a cursor (its sort key), by the primary key. */
export const findAnchor = (db: Db, id: string) =>
  db.selectFrom('interactions').select(['started_at', 'id']).where('id', '=', id).executeTakeFirst();

/** How many interactions the filter matches, from the daily rollups (per agent and day, or per
 *  agent, day, business type and channel when one of those is asked for); null for a filter the
 *  rollups do not keep (direction). */
export async function rollupTotal(db: Db, set: AgentSet, f: ListFilter): Promise<number | null> {
  if (f.direction) return null;
  const fine = f.businessType !== undefined || !!f.channel;
  let q = db
    .selectFrom((fine ? 'interaction_daily as r' : 'interaction_agent_daily as r') as 'interaction_daily as r')
    .where((eb) => inSet(eb, set))
    .where('r.day', '>=', f.from)
    .where('r.day', '<=', f.to);
  if (f.businessType !== undefined) q = q.where('r.business_type', '=', f.businessType);
  if (f.channel) q = q.where('r.channel', '=', f.channel);
  const row = await q
    .select((eb) => [eb.fn.sum<number>('r.offered').as('offered'), eb.fn.sum<number>('r.handled').as('handled')])
    .executeTakeFirst();
  const offered = Number(row?.offered ?? 0);
  const handled = Number(row?.handled ?? 0);
  return f.answered === undefined ? offered : f.answered === 1 ? handled : offered - handled;
}

export const findInteraction = (db: Db, id: string) =>
  db
    .selectFrom('interactions as i')
    .select([...COLUMNS])
    .where('i.id', '=', id)
    .executeTakeFirst();

export type InteractionRow = NonNullable<Awaited<ReturnType<typeof findInteraction>>>;

/** One day's handled interactions with the columns QA sampling needs, in agent order: a seek on
 *  the (day, agent_id) index, whose order the rows already have (no sort). */
export const samplingCandidates = (db: Db, day: string) =>
  db
    .selectFrom('interactions')
    .select(['id', 'agent_id', 'started_at', 'business_type', 'channel'])
    .where('day', '=', day)
    .where('answered', '=', 1)
    .orderBy('agent_id')
    .execute();
