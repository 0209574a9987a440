import { sql } from 'kysely';
import type { Db } from '../../../db/connect.js';
import { pendingJob } from '../../../lib/jobs.js';
import { SL_RECOUNT_JOB } from '../service-level/service-level.job.js';
import { daysOf } from './kpi.repo.js';

// What other modules (appraisal, SPEC §9) may read of the interactions KPIs: per agent sums over
// [from, to] (local days), set-based — one query for a whole cycle, never one per person. No
// actor: the caller decides who may see the result. FCR and AHT come from the per-agent daily
// rollups, and so do the "satisfied" responses (CSAT ≥ satisfiedMin, csat_satisfied, counted with
// the setting's value; satisfiedMin is that value). While a recount is pending (a threshold just
// changed) the satisfied responses are counted on the interactions themselves instead.

export interface AgentKpiFacts {
  agentId: string;
  handled: number;
  talkSeconds: number;
  holdSeconds: number;
  wrapSeconds: number;
  fcrYes: number;
  fcrKnown: number;
  csatCount: number;
  csatSatisfied: number;
}

/** Above this many agents the queries read the whole range and the list filters in memory. */
const IN_LIST_MAX = 200;

export async function agentKpiFacts(
  db: Db,
  agentIds: string[] | null,
  from: string,
  to: string,
  satisfiedMin: number,
): Promise<Map<string, AgentKpiFacts>> {
  const out = new Map<string, AgentKpiFacts>();
  if (agentIds && !agentIds.length) return out;
  const filter = agentIds && agentIds.length <= IN_LIST_MAX ? agentIds : null;
  const wanted = agentIds ? new Set(agentIds) : null;

  let sums = db
    .selectFrom('interaction_agent_daily as r')
    .select((eb) => [
      'r.agent_id',
      eb.fn.sum<number>('r.handled').as('handled'),
      eb.fn.sum<number>('r.talk_sum').as('talk'),
      eb.fn.sum<number>('r.hold_sum').as('hold'),
      eb.fn.sum<number>('r.wrap_sum').as('wrap'),
      eb.fn.sum<number>('r.fcr_yes').as('fcr_yes'),
      eb.fn.sum<number>('r.fcr_known').as('fcr_known'),
      eb.fn.sum<number>('r.csat_count').as('csat_count'),
      sql<number>`sum(r.csat_satisfied)`.as('satisfied'),
    ])
    .where('r.day', '>=', from)
    .where('r.day', '<=', to);
  if (filter) sums = sums.where('r.agent_id', 'in', filter);
  const sumRows = await sums.groupBy('r.agent_id').execute();
  // While a recount is pending the counter may hold another threshold's count: ask the interactions.
  const raw = (await pendingJob(db, SL_RECOUNT_JOB)) ? await rawCsat(db, filter, from, to, satisfiedMin) : null;

  const entry = (agentId: string) => {
    let e = out.get(agentId);
    if (!e) {
      e = {
        agentId,
        handled: 0,
        talkSeconds: 0,
        holdSeconds: 0,
        wrapSeconds: 0,
        fcrYes: 0,
        fcrKnown: 0,
        csatCount: 0,
        csatSatisfied: 0,
      };
      out.set(agentId, e);
    }
    return e;
  };
  for (const r of sumRows) {
    if (wanted && !wanted.has(r.agent_id)) continue;
    const e = entry(r.agent_id);
    e.handled = Number(r.handled ?? 0);
    e.talkSeconds = Number(r.talk ?? 0);
    e.holdSeconds = Number(r.hold ?? 0);
    e.wrapSeconds = Number(r.wrap ?? 0);
    e.fcrYes = Number(r.fcr_yes ?? 0);
    e.fcrKnown = Number(r.fcr_known ?? 0);
    if (raw) continue;
    e.csatCount = Number(r.csat_count ?? 0);
    e.csatSatisfied = Number(r.satisfied ?? 0);
  }
  for (const r of raw ?? []) {
    if (wanted && !wanted.has(r.agent_id)) continue;
    const e = entry(r.agent_id);
    e.csatCount = Number(r.csat_count ?? 0);
    e.csatSatisfied = Number(r.satisfied ?? 0);
  }
  return out;
}

/** The CSAT responses and satisfied ones counted on the interactions themselves, on the rows the
 *  rollups count CSAT on (answered, and neither an unanswered attempt nor a same-agent segment). */
export function rawCsat(db: Db, agentIds: string[] | null, from: string, to: string, satisfiedMin: number) {
  return (
    db
      .selectFrom('interactions as i')
      .select([
        'i.agent_id',
        sql<number>`count(i.csat)`.as('csat_count'),
        sql<number>`sum(case when i.csat >= ${satisfiedMin} then 1 else 0 end)`.as('satisfied'),
      ])
      // A few agents: one seek per day on the (day, agent_id) index instead of the month's range.
      .$if(!!agentIds, (q) => q.where('i.day', 'in', daysOf(from, to)).where('i.agent_id', 'in', agentIds!))
      .$if(!agentIds, (q) => q.where('i.day', '>=', from).where('i.day', '<=', to))
      .where('i.answered', '=', 1)
      .where('i.csat', 'is not', null)
      .where((eb) => eb.or([eb('i.leg', 'is', null), eb('i.leg', 'not in', ['attempt', 'segment'])]))
      .groupBy('i.agent_id')
      .execute()
  );
}
