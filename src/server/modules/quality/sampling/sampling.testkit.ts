import type { Db } from '../../../db/connect.js';
import { xoshiro128 } from './sampling.rng.js';

// Shared steps of the sampling and queue tests: the demo's operating agents, and a week of
// their interactions (the test database has people only).

export const WEEK = '2026-11-16'; // a Monday before the tests' "today"
const TYPES: Record<string, string[]> = {
  CS1: ['储蓄业务', '电子银行'],
  CS2: ['信用卡', '积分兑换'],
  CMP: ['投诉处理'],
  OUT: ['外呼营销'],
};

export async function operatingAgents(db: Db) {
  return db
    .selectFrom('employees as e')
    .innerJoin('teams as t', 't.id', 'e.team_id')
    .innerJoin('departments as d', 'd.id', 't.department_id')
    .select(['e.id', 'e.status', 'e.team_id', 't.code as team', 't.department_id', 'd.code as department'])
    .where('e.position', 'in', ['坐席', '资深坐席'])
    .where('e.status', 'not in', ['resigned'])
    .orderBy('e.employee_no')
    .execute();
}
export type TestAgent = Awaited<ReturnType<typeof operatingAgents>>[number];

/** `volume(i)` handled interactions for agent i over the week, 08:00–20:00 center time (UTC+8). */
export async function addWeek(db: Db, agents: TestAgent[], volume: (i: number) => number, weekStart = WEEK) {
  const rand = xoshiro128(2026);
  const rows = [];
  for (let i = 0; i < agents.length; i++) {
    const a = agents[i];
    const types = TYPES[a.department] ?? ['储蓄业务'];
    for (let k = 0; k < volume(i); k++) {
      const day = new Date(Date.parse(`${weekStart}T00:00:00Z`) + (k % 7) * 86_400_000).toISOString().slice(0, 10);
      const minute = 8 * 60 + Math.floor(rand() * 12 * 60);
      const utc = new Date(Date.parse(`${day}T00:00:00Z`) + (minute - 480) * 60_000).toISOString();
      rows.push({
        id: `SW-${a.id.slice(-8)}-${weekStart}-${k}`,
        agent_id: a.id,
        started_at: utc,
        day,
        direction: 'in',
        channel: 'voice',
        business_type: types[k % types.length],
        queue: null,
        answered: 1,
        talk_seconds: 120,
        hold_seconds: 0,
        wrap_seconds: 20,
        queue_wait_seconds: 5,
        fcr: 1,
        csat: null,
        customer_ref: null,
        recording_url: `https://rec.test/${k}.wav`,
        transcript_url: null,
        import_id: 'test',
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('interactions')
      .values(rows.slice(i, i + 500))
      .execute();
  return rows.length;
}

/** Each agent's number of handled interactions in the week. */
export async function volumes(db: Db, weekStart = WEEK) {
  const end = new Date(Date.parse(`${weekStart}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
  const rows = await db
    .selectFrom('interactions')
    .select(['agent_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('day', '>=', weekStart)
    .where('day', '<=', end)
    .where('answered', '=', 1)
    .groupBy('agent_id')
    .execute();
  return new Map(rows.map((r) => [r.agent_id, Number(r.n)]));
}
