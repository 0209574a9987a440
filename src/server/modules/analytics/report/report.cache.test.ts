import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/connect.js';
import { setClock } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { scopeKey } from './report.cache.js';
import { warmReport } from './report.service.js';

// The report's rollup figures are kept per month, scope and rebuild (report.cache.ts): a second
// reading before the next rebuild answers what the first computed, a rebuild makes them computed
// again, and each reader scope keeps its own.
const NOW = '2031-03-12T04:00:00.000Z';

const setAsOf = (db: Db, asOf: string) =>
  db
    .insertInto('analytics_state')
    .values({ id: 'rollups', as_of: asOf, took_ms: 1, people: 0, months: 0 })
    .onConflict((oc) => oc.column('id').doUpdateSet({ as_of: asOf }))
    .execute();

/** One person hired in February 2031 into the rollup (no rebuild). */
const hire = (db: Db) =>
  db
    .insertInto('analytics_people')
    .values({
      employee_id: newId(),
      name: 'K',
      hire_date: '2031-02-10',
      hire_month: '2031-02',
      department_id: 'dept-cache-test',
      team_id: 'team-cache-test',
      status: 'regular',
      program_id: null,
      cohort_id: null,
      trainer_id: null,
      mentor_id: null,
      live_date: null,
      exit_date: null,
      exit_kind: null,
      exit_criterion: null,
    })
    .execute();

describe.each(DIALECTS)('monthly report figures kept per rebuild on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let training: Client;
  const hires = async () => {
    const res = await training.get('/api/analytics/report?month=2031-02');
    expect(res.status).toBe(200);
    return res.body.data.headcount.total.hires as number;
  };

  beforeAll(async () => {
    setClock(NOW);
    training = await env.as('training');
    await setAsOf(env.handle.db, '2031-03-12T03:00:00.000Z');
  }, 60_000);
  afterAll(() => setClock());

  it('answers the kept figures until the rollups are rebuilt', async () => {
    const first = await hires();
    await hire(env.handle.db);
    expect(await hires()).toBe(first);
    await setAsOf(env.handle.db, '2031-03-12T03:30:00.000Z');
    expect(await hires()).toBe(first + 1);
  });

  it('computes last month for the whole center ahead, after a rebuild', async () => {
    await setAsOf(env.handle.db, '2031-03-12T03:45:00.000Z');
    await warmReport(env.handle.db);
    const kept = await env.handle.db
      .selectFrom('analytics_report_cache')
      .select(['as_of', 'through'])
      .where('month', '=', '2031-02')
      .where('scope_key', '=', 'all')
      .executeTakeFirstOrThrow();
    expect(kept).toEqual({ as_of: '2031-03-12T03:45:00.000Z', through: '2031-02-28' });
  });

  it('keeps one entry per reader scope, whatever the order of its lists', () => {
    const a = { kind: 'limited' as const, departmentIds: ['d1'], teamIds: [], employeeIds: ['e2', 'e1'] };
    const b = { kind: 'limited' as const, departmentIds: ['d1'], teamIds: [], employeeIds: ['e1', 'e2'] };
    expect(scopeKey(a)).toBe(scopeKey(b));
    expect(scopeKey(a)).not.toBe(scopeKey({ ...a, departmentIds: ['d2'] }));
    expect(scopeKey({ kind: 'all' })).toBe('all');
  });
});
