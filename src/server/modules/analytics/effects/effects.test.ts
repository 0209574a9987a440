import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf, expectError } from '../../../test/helpers.js';
import { addMonth, addRollupPerson } from '../levels/rollups.testkit.js';

// Trainer and mentor effects through the API (issue 22 item 4), on rollups whose figures are
// known. Trainers "big" and "lucky" both have learners averaging QA 90 — 40 of them against 2 —
// and "weak" 40 averaging 70: shrinkage must pull the 2-learner trainer much harder toward the
// center, "lucky" is never ranked (fewer than minLearners), and big and weak are ranked 1 and 2
// because their intervals separate. Half of weak's learners left in month 2.

const SPREAD = [-4, -2, 0, 2, 4]; // around the trainer's mean, summing to 0
const HIRE = '2029-01-02';
const LIVE = '2029-02-01';

describe.each(DIALECTS)('trainer and mentor effects on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let training: Client;
  let manager: Client;

  beforeAll(async () => {
    setClock('2030-06-01T04:00:00Z');
    training = await env.as('training');
    manager = await env.as('manager');
    const managerTeam = (
      await db()
        .selectFrom('employees')
        .select('team_id')
        .where('id', '=', await employeeIdOf(db(), 'manager'))
        .executeTakeFirstOrThrow()
    ).team_id;
    const teams = await db().selectFrom('teams').select(['id', 'department_id']).execute();
    const mine = teams.find((t) => t.id === managerTeam)!;
    const other = teams.find((t) => t.department_id !== mine.department_id)!;

    const learner = async (trainer: string, qa: number, i: number, o: { exit?: string; mentor?: string } = {}) => {
      const t = i % 2 ? mine : other;
      const id = await addRollupPerson(db(), {
        teamId: t.id,
        departmentId: t.department_id,
        hire_date: HIRE,
        live_date: LIVE,
        trainer_id: trainer,
        mentor_id: o.mentor ?? null,
        exit_date: o.exit ?? null,
        exit_kind: o.exit ? 'resigned' : null,
      });
      await addMonth(db(), id, '2029-03', { qa, fcr: 70, aht: trainer === 'weak' ? 360 : 300, csat: 4 });
      await addMonth(db(), id, '2029-12', { qa: 0 }); // month 11 after going live: past followMonths
    };
    for (let i = 0; i < 40; i++) await learner('big', 90 + SPREAD[i % 5], i, { mentor: 'mentor-a' });
    for (let i = 0; i < 2; i++) await learner('lucky', 90 + (i ? 1 : -1), i);
    for (let i = 0; i < 40; i++)
      await learner('weak', 70 + SPREAD[i % 5], i, { exit: i % 2 ? '2029-03-01' : undefined });
  }, 120_000);

  afterAll(() => setClock());

  const row = (data: { rows: { key: string }[] }, key: string) => data.rows.find((r) => r.key === key) as any;

  it('shrinks a 2-learner trainer much harder than a 40-learner one with the same raw mean', async () => {
    const res = await training.get('/api/analytics/effects?kind=trainer&hiredFrom=2029-01');
    expect(res.status, res.raw).toBe(200);
    const data = res.body.data;
    expect(data.total).toBe(3);
    const big = row(data, 'big');
    const lucky = row(data, 'lucky');
    expect(big.learners).toBe(40);
    expect(lucky.learners).toBe(2);
    expect(big.qa.raw).toBeCloseTo(90, 10);
    expect(lucky.qa.raw).toBeCloseTo(90, 10);
    expect(lucky.qa.weight).toBeLessThan(big.qa.weight);
    expect(90 - lucky.qa.shrunk).toBeGreaterThan(5 * (90 - big.qa.shrunk));
    expect(lucky.qa.shrunk).toBeGreaterThan(data.center.qa); // pulled toward the center, not past it
    expect(big.qa.low).toBeLessThan(big.qa.shrunk);
    expect(big.qa.high).toBeGreaterThan(big.qa.shrunk);
  });

  it('ranks only trainers with minLearners whose intervals separate; AHT ranks the shorter first', async () => {
    const data = (await training.get('/api/analytics/effects?kind=trainer&hiredFrom=2029-01')).body.data;
    expect(data.minLearners).toBe(5);
    expect(row(data, 'lucky')).toMatchObject({ ranked: false, qa: { rank: null } });
    expect(row(data, 'big').qa.rank).toBe(1);
    expect(row(data, 'weak').qa.rank).toBe(2);
    expect(row(data, 'big').aht.rank).toBe(1);
    expect(data.rows.map((r: { key: string }) => r.key)).toEqual(['big', 'lucky', 'weak']);
  });

  it('counts 6-month retention among learners hired 6+ months ago, raw and shrunk, and Kaplan–Meier', async () => {
    const data = (await training.get('/api/analytics/effects?kind=trainer&hiredFrom=2029-01')).body.data;
    const weak = row(data, 'weak');
    expect(weak.retention).toMatchObject({ n: 40, raw: 0.5 });
    expect(weak.retention.shrunk).toBeGreaterThan(0.5); // toward the center's 82 of 82+…
    expect(row(data, 'big').retention).toMatchObject({ n: 40, raw: 1 });
    expect(weak.survival6.survival).toBeCloseTo(0.5, 10);
    expect(data.center.retention).toMatchObject({ n: 82, k: 62 });
  });

  it('follows learners over their first followMonths only', async () => {
    const data = (await training.get('/api/analytics/effects?kind=trainer&hiredFrom=2029-01')).body.data;
    expect(data.followMonths).toBe(6);
    expect(row(data, 'big').qa.n).toBe(40); // the December score of 0 would pull the mean down
    expect(row(data, 'big').fcr.raw).toBeCloseTo(70, 10);
    expect(row(data, 'weak').aht.raw).toBeCloseTo(360, 10);
  });

  it('groups by mentor too, and compares two side by side with the difference of their learners', async () => {
    const mentors = (await training.get('/api/analytics/effects?kind=mentor&hiredFrom=2029-01')).body.data;
    expect(mentors.rows.map((r: { key: string; learners: number }) => [r.key, r.learners])).toEqual([['mentor-a', 40]]);
    const res = await training.get('/api/analytics/effects/compare/big/weak?kind=trainer&hiredFrom=2029-01');
    expect(res.status, res.raw).toBe(200);
    const qa = res.body.data.differences.find((d: { metric: string }) => d.metric === 'qa');
    expect(qa.difference.value).toBeCloseTo(20, 10);
    expect(qa.difference.low).toBeGreaterThan(15);
    expect(qa.p).toBeLessThan(0.001);
    expect(res.body.data.a.key).toBe('big');
    expectError(await training.get('/api/analytics/effects/compare/big/nobody?kind=trainer'), 404, 'NOT_FOUND');
  });

  it('counts only the people in the reader’s scope, and needs analytics.view', async () => {
    const data = (await manager.get('/api/analytics/effects?kind=trainer&hiredFrom=2029-01')).body.data;
    expect(row(data, 'big').learners).toBe(20);
    expect(row(data, 'lucky').learners).toBe(1);
    expectError(await (await env.as('agent')).get('/api/analytics/effects'), 403);
    expectError(await training.get('/api/analytics/effects?kind=coach'), 400, 'VALIDATION_FAILED', 'kind');
  });
});
