// The bench call center's interactions, shared by the import and sampling benchmarks: 500 agents
// in one team, 12 business types, 30 days from 1 Oct 2026 (center-local), time-ordered with a
// time-of-day curve. Deterministic (seeded), so every benchmark sees the same data.
import { timesOfDay } from '../../src/server/demo/interactions.js';
import { mulberry32 } from '../../src/server/demo/names.js';

export const AGENTS = 500;
export const DAYS = 30;
export const FIRST_DAY = Date.UTC(2026, 9, 1); // 1 Oct 2026, center-local
export const TYPES = [
  '储蓄业务',
  '信用卡',
  '理财产品',
  '贷款咨询',
  '电子银行',
  '投诉处理',
  '外呼营销',
  '账户查询',
  '挂失补办',
  '积分兑换',
  '企业网银',
  '外汇业务',
];
export const HOURS = [0, 0, 0, 0, 0, 0, 0, 0, 4, 8, 12, 12, 9, 7, 10, 11, 10, 8, 6, 4, 2, 0, 0, 0]; // calls by hour of day

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** The employee number of bench agent i (0-based). */
export const agentNo = (i: number) => `BN${pad(i + 1, 4)}`;

/** One generated interaction, in the template's terms (Chinese channel and yes/no values). */
export interface BenchInteraction {
  id: string;
  agent: number;
  date: string;
  secs: number;
  type: string;
  outbound: boolean;
  channel: '语音' | '在线' | '邮件' | '工单';
  answered: boolean;
  talk: number;
  hold: number;
  wrap: number;
  wait: string;
  fcr: string;
  csat: string;
  customer: string;
}

/** `rows` interactions, day by day in time order. */
export function* benchInteractions(rows: number): Generator<BenchInteraction> {
  const rand = mulberry32(6);
  const skills = Array.from({ length: AGENTS }, () =>
    Array.from({ length: 1 + Math.floor(rand() * 3) }, () => TYPES[Math.floor(rand() * TYPES.length)]),
  );
  const speed = Array.from({ length: AGENTS }, () => 0.7 + rand() * 0.7);
  let id = 0;
  for (let day = 0; day < DAYS; day++) {
    const n = Math.floor(rows / DAYS) + (day < rows % DAYS ? 1 : 0);
    const secs = timesOfDay(rand, HOURS, n);
    const date = new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
    for (const s of secs) {
      const a = Math.floor(rand() * AGENTS);
      const type = skills[a][Math.floor(rand() * skills[a].length)];
      const outbound = type === '外呼营销';
      const c = rand();
      const channel = outbound || c < 0.85 ? '语音' : c < 0.93 ? '在线' : c < 0.97 ? '邮件' : '工单';
      const answered = rand() < 0.97;
      const talk = answered ? Math.floor((60 + rand() * rand() * 600) * speed[a]) : 0;
      const hold = answered && rand() < 0.3 ? Math.floor(rand() * 90) : 0;
      const wrap = answered ? Math.floor(10 + rand() * 60) : 0;
      const wait = outbound || channel === '邮件' || channel === '工单' ? '' : String(Math.floor(rand() * rand() * 90));
      const fcr = !answered ? '' : rand() < 0.8 ? '是' : '否';
      const csat = answered && rand() < 0.3 ? String(Math.min(5, 1 + Math.floor(rand() * 5.6))) : '';
      yield {
        id: `IX${pad(++id, 8)}`,
        agent: a,
        date,
        secs: s,
        type,
        outbound,
        channel,
        answered,
        talk,
        hold,
        wrap,
        wait,
        fcr,
        csat,
        customer: `C${pad(Math.floor(rand() * 1e8), 8)}`,
      };
    }
  }
}
