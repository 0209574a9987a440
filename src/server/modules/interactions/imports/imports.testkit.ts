import { beforeAll } from 'vitest';
import type { Db } from '../../../db/connect.js';
import { useTestEnv, type Client, type DialectCase } from '../../../test/harness.js';
import { useTempImportDir } from '../test-kit.js';

// The setup, agents and template rows the import tests (imports*.test.ts) share.

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

let importDir: string | undefined; // one folder per test file (each file has its own module instance)

/**
 * What each import suite starts from, inside its `describe.each(DIALECTS)`: uploads go to a
 * temporary folder, the app runs on a fresh seeded database, `qa` is the QA user's client, and
 * `nos` / `ids` are the agents of team CS1-1 (set before the first test); `good(i)` is a valid
 * template row answered by one of them.
 */
export function useImportsEnv(dialect: DialectCase) {
  importDir ??= useTempImportDir();
  const env = useTestEnv(dialect);
  const kit = {
    env,
    qa: undefined as unknown as Client,
    nos: [] as string[], // employee numbers of agents in CS1-1
    ids: {} as Record<string, string>, // their employee ids by number
    good: (i: number, extra: Record<string, string | number> = {}) => templateRow(kit.nos, i, extra),
  };
  beforeAll(async () => {
    kit.qa = await env.as('qa');
    Object.assign(kit, await agentsOf(env.handle.db, 'CS1-1'));
  });
  return kit;
}
