import type { DbHandle } from '../db/connect.js';
import { openBulkWriter, type BulkValue } from '../db/portable.js';
import { centerOffset } from '../lib/center-time.js';
import { nowIso, nowMs } from '../lib/clock.js';
import { getSetting } from '../lib/settings.js';
import { contributions, INTERACTIONS } from '../modules/interactions/imports/import.batch.js';
import { mulberry32 } from './names.js';

// 30 days of interactions for the demo center (issue 6), so the KPI pages and QA sampling have
// real-looking data: calls follow a time-of-day curve over each agent's shift, each team has its
// business mix, agents differ in speed and quality, and those still on probation are slower and
// resolve less at first contact. Deterministic for a given end day. Also gives every demo agent
// an extension alias (8 + the digits of the employee number) for Asterisk files.

const TEAM_TYPES: Record<string, string[]> = {
  'CS1-1': ['储蓄业务', '电子银行', '理财产品'],
  'CS1-2': ['储蓄业务', '贷款咨询', '电子银行'],
  'CS2-1': ['信用卡', '积分兑换'],
  'CS2-2': ['信用卡', '积分兑换'],
  'CMP-1': ['投诉处理'],
  'OUT-1': ['外呼营销'],
  'OUT-2': ['外呼营销'],
};
const HOUR_WEIGHT = [0, 0, 0, 0, 0, 0, 0, 0, 5, 9, 12, 11, 7, 6, 10, 11, 10, 8, 6, 4, 2, 0, 0, 0];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `count` seconds of the day, drawn by hour from the weights (calls per hour), in order. */
export function timesOfDay(rand: () => number, weights: number[], count: number) {
  const total = weights.reduce((x, y) => x + y, 0);
  const secs: number[] = [];
  for (let i = 0; i < count; i++) {
    let r = rand() * total;
    let h = 0;
    while (r >= weights[h]) r -= weights[h++];
    secs.push(h * 3600 + Math.floor(rand() * 3600));
  }
  return secs.sort((x, y) => x - y);
}

export async function seedDemoInteractions(
  handle: DbHandle,
  opts: { days?: number; endDay?: string } = {},
): Promise<number> {
  const { db } = handle;
  if (await db.selectFrom('interactions').select('id').where('import_id', '=', 'demo').limit(1).executeTakeFirst())
    return 0;
  const offset = await centerOffset(db);
  const slSeconds = await getSetting(db, 'interactions.serviceLevelSeconds');
  const csatSatisfiedMin = await getSetting(db, 'appraisal.csatSatisfiedMin');
  const end = opts.endDay ?? new Date(nowMs() + offset * 60_000 - 86_400_000).toISOString().slice(0, 10);
  const days = opts.days ?? 30;
  const agents = await db
    .selectFrom('employees as e')
    .innerJoin('teams as t', 't.id', 'e.team_id')
    .select(['e.id', 'e.employee_no', 'e.status', 'e.hire_date', 't.code'])
    .where('t.code', 'in', Object.keys(TEAM_TYPES))
    .where('e.position', 'in', ['坐席', '资深坐席'])
    .orderBy('e.employee_no')
    .execute();
  const rand = mulberry32(20261124);
  const rows: BulkValue[][] = [];
  agents.forEach((a, ai) => {
    const outbound = a.code.startsWith('OUT');
    const probation = a.status === 'probation' || a.status === 'trainee';
    const skill = {
      speed: (0.8 + rand() * 0.4) * (probation ? 1.35 : a.status === 'key_staff' ? 0.85 : 1),
      fcr: 0.72 + rand() * 0.18 - (probation ? 0.12 : 0),
      csat: 4.0 + rand() * 0.7 - (probation ? 0.4 : 0),
    };
    const late = rand() < 0.3; // late shift 11:00–20:00, else 08:30–17:30
    for (let d = days - 1; d >= 0; d--) {
      const day = new Date(Date.parse(`${end}T00:00:00Z`) - d * 86_400_000).toISOString().slice(0, 10);
      if (day < a.hire_date || (ai + d) % 7 < 2) continue; // two days off a week
      const weekend = [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
      const count = Math.round(
        (((outbound ? 70 : 48) * (weekend ? 0.7 : 1)) / Math.sqrt(skill.speed)) * (0.85 + rand() * 0.3),
      );
      const from = late ? 11 : 8.5;
      const secs = timesOfDay(
        rand,
        HOUR_WEIGHT.map((w, h) => (h + 1 > from && h < from + 9 ? w : 0)),
        count,
      );
      const dayStart = Date.parse(`${day}T00:00:00Z`) - offset * 60_000;
      secs.forEach((s, i) => {
        const types = TEAM_TYPES[a.code];
        const type = types[Math.floor(rand() * rand() * types.length)];
        const c = rand();
        const channel = outbound || c < 0.8 ? 'voice' : c < 0.9 ? 'chat' : c < 0.95 ? 'email' : 'ticket';
        const answered = outbound ? rand() < 0.62 : rand() < 0.97;
        const busy = HOUR_WEIGHT[Math.floor(s / 3600)] / 12;
        const talk = answered
          ? Math.round((outbound ? 90 : 180) * skill.speed * (0.4 + rand() * 1.4) * (channel === 'voice' ? 1 : 2.2))
          : 0;
        const hold = answered && channel === 'voice' && rand() < 0.25 ? Math.round(rand() * 60 * skill.speed) : 0;
        const wrap = answered ? Math.round((15 + rand() * 40) * skill.speed) : 0;
        const wait =
          outbound || channel === 'email' || channel === 'ticket'
            ? null
            : Math.round(-Math.log(1 - rand() * 0.999) * 14 * busy);
        const fcr = answered && !outbound ? (rand() < skill.fcr ? 1 : 0) : null;
        const csat =
          answered && rand() < 0.35 ? Math.max(1, Math.min(5, Math.round(skill.csat + (rand() - 0.5) * 2))) : null;
        const id = `DEMO-${day.replace(/-/g, '')}-${a.employee_no}-${pad(i, 3)}`;
        const url = channel === 'voice' ? `https://recordings.demo.seatwise.local/${day}/${id}.wav` : null;
        const transcript = channel === 'voice' ? null : `https://transcripts.demo.seatwise.local/${day}/${id}.html`;
        rows.push([
          id,
          a.id,
          new Date(dayStart + s * 1000).toISOString(),
          day,
          outbound ? 'out' : 'in',
          channel,
          type,
          `${type}队列`,
          answered ? 1 : 0,
          talk,
          hold,
          wrap,
          wait,
          fcr,
          csat,
          `C${pad(Math.floor(rand() * 1e8), 8)}`,
          url,
          transcript,
          'demo',
          null,
          null,
        ]);
      });
    }
  });
  const writer = await openBulkWriter(handle);
  try {
    for (let i = 0; i < rows.length; i += 5000) {
      const part = rows.slice(i, i + 5000);
      await writer.batch({
        insertNew: { into: INTERACTIONS, rows: part, ownerColumn: 'import_id' },
        addForInserted: contributions(part, slSeconds, csatSatisfiedMin),
      });
    }
  } finally {
    await writer.close();
  }
  const at = nowIso();
  const aliases = agents.map((a) => ({
    alias: `8${a.employee_no.replace(/\D/g, '').slice(-3)}`,
    employee_id: a.id,
    note: 'demo extension',
    created_at: at,
    created_by: null,
  }));
  for (const al of aliases) {
    await db
      .insertInto('interaction_agent_aliases')
      .values(al)
      .onConflict((oc) => oc.column('alias').doNothing())
      .execute();
  }
  return rows.length;
}
