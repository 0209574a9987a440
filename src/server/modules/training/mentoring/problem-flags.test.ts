import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf, userIdOf } from '../../../test/helpers.js';
import { addToPool } from '../../mentorship/pool/pool.testkit.js';
import { okData } from '../shared/training.testkit.js';
import { flagOpenProblems } from './problem-flags.js';

// SPEC §7: a problem met in a shadowing day is closed that day, or it is flagged the next
// morning — once — to the mentor and the training managers (a training warning and a notice).

describe.each(DIALECTS)('shadowing problems flagged the next morning on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let manager: Client;
  let mentor: Client;
  let assignment: string;
  const users = { mentor: '', manager: '', trainee: '' };
  const problem = async (date: string, description: string) =>
    okData(await mentor.post(`/api/training/mentoring/assignments/${assignment}/problems`, { date, description })).id;
  const warned = async (c: Client) =>
    okData<any[]>(await c.get('/api/training/warnings')).filter((w) => w.kind === 'mentoring_problem_open');

  beforeAll(async () => {
    setClock('2026-12-15T02:00:00Z');
    manager = await env.as('training');
    mentor = await env.as('mentor');
    for (const [k, u] of [
      ['mentor', 'mentor'],
      ['manager', 'training'],
      ['trainee', 'trainee'],
    ] as const)
      users[k] = await userIdOf(db(), u);
    await addToPool(db(), [await employeeIdOf(db(), 'mentor')]);
    assignment = okData(
      await manager.post('/api/training/mentoring/assignments', {
        traineeId: await employeeIdOf(db(), 'trainee'),
        mentorId: await employeeIdOf(db(), 'mentor'),
        mode: 'one_to_one',
        startDate: '2026-12-10',
      }),
    ).id;
  });
  afterAll(() => setClock());

  it('flags yesterday’s open and late-closed problems once, and today’s only from tomorrow', async () => {
    const open = await problem('2026-12-14', '不会查询账单日');
    const sameDay = await problem('2026-12-14', '转接流程不熟');
    okData(
      await mentor.post(`/api/training/mentoring/problems/${sameDay}/close`, {
        resolution: '现场演示',
        closedOn: '2026-12-14',
      }),
    );
    const late = await problem('2026-12-13', '挂机前未确认');
    okData(await mentor.post(`/api/training/mentoring/problems/${late}/close`, { resolution: '复盘' })); // today
    const today = await problem('2026-12-15', '系统路径不熟');

    expect(await flagOpenProblems(db())).toBe(2);
    expect(await flagOpenProblems(db())).toBe(0); // once
    const mine = await warned(mentor);
    expect(mine.map((w) => w.data.problemId).sort()).toEqual([open, late].sort());
    expect(mine.find((w) => w.data.problemId === open)).toMatchObject({
      subjectEmployeeId: await employeeIdOf(db(), 'trainee'),
      data: { date: '2026-12-14', description: '不会查询账单日' },
    });
    expect((await warned(manager)).map((w) => w.data.problemId).sort()).toEqual([open, late].sort());
    expect(await warned(await env.as('trainee'))).toEqual([]);
    const notices = await db()
      .selectFrom('notifications')
      .select(['user_id', 'params'])
      .where('kind', '=', 'mentoring_problem_open')
      .execute();
    expect(notices.filter((n) => n.user_id === users.mentor)).toHaveLength(2);
    expect(notices.filter((n) => n.user_id === users.manager)).toHaveLength(2);
    expect(notices.filter((n) => n.user_id === users.trainee)).toHaveLength(0);

    setClock('2026-12-16T00:30:00Z'); // 08:30 the next morning
    expect(await flagOpenProblems(db())).toBe(1);
    expect((await warned(mentor)).map((w) => w.data.problemId)).toContain(today);
  });
});
