import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { workOf } from '../../test/work-list.js';
import { employeeIdOf } from '../../test/helpers.js';
import { addToPool } from '../mentorship/pool/pool.testkit.js';
import { at, catalogue, learners, okData, schedule, type Kit } from './shared/training.testkit.js';

// The training module's work on the home page (issue 26): the trainer's sessions with attendance
// to take (late ones first), a learner's sessions of today until attended, a mentor's open
// problems — each gone once done, and nobody else's.
const MINE = new Set(['trainingAttendance', 'trainingSession', 'trainingMentorProblem']);
const work = (c: Client) => workOf(c, ...MINE);

describe.each(DIALECTS)('training work on the home page on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let kit: Kit;
  let trainer: Client;
  let people: Awaited<ReturnType<typeof learners>>;
  let yesterday: string;
  let today: string;
  let later: string;

  beforeAll(async () => {
    setClock('2027-03-10T02:00:00Z'); // Wednesday 10:00 in the center
    kit = await catalogue(env);
    trainer = await env.as('trainer');
    people = await learners(env, 2, 'hw');
    const [a, b] = people;
    yesterday = await schedule(kit, {
      startsAt: at('2027-03-09', '09:00'),
      endsAt: at('2027-03-09', '10:00'),
      employeeIds: [a!.employeeId, b!.employeeId],
    });
    today = await schedule(kit, {
      startsAt: at('2027-03-10', '14:00'),
      endsAt: at('2027-03-10', '15:00'),
      employeeIds: [a!.employeeId],
    });
    later = await schedule(kit, {
      startsAt: at('2027-03-11', '09:00'),
      endsAt: at('2027-03-11', '10:00'),
      employeeIds: [a!.employeeId, b!.employeeId],
    });
  });
  afterAll(() => setClock());

  it("lists the trainer's sessions with attendance to take, late ones first, not tomorrow's", async () => {
    const { items, counts } = await work(trainer);
    expect(items.map((i) => [i.link, i.due, i.menu, i.params.count])).toEqual([
      [`/training/sessions/${yesterday}/attendance`, '2027-03-09', 'training-attendance', 2],
      [`/training/sessions/${today}/attendance`, '2027-03-10', 'training-attendance', 1],
    ]);
    expect(counts['training-attendance']).toBe(2);
    expect(items.some((i) => i.link.includes(later))).toBe(false);
    // The training manager schedules but does not teach these: nothing of theirs.
    expect((await work(kit.manager)).items).toEqual([]);
  });

  it("lists a learner's session of today only, and drops both once attendance is taken", async () => {
    const [a, b] = people;
    expect((await work(a!.client)).items).toEqual([
      expect.objectContaining({
        kind: 'trainingSession',
        link: `/training/sessions/${today}`,
        due: '2027-03-10',
        menu: 'training-my',
        params: expect.objectContaining({ time: '14:00' }),
      }),
    ]);
    expect((await work(b!.client)).items).toEqual([]);
    setClock('2027-03-10T06:00:00Z'); // 14:00, the session has begun
    okData(
      await trainer.put(`/api/training/sessions/${today}/attendance`, {
        records: [{ employeeId: a!.employeeId, status: 'present' }],
      }),
    );
    okData(
      await trainer.put(`/api/training/sessions/${yesterday}/attendance`, {
        records: [
          { employeeId: a!.employeeId, status: 'present' },
          { employeeId: b!.employeeId, status: 'absent' },
        ],
      }),
    );
    expect((await work(a!.client)).items).toEqual([]);
    const after = await work(trainer);
    expect(after.items).toEqual([]);
    expect(after.counts['training-attendance']).toBeUndefined();
  });

  it("lists the mentor's open problems by the day met, gone once closed", async () => {
    const db = env.handle.db;
    const mentor = await env.as('mentor');
    await addToPool(db, [await employeeIdOf(db, 'mentor')]);
    const assignment = okData(
      await kit.manager.post('/api/training/mentoring/assignments', {
        traineeId: people[0]!.employeeId,
        mentorId: await employeeIdOf(db, 'mentor'),
        mode: 'one_to_one',
        startDate: '2027-03-08',
      }),
    ).id;
    const add = async (date: string, description: string) =>
      okData(await mentor.post(`/api/training/mentoring/assignments/${assignment}/problems`, { date, description })).id;
    const first = await add('2027-03-09', '不熟悉账单日调整');
    await add('2027-03-10', '挂机前未复述');
    const { items } = await work(mentor);
    expect(items.map((i) => [i.kind, i.due, i.params.description])).toEqual([
      ['trainingMentorProblem', '2027-03-09', '不熟悉账单日调整'],
      ['trainingMentorProblem', '2027-03-10', '挂机前未复述'],
    ]);
    expect((await work(trainer)).items).toEqual([]);
    okData(await mentor.post(`/api/training/mentoring/problems/${first}/close`, { resolution: '已讲解' }));
    expect((await work(mentor)).items.map((i) => i.due)).toEqual(['2027-03-10']);
  });
});
