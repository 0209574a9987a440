import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/connect.js';
import { backfillCsatSatisfied } from '../../../db/migrations/20270106-scale-import.js';
import { JobRunner } from '../../../lib/jobs.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { IMPORT_JOB, importJobHandler } from '../imports/import.worker.js';
import { recountJobHandler, SL_RECOUNT_JOB } from '../service-level/service-level.job.js';
import { templateCsv, upload, useTempImportDir } from '../test-kit.js';
import { agentKpiFacts } from './kpi.facts.js';

// The satisfied CSAT responses (CSAT ≥ appraisal.csatSatisfiedMin) are a rollup counter,
// csat_satisfied, in all three daily rollups: written by the import, recounted when the setting
// changes, backfilled by the migration — and always equal to a count over the raw interactions.
// The app's worker is off: the test drives it.
process.env.SEATWISE_JOBS = 'off';
useTempImportDir();

const KEYS = {
  interaction_daily: ['agent_id', 'day', 'business_type', 'channel'],
  interaction_agent_daily: ['agent_id', 'day'],
  interaction_center_daily: ['day', 'business_type', 'channel'],
} as const;

/** Per rollup table: "key|csat_satisfied" of every row with CSAT responses, stored and counted raw. */
async function storedAndRaw(db: Db, min: number) {
  const out: Record<string, { stored: string[]; raw: string[] }> = {};
  for (const [table, key] of Object.entries(KEYS)) {
    const cols = sql.join(key.map((c) => sql.ref(c)));
    const stored = await sql<{ k: string; n: number }>`SELECT ${cols}, csat_satisfied AS n FROM ${sql.table(table)}
      WHERE csat_count > 0`.execute(db);
    const raw = await sql<{ k: string; n: number }>`SELECT ${cols}, count(*) AS n FROM interactions
      WHERE answered = 1 AND csat >= ${min} AND (leg IS NULL OR leg NOT IN ('attempt', 'segment'))
      GROUP BY ${cols}`.execute(db);
    const lines = (rows: Record<string, unknown>[], all: boolean) =>
      rows
        .filter((r) => all || Number(r.n) > 0)
        .map((r) => `${key.map((c) => r[c]).join('|')}|${Number(r.n)}`)
        .sort();
    out[table] = { stored: lines(stored.rows, false), raw: lines(raw.rows, true) };
  }
  return out;
}

describe.each(DIALECTS)('the csat_satisfied rollup counter on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let admin: Client;
  let agentId = '';
  const runner = () =>
    new JobRunner(env.handle.db, {
      [IMPORT_JOB]: importJobHandler(env.handle),
      [SL_RECOUNT_JOB]: recountJobHandler(env.handle.db),
    });
  const expectCounterEqualsRaw = async (min: number) => {
    const tables = await storedAndRaw(env.handle.db, min);
    for (const [table, { stored, raw }] of Object.entries(tables)) expect(stored, table).toEqual(raw);
    // Not a vacuous comparison: the file has satisfied responses on two days and two business types.
    expect(tables.interaction_daily.raw.length).toBeGreaterThanOrEqual(3);
  };
  const facts = async (min: number) => {
    const f = (await agentKpiFacts(env.handle.db, [agentId], '2026-11-01', '2026-11-30', min)).get(agentId)!;
    return `${f.csatSatisfied}/${f.csatCount}`;
  };

  beforeAll(async () => {
    admin = await env.as('admin');
    const agent = await env.handle.db
      .selectFrom('users as u')
      .innerJoin('employees as e', 'e.id', 'u.employee_id')
      .select(['e.id', 'e.employee_no'])
      .where('u.username', '=', 'agent')
      .executeTakeFirstOrThrow();
    agentId = agent.id;
    const row = (n: number, day: string, type: string, csat: number | '', answered = '是') => ({
      interactionId: `CS${n}`,
      agent: agent.employee_no,
      startedAt: `${day} 10:${String(n).padStart(2, '0')}:00`,
      direction: '呼入',
      channel: '语音',
      businessType: type,
      answered,
      talkSeconds: 60,
      queueWaitSeconds: 5,
      csat,
    });
    // CSAT by day and type: 5 Nov 信用卡 5, 4, 3, (none); 5 Nov 贷款咨询 4, 2; 6 Nov 信用卡 5, 1,
    // and 3 on an unanswered call (not a response the rollups count).
    const res = await upload(
      admin,
      templateCsv([
        row(1, '2026-11-05', '信用卡', 5),
        row(2, '2026-11-05', '信用卡', 4),
        row(3, '2026-11-05', '信用卡', 3),
        row(4, '2026-11-05', '信用卡', ''),
        row(5, '2026-11-05', '贷款咨询', 4),
        row(6, '2026-11-05', '贷款咨询', 2),
        row(7, '2026-11-06', '信用卡', 5),
        row(8, '2026-11-06', '信用卡', 1),
        row(9, '2026-11-06', '信用卡', 3, '否'),
      ]),
      'template',
    );
    expect(res.status, res.raw).toBe(202);
    await runner().runUntilIdle();
  });

  it('is written by the import and equals a raw count', async () => {
    await expectCounterEqualsRaw(4);
    expect(await facts(4)).toBe('4/7');
  });

  it('is recounted when the setting changes; until then the KPI facts count raw', async () => {
    const put = await admin.put('/api/settings/appraisal.csatSatisfiedMin', { value: 3, reason: '满意口径调整为3分' });
    expect(put.status, put.raw).toBe(200);
    const jobs = await env.handle.db.selectFrom('jobs').select('state').where('kind', '=', SL_RECOUNT_JOB).execute();
    expect(jobs.map((j) => j.state)).toEqual(['queued']);
    expect(await facts(3)).toBe('5/7'); // the counter still holds 4's count: read raw meanwhile
    await runner().runUntilIdle();
    await expectCounterEqualsRaw(3);
    expect(await facts(3)).toBe('5/7');
  });

  it('is backfilled by the migration from the stored interactions', async () => {
    for (const table of Object.keys(KEYS))
      await sql`UPDATE ${sql.table(table)} SET csat_satisfied = 0`.execute(env.handle.db);
    await backfillCsatSatisfied(env.handle.db);
    await expectCounterEqualsRaw(3); // the stored setting's value
  });
});
