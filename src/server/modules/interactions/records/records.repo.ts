import type { Db } from '../../../db/connect.js';
import { daysOf, type AgentSet } from '../kpi/kpi.repo.js';
import { personName, personNo, personWhere } from '../../people/identity.query.js';

// The interactions behind a KPI figure (traceability), read by day and agent through the
// (day, agent_id) index.

export interface ListFilter {
  from: string;
  to: string;
  businessType?: string;
  channel?: string;
  direction?: string;
  answered?: number;
  page: number;
  pageSize: number;
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

export async function listInteractions(db: Db, set: AgentSet, f: ListFilter) {
  // The days listed one by one: a seek per (day, agent) in the (day, agent_id) index.
  let q = db.selectFrom('interactions as i').where('i.day', 'in', daysOf(f.from, f.to));
  if ('agentId' in set) q = q.where('i.agent_id', '=', set.agentId);
  else q = q.where(personWhere('i.agent_id', set));
  if (f.businessType !== undefined) q = q.where('i.business_type', '=', f.businessType);
  if (f.channel) q = q.where('i.channel', '=', f.channel);
  if (f.direction) q = q.where('i.direction', '=', f.direction);
  if (f.answered !== undefined) q = q.where('i.answered', '=', f.answered);
  const [rows, count] = await Promise.all([
    q
      .select([...COLUMNS])
      .orderBy('i.started_at', 'desc')
      .orderBy('i.id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
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
