import type { Db } from '../../../db/connect.js';

// The agents and template rows the import tests (imports*.test.ts) use.

/** The agents of a team by employee number: the numbers in order, and each one's employee id. */
export async function agentsOf(db: Db, teamCode: string) {
  const rows = await db
    .selectFrom('employees as e')
    .innerJoin('teams as t', 't.id', 'e.team_id')
    .select(['e.id', 'e.employee_no'])
    .where('t.code', '=', teamCode)
    .orderBy('e.employee_no')
    .execute();
  return {
    nos: rows.map((r) => r.employee_no),
    ids: Object.fromEntries(rows.map((r) => [r.employee_no, r.id])) as Record<string, string>,
  };
}

/** A good template row number i, answered by one of the first three agents; `extra` overrides. */
export const templateRow = (nos: string[], i: number, extra: Record<string, string | number> = {}) => ({
  interactionId: `T-${i}`,
  agent: nos[i % 3],
  startedAt: `2026-11-10 0${i % 9}:15:00`,
  direction: '呼入',
  channel: '语音',
  businessType: '信用卡',
  queue: '信用卡热线',
  talkSeconds: 100 + i,
  holdSeconds: 10,
  wrapSeconds: 20,
  queueWaitSeconds: 5 * i,
  answered: '是',
  fcr: i % 2 ? '是' : '否',
  csat: (i % 5) + 1,
  customerRef: `C${i}`,
  recordingUrl: `https://rec.example/${i}.wav`,
  ...extra,
});
