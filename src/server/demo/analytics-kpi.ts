import { sql } from 'kysely';
import { addDays } from '../lib/clock.js';
import { clamp, insertMany, type HistoryCtx } from './analytics-batch.js';
import { gauss } from './analytics-model.js';

// The daily KPI counters behind two years of calls (demo/analytics-history.ts): per agent and day
// (interaction_daily, interaction_agent_daily) and for the center (interaction_center_daily),
// without raw interactions — the history a center has after importing its summaries. The demo's
// last 30 days of raw calls (demo/interactions.ts) keep their own rows: the center's agents get
// history only before them, the history's hires (who joined the floor after that demo ran) get
// every day, added onto the center's rows.

const TEAM_TYPE: Record<string, string> = {
  'CS1-1': '储蓄业务',
  'CS1-2': '贷款咨询',
  'CS2-1': '信用卡',
  'CS2-2': '信用卡',
  'CMP-1': '投诉处理',
  'OUT-1': '外呼营销',
  'OUT-2': '外呼营销',
};

/** One agent on the floor: from `from` to `to` (inclusive), with a skill and how tenure lifts it. */
export interface KpiAgent {
  id: string;
  team: string;
  hireDate: string;
  from: string;
  to: string;
  skill: number; // ~N(0,1)
  trainedAfter: string | null; // the on-the-job course's end, for the agents who took it
}

const COUNTERS = [
  'offered',
  'handled',
  'talk_sum',
  'hold_sum',
  'wrap_sum',
  'fcr_yes',
  'fcr_known',
  'csat_sum',
  'csat_count',
  'sl_within',
  'sl_offered',
  'csat_satisfied',
] as const;
type Counters = Record<(typeof COUNTERS)[number], number>;

/** Tenure's lift, 0 on the first day to 1 after six months. */
export const learning = (hireDate: string, day: string) =>
  Math.min(1, (Date.parse(day) - Date.parse(hireDate)) / (180 * 86_400_000));

function dayOf(c: HistoryCtx, a: KpiAgent, day: string, ai: number): Counters | null {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  if ((ai + Math.floor(Date.parse(day) / 86_400_000)) % 7 < 2) return null; // two days off a week
  const { rand } = c;
  const out = a.team.startsWith('OUT');
  const l = learning(a.hireDate, day);
  const otj = a.trainedAfter !== null && day > a.trainedAfter;
  const handled = Math.round((out ? 62 : 44) * (0.75 + 0.25 * l) * (0.85 + rand() * 0.3) * (dow % 6 === 0 ? 0.7 : 1));
  const talk = (out ? 95 : 185) * (1.3 - 0.3 * l) * (1 - 0.04 * a.skill) * (otj ? 0.92 : 1);
  const fcr = clamp(0.64 + 0.12 * l + 0.03 * a.skill + (otj ? 0.05 : 0), 0.4, 0.97);
  const csatMean = clamp(3.95 + 0.35 * l + 0.1 * a.skill + (otj ? 0.2 : 0), 1, 5);
  const csatCount = Math.round(handled * 0.33);
  const offered = out ? Math.round(handled / 0.62) : handled + Math.round(handled * 0.03);
  const known = out ? 0 : handled;
  return {
    offered,
    handled,
    talk_sum: Math.round(handled * talk * (0.92 + rand() * 0.16)),
    hold_sum: out ? 0 : Math.round(handled * 7 * (1.3 - 0.3 * l) * (0.8 + rand() * 0.4)),
    wrap_sum: Math.round(handled * 32 * (1.25 - 0.25 * l) * (0.9 + rand() * 0.2)),
    fcr_yes: known ? Math.round(clamp(known * fcr + gauss(rand) * Math.sqrt(known * fcr * (1 - fcr)), 0, known)) : 0,
    fcr_known: known,
    csat_sum: Math.round(
      clamp(csatCount * csatMean + gauss(rand) * Math.sqrt(csatCount) * 0.8, csatCount, 5 * csatCount),
    ),
    csat_count: csatCount,
    sl_within: out ? 0 : Math.round(offered * (0.76 + rand() * 0.12)),
    sl_offered: out ? 0 : offered,
    // No draw from rand(): the demo's random sequence stays as it was.
    csat_satisfied: Math.round(csatCount * clamp((csatMean - 3.2) / 1.8, 0, 1)),
  };
}

/** Writes the agents' days; `windowStart` is the first day of the raw-call demo (null: none). */
export async function writeKpis(c: HistoryCtx, agents: KpiAgent[], windowStart: string | null, own: Set<string>) {
  const { trx } = c;
  const yesterday = addDays(c.today, -1);
  const perAgent = [];
  const perType = [];
  const center = new Map<string, Counters & { day: string; business_type: string; channel: string }>();
  for (const [ai, a] of agents.entries()) {
    let to = a.to < yesterday ? a.to : yesterday;
    if (!own.has(a.id) && windowStart && to >= windowStart) to = addDays(windowStart, -1);
    const type = TEAM_TYPE[a.team] ?? '储蓄业务';
    for (let day = a.from; day <= to; day = addDays(day, 1)) {
      const k = dayOf(c, a, day, ai);
      if (!k) continue;
      perAgent.push({ agent_id: a.id, day, ...k });
      perType.push({ agent_id: a.id, day, business_type: type, channel: 'voice', ...k });
      const key = `${day}|${type}`;
      const sum = center.get(key) ?? {
        day,
        business_type: type,
        channel: 'voice',
        ...(Object.fromEntries(COUNTERS.map((n) => [n, 0])) as Counters),
      };
      for (const n of COUNTERS) sum[n] += k[n];
      center.set(key, sum);
    }
  }
  await insertMany(trx, 'interaction_agent_daily', perAgent);
  await insertMany(trx, 'interaction_daily', perType);
  const rows = [...center.values()];
  const before = rows.filter((r) => !windowStart || r.day < windowStart);
  await insertMany(trx, 'interaction_center_daily', before);
  // Days the raw-call demo already summed: add onto its rows.
  const during = rows.filter((r) => windowStart && r.day >= windowStart);
  for (let i = 0; i < during.length; i += 500)
    await trx
      .insertInto('interaction_center_daily')
      .values(during.slice(i, i + 500))
      .onConflict((oc) =>
        oc
          .columns(['day', 'business_type', 'channel'])
          .doUpdateSet(
            Object.fromEntries(
              COUNTERS.map((n) => [n, sql<number>`interaction_center_daily.${sql.ref(n)} + excluded.${sql.ref(n)}`]),
            ),
          ),
      )
      .execute();
  return perAgent.length;
}
