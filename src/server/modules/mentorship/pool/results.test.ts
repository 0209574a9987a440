import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { putSetting } from '../../../lib/settings.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { addPerson, employeeIdOf, expectError, idsInTeams } from '../../../test/helpers.js';
import { scoreSession } from '../../quality/feedback/feedback.testkit.js';
import { publishedForm } from '../../quality/forms/forms.testkit.js';
import { okData } from '../../training/shared/training.testkit.js';
import { addToPool } from './pool.testkit.js';

// The pool's ratings and what it changes in mentor assignment (SPEC §7, issue 20 item 6): a
// mentor's results leave out their trainee's QA evaluations made before regular status; a mentor
// rated below mentoring.pool.minRating is flagged; only pool members may be assigned; a weak
// regular agent can be given a coaching mentor (with a reason), a trainee or candidate cannot.

describe.each(DIALECTS)('mentor pool results and coaching on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let manager: Client;
  let hr: Client;
  let qa: Client;
  let formId: string;
  let ids: { m1: string; m2: string; outsider: string; trainee: string; rater: string; weak: string };
  const pool = async () => okData<any[]>(await manager.get('/api/mentorship/pool'));
  const member = async (id: string) => (await pool()).find((m) => m.employeeId === id);
  const assign = (body: Record<string, unknown>) =>
    manager.post('/api/training/mentoring/assignments', { mode: 'one_to_one', startDate: '2026-11-30', ...body });
  async function moveTo(id: string, status: string, effectiveDate: string) {
    const { version } = okData(await hr.get(`/api/employees/${id}`));
    okData(await hr.post(`/api/employees/${id}/status`, { status, effectiveDate, reason: '跟听考核合格', version }));
  }

  beforeAll(async () => {
    setClock('2026-12-15T02:00:00Z');
    [manager, hr, qa] = [await env.as('training'), await env.as('hr'), await env.as('qa')];
    formId = (await publishedForm(qa)).id;
    const floor = await db()
      .selectFrom('employees as e')
      .leftJoin('users as u', 'u.employee_id', 'e.id')
      .select('e.id')
      .where('e.status', '=', 'regular')
      .where('u.id', 'is', null)
      .orderBy('e.employee_no')
      .limit(3)
      .execute();
    const rater = await employeeIdOf(db(), 'trainee');
    const cohort = (await idsInTeams(db(), ['TRN-NH'])).filter((x) => x !== rater);
    ids = {
      m1: await employeeIdOf(db(), 'mentor'),
      m2: floor[0].id,
      outsider: floor[1].id,
      weak: floor[2].id,
      trainee: cohort[0],
      rater,
    };
    await addToPool(db(), [ids.m1, ids.m2]);
  });
  afterAll(() => setClock());

  it('leaves a trainee’s pre-regular QA evaluations out of the mentor’s results', async () => {
    const a = okData(await assign({ traineeId: ids.trainee, mentorId: ids.m1 })).id;
    await scoreSession(qa, formId, ids.trainee, '2026-12-01', { compliant: 0, greet: 0 }); // before regular: bad
    await moveTo(ids.trainee, 'probation', '2026-12-02');
    await moveTo(ids.trainee, 'regular', '2026-12-08');
    await scoreSession(qa, formId, ids.trainee, '2026-12-10'); // after regular: good
    okData(
      await manager.post(`/api/training/mentoring/assignments/${a}/end`, { reason: '转正', endDate: '2026-12-14' }),
    );

    const bad = await db()
      .selectFrom('qa_evaluations')
      .select('final_score')
      .where('agent_id', '=', ids.trainee)
      .where('day', '=', '2026-12-01')
      .executeTakeFirstOrThrow();
    expect(Number(bad.final_score)).toBeLessThan(100);
    expect((await member(ids.m1)).results).toEqual({
      trainees: 1,
      certified: 1,
      left: 0,
      inTraining: 0,
      certifiedRate: 100,
      qaAverage: 100, // only the post-regular evaluation: with the bad one it would be lower
      qaCount: 1,
      qaExcluded: 1,
    });
  });

  it('flags a mentor whose trainees rate them below the setting', async () => {
    const a = okData(
      await assign({ traineeId: ids.rater, mentorId: ids.m2, mode: 'one_to_five', startDate: '2026-12-01' }),
    ).id;
    const trainee = await env.as('trainee');
    okData(await trainee.post(`/api/training/mentoring/assignments/${a}/rating`, { score: 2, comment: '态度生硬' }));
    expect(await member(ids.m2)).toMatchObject({ ratingAverage: 2, ratingCount: 1, flagged: true, activeMentees: 1 });
    expect((await member(ids.m2)).results).toMatchObject({
      trainees: 1,
      certified: 0,
      inTraining: 1,
      certifiedRate: null,
    });
    expect(await member(ids.m1)).toMatchObject({ ratingAverage: null, ratingCount: 0, flagged: false });
    await putSetting(db(), 'mentoring.pool.minRating', 2, null);
    expect((await member(ids.m2)).flagged).toBe(false);
    await putSetting(db(), 'mentoring.pool.minRating', 3, null);
  });

  it('assigns and replaces only with mentors in the pool', async () => {
    const [t1, t2] = (await idsInTeams(db(), ['TRN-NH'])).filter((x) => x !== ids.rater && x !== ids.trainee);
    expectError(await assign({ traineeId: t1, mentorId: ids.outsider }), 422, 'MENTOR_NOT_IN_POOL', 'mentorId');
    const a = okData(await assign({ traineeId: t1, mentorId: ids.m1 })).id;
    expectError(
      await manager.post(`/api/training/mentoring/assignments/${a}/replace`, {
        mentorId: ids.outsider,
        reason: '更换导师',
      }),
      422,
      'MENTOR_NOT_IN_POOL',
    );
    // Removed from the pool: current mentees stay, no new one.
    okData(await manager.post(`/api/mentorship/pool/members/${ids.m1}/remove`, { reason: '暂停带教' }));
    expectError(await assign({ traineeId: t2, mentorId: ids.m1, mode: 'one_to_five' }), 422, 'MENTOR_NOT_IN_POOL');
    const still = okData<any[]>(await manager.get(`/api/training/mentoring/assignments?traineeId=${t1}`));
    expect(still[0]).toMatchObject({ id: a, status: 'active' });
    await addToPool(db(), [ids.m1]);
  });

  it('gives a weak regular agent a coaching mentor with a reason, never a trainee or a candidate', async () => {
    const coach = { traineeId: ids.weak, mentorId: ids.m1, mode: 'coaching', startDate: '2026-12-14' };
    expectError(await assign(coach), 422, 'COACHING_REASON_REQUIRED', 'reason');
    const reason = '近两月质检均分低于 80，安排辅导';
    const id = okData(await assign({ ...coach, reason })).id;
    const listed = okData<any[]>(await manager.get(`/api/training/mentoring/assignments?traineeId=${ids.weak}`));
    expect(listed).toEqual([expect.objectContaining({ id, mode: 'coaching', reason, status: 'active' })]);
    expectError(await assign({ ...coach, reason }), 409, 'ALREADY_MENTORED');
    expectError(await assign({ ...coach, mentorId: ids.m2, mode: 'one_to_one' }), 422, 'NOT_A_TRAINEE');

    const [t3] = (await idsInTeams(db(), ['TRN-NH'])).slice(-1);
    expectError(await assign({ ...coach, traineeId: t3, reason }), 422, 'NOT_COACHABLE', 'traineeId');
    const candidate = await addPerson(hr, db(), { status: 'candidate', hireDate: '2027-01-04' });
    expectError(await assign({ ...coach, traineeId: candidate, reason }), 422, 'NOT_COACHABLE', 'traineeId');

    // A coached agent's evaluations count for the coach from the coaching's start (they are regular).
    await scoreSession(qa, formId, ids.weak, '2026-12-10', { compliant: 0 }); // before the coaching
    await scoreSession(qa, formId, ids.weak, '2026-12-15');
    expect((await member(ids.m1)).results).toMatchObject({ trainees: 2, qaCount: 2, qaAverage: 100, qaExcluded: 1 });
    // Coaching is shown on the agent's own training record.
    expect(okData(await manager.get(`/api/training/records/${ids.weak}`)).mentoring).toEqual([
      expect.objectContaining({ mode: 'coaching', status: 'active' }),
    ]);
  });
});
