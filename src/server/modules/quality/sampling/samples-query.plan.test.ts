import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { PeopleScope } from '../../../lib/access.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { employeeIdOf, teamIdOf } from '../../../test/helpers.js';
import { SAMPLE_COLUMNS, samplesQuery } from './sampling.repo.js';

// The sample queue of a limited reader (a team lead: their team plus themself) reads the samples
// of that scope through indexes. A constant-false term in the scope's OR (`1 = 0`) used to make
// SQLite scan every sample of every week (issue 23).

describe.each(DIALECTS)('sample queue query plan on $name', (dialect) => {
  const env = useTestEnv(dialect);

  it('a team lead’s queue reads by index, never a full scan of the samples', async () => {
    const db = env.handle.db;
    const scope: PeopleScope = {
      kind: 'limited',
      departmentIds: [],
      teamIds: [await teamIdOf(db, 'TRN-NH')],
      employeeIds: [await employeeIdOf(db, 'teamlead')],
    };
    const q = samplesQuery(db, scope)
      .select([...SAMPLE_COLUMNS])
      .orderBy('s.day')
      .orderBy('s.started_at')
      .orderBy('s.id')
      .limit(50)
      .compile();
    if (dialect.name === 'sqlite') {
      const plan = await db.executeQuery<{ detail: string }>({ ...q, sql: `EXPLAIN QUERY PLAN ${q.sql}` });
      const lines = plan.rows.map((r) => r.detail);
      const text = lines.join('\n');
      expect(text).toMatch(/qa_samples_team_id_day_idx/);
      expect(text).toMatch(/qa_samples_agent_id_day_idx/);
      expect(
        lines.filter((l) => /^SCAN s\b/.test(l)),
        text,
      ).toEqual([]);
    } else {
      // On a few demo rows a sequential scan is cheapest; off, the plan shows whether indexes can serve it.
      const text = await db.transaction().execute(async (trx) => {
        await sql`SET LOCAL enable_seqscan = off`.execute(trx);
        const plan = await trx.executeQuery<{ 'QUERY PLAN': string }>({ ...q, sql: `EXPLAIN ${q.sql}` });
        return plan.rows.map((r) => r['QUERY PLAN']).join('\n');
      });
      expect(text).not.toMatch(/Seq Scan on qa_samples/);
      expect(text).toMatch(/qa_samples_(team_id|agent_id)_day_idx/);
    }
  });

  it('a scope naming nobody reads nothing', async () => {
    const db = env.handle.db;
    const rows = await samplesQuery(db, { kind: 'limited', departmentIds: [], teamIds: [], employeeIds: [] })
      .select('s.id')
      .execute();
    expect(rows).toEqual([]);
  });
});
