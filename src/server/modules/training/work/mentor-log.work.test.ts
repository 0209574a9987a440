import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { workOf } from '../../../test/work-list.js';
import { employeeIdOf } from '../../../test/helpers.js';
import { addToPool } from '../../mentorship/pool/pool.testkit.js';
import { learners, okData } from '../shared/training.testkit.js';

// The mentor's daily log on the home page (issue 26): each active mentee whose log (hours) is
// not written today, due today, opening that assignment's log — not another mentor's mentee, not
// an assignment that starts later, nothing on a day off, and gone once today's hours are logged.
const work = (c: Client) => workOf(c, 'trainingMentorLog');

describe.each(DIALECTS)('mentor daily log work on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let manager: Client;
  let mentor: Client;
  let mine: string;
  let people: Awaited<ReturnType<typeof learners>>;

  beforeAll(async () => {
    setClock('2027-03-10T02:00:00Z'); // Wednesday 10:00 in the center
    const db = env.handle.db;
    manager = await env.as('training');
    mentor = await env.as('mentor');
    people = await learners(env, 3, 'ml');
    const other = await db
      .selectFrom('employees as e')
      .innerJoin('teams as t', 't.id', 'e.team_id')
      .select('e.id')
      .where('e.status', 'in', ['key_staff', 'regular'])
      .where('t.code', '=', 'CS2-1')
      .orderBy('e.employee_no')
      .executeTakeFirstOrThrow();
    const mentorId = await employeeIdOf(db, 'mentor');
    await addToPool(db, [mentorId, other.id]);
    const assign = async (traineeId: string, who: string, startDate: string, mode = 'one_to_one') =>
      okData(
        await manager.post('/api/training/mentoring/assignments', {
          traineeId,
          mentorId: who,
          mode,
          startDate,
        }),
      ).id as string;
    mine = await assign(people[0]!.employeeId, mentorId, '2027-03-08');
    await assign(people[1]!.employeeId, other.id, '2027-03-08'); // another mentor's mentee
    await assign(people[2]!.employeeId, mentorId, '2027-03-11', 'one_to_five'); // starts tomorrow
  });
  afterAll(() => setClock());

  it("lists only the mentor's own mentee running today, due today, opening its log", async () => {
    const { items, counts } = await work(mentor);
    const name = (
      await env.handle.db
        .selectFrom('employees')
        .select('name')
        .where('id', '=', people[0]!.employeeId)
        .executeTakeFirstOrThrow()
    ).name;
    expect(items).toEqual([
      {
        key: `trainingMentorLog:${mine}`,
        kind: 'trainingMentorLog',
        menu: 'training-mentoring',
        due: '2027-03-10',
        provisional: expect.any(Boolean),
        overdueDays: 0,
        link: `/training/mentoring?log=${mine}`,
        params: { name },
      },
    ]);
    expect(counts['training-mentoring']).toBeGreaterThanOrEqual(1);
    expect((await work(manager)).items).toEqual([]);
    expect((await work(people[0]!.client)).items).toEqual([]);
  });

  it('asks nothing on a day off', async () => {
    setClock('2027-03-13T02:00:00Z'); // Saturday
    expect((await work(mentor)).items).toEqual([]);
    setClock('2027-03-10T02:00:00Z');
  });

  it("drops the item once today's hours are logged", async () => {
    const before = (await work(mentor)).counts['training-mentoring'] ?? 0;
    okData(await mentor.post(`/api/training/mentoring/assignments/${mine}/hours`, { date: '2027-03-10', hours: 2 }));
    const after = await work(mentor);
    expect(after.items).toEqual([]);
    expect(after.counts['training-mentoring'] ?? 0).toBe(before - 1);
  });
});
