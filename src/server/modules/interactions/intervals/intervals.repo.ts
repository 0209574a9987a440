import { sql } from 'kysely';
import type { Db } from '../../../db/connect.js';

// SQL for the contacts per interval that staffing forecasts from (issue 19 item 6). Grouped in the
// database over the (day, agent_id) index, a handful of days at a time: 100 million calls a year
// are ~275 000 a day, so a forecast reads a few days' rows once and returns at most
// days × business lines × 48 small rows — never the calls themselves.

export interface IntervalRow {
  day: string;
  business_type: string;
  slot: number;
  contacts: number;
  answered: number;
  handle_seconds: number;
}

/**
 * Inbound voice contacts per local day, business line and interval (slot = minutes since the
 * center's midnight / intervalMinutes). A contact is a row that is its call's own leg (or a row
 * without legs); its handle time is the talk, hold and wrap of every answered leg of the call
 * (transfers add to it, attempts that only rang add nothing). The slot comes from started_at
 * (UTC 'YYYY-MM-DDTHH:MM…') shifted by the center's offset.
 */
export async function intervalRows(
  db: Db,
  q: { days: string[]; businessType: string | null; intervalMinutes: number; offsetMinutes: number },
): Promise<IntervalRow[]> {
  if (!q.days.length) return [];
  const minuteOfDay = sql<number>`(cast(substr(i.started_at, 12, 2) as integer) * 60 + cast(substr(i.started_at, 15, 2) as integer) + ${sql.lit(
    ((q.offsetMinutes % 1440) + 1440) % 1440,
  )}) % 1440`;
  const slot = sql<number>`${minuteOfDay} / ${sql.lit(Math.trunc(q.intervalMinutes))}`;
  const isContact = sql`(i.leg is null or i.leg = 'call')`;
  let query = db
    .selectFrom('interactions as i')
    .select([
      'i.day',
      'i.business_type',
      slot.as('slot'),
      sql<number>`sum(case when ${isContact} then 1 else 0 end)`.as('contacts'),
      sql<number>`sum(case when ${isContact} and i.answered = 1 then 1 else 0 end)`.as('answered'),
      sql<number>`sum(case when i.answered = 1 and (i.leg is null or i.leg <> 'attempt') then i.talk_seconds + i.hold_seconds + i.wrap_seconds else 0 end)`.as(
        'handle_seconds',
      ),
    ])
    .where('i.day', 'in', q.days)
    .where('i.direction', '=', 'in')
    .where('i.channel', '=', 'voice');
  if (q.businessType) query = query.where('i.business_type', '=', q.businessType);
  const rows = await query.groupBy(['i.day', 'i.business_type', slot]).execute();
  return rows.map((r) => ({
    day: r.day,
    business_type: r.business_type,
    slot: Number(r.slot),
    contacts: Number(r.contacts),
    answered: Number(r.answered),
    handle_seconds: Number(r.handle_seconds),
  }));
}

/** The interactions offered on each of these days (all lines and channels; days without any are absent), from the center rollup. */
export async function dayTotals(db: Db, days: string[]): Promise<Map<string, number>> {
  if (!days.length) return new Map();
  const rows = await db
    .selectFrom('interaction_center_daily')
    .select((eb) => ['day', eb.fn.sum<number>('offered').as('offered')])
    .where('day', 'in', days)
    .groupBy('day')
    .execute();
  return new Map(rows.filter((r) => Number(r.offered) > 0).map((r) => [r.day, Number(r.offered)]));
}
