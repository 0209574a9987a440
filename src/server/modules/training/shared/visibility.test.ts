import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf, expectError, idsInTeams, visibleIds } from '../../../test/helpers.js';
import { at, catalogue, day, okData, schedule, type Kit } from './training.testkit.js';
import { addToPool } from '../../mentorship/pool/pool.testkit.js';

// Who sees whom in training (issue 3): a trainer only the people of the sessions they teach —
// in the people list too — and a trainee only their own record. Each test crosses a line.

describe.each(DIALECTS)('training visibility on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let kit: Kit;
  let trainer: Client;
  let trainee: Client;
  let me: { trainer: string; trainee: string };
  let cohort: string[];
  let agents: string[];

  beforeAll(async () => {
    kit = await catalogue(env);
    trainer = await env.as('trainer');
    trainee = await env.as('trainee');
    me = { trainer: await employeeIdOf(db(), 'trainer'), trainee: await employeeIdOf(db(), 'trainee') };
    cohort = (await idsInTeams(db(), ['TRN-NH'])).filter((id) => id !== me.trainee);
    agents = await idsInTeams(db(), ['CS2-1']);
  });

  it('shows a trainer exactly the people of the sessions they teach, following enrolments and cancellations', async () => {
    expect(await visibleIds(trainer)).toEqual([me.trainer]);
    const d = day(3);
    const taught = await schedule(kit, {
      room: 'V1',
      startsAt: at(d, '09:00'),
      endsAt: at(d, '10:00'),
      employeeIds: [me.trainee, cohort[0], agents[0]],
    });
    const other = await schedule(kit, {
      room: 'V2',
      startsAt: at(d, '11:00'),
      endsAt: at(d, '12:00'),
      employeeIds: [cohort[1]],
    });
    const notMine = await schedule(kit, {
      trainerId: kit.external,
      room: 'V3',
      startsAt: at(d, '09:00'),
      endsAt: at(d, '10:00'),
      employeeIds: [cohort[2], agents[1]],
    });

    expect(await visibleIds(trainer)).toEqual([me.trainer, me.trainee, cohort[0], agents[0], cohort[1]].sort());
    expect((await trainer.get(`/api/employees/${agents[0]}`)).status).toBe(200);
    expectError(await trainer.get(`/api/employees/${agents[1]}`), 404, 'NOT_FOUND');
    expectError(await trainer.get(`/api/employees/${cohort[2]}`), 404, 'NOT_FOUND');
    expect(okData(await trainer.get(`/api/training/records/${cohort[0]}`)).employee.id).toBe(cohort[0]);
    expectError(await trainer.get(`/api/training/records/${cohort[2]}`), 404, 'NOT_FOUND');
    expectError(await trainer.get(`/api/training/sessions/${notMine}`), 404, 'NOT_FOUND');
    expect(okData(await trainer.get(`/api/training/sessions?from=${d}&to=${d}`)).map((s: any) => s.id)).toEqual([
      taught,
      other,
    ]);
    expect(okData(await trainer.get(`/api/training/sessions/${taught}`)).mine).toEqual({
      enrolled: false,
      teaching: true,
    });

    okData(await kit.manager.post(`/api/training/sessions/${other}/cancel`, { reason: '合并到下一场' }));
    okData(await kit.manager.delete(`/api/training/sessions/${taught}/enrolments/${agents[0]}`));
    expect(await visibleIds(trainer)).toEqual([me.trainer, me.trainee, cohort[0]].sort());
    expectError(await trainer.get(`/api/employees/${agents[0]}`), 404, 'NOT_FOUND');
  });

  it('shows a trainee only their own record, score, materials and sessions’ people', async () => {
    const d = day(4);
    const s = await schedule(kit, {
      room: 'V4',
      startsAt: at(d, '09:00'),
      endsAt: at(d, '10:00'),
      employeeIds: [me.trainee, cohort[3], cohort[4]],
    });
    expect(await visibleIds(trainee)).toEqual([me.trainee]);
    expect(okData(await trainee.get('/api/training/records/me')).employee.id).toBe(me.trainee);
    expect(okData(await trainee.get(`/api/training/records/${me.trainee}`)).employee.id).toBe(me.trainee);
    for (const other of [cohort[3], agents[0], me.trainer]) {
      expectError(await trainee.get(`/api/training/records/${other}`), 404, 'NOT_FOUND');
      expectError(await trainee.get(`/api/training/records/${other}/export.xlsx`), 404, 'NOT_FOUND');
      expectError(
        await trainee.get(`/api/training/attendance-score?employeeId=${other}&from=${day(-7)}&to=${day(7)}`),
        404,
        'NOT_FOUND',
      );
      expectError(await trainee.get(`/api/training/materials/due?employeeId=${other}`), 404, 'NOT_FOUND');
    }
    expectError(await trainee.get('/api/training/records/no-such-person'), 404, 'NOT_FOUND');
    const detail = okData(await trainee.get(`/api/training/sessions/${s}`));
    expect(detail.enrolledCount).toBe(3);
    expect(detail.people.map((p: any) => p.employeeId)).toEqual([me.trainee]);
    const cohortId = okData(
      await kit.manager.post('/api/training/cohorts', {
        name: 'VIS',
        startDate: day(0),
        employeeIds: [me.trainee, cohort[3]],
      }),
    ).id;
    expect(
      okData(await trainee.get(`/api/training/cohorts/${cohortId}`)).members.map((m: any) => m.employeeId),
    ).toEqual([me.trainee]);
    expect(okData(await kit.manager.get(`/api/training/cohorts/${cohortId}`)).members).toHaveLength(2);
  });

  it('shows a team lead their team’s records and a mentor their mentee’s, nobody else’s', async () => {
    const lead = await env.as('teamlead');
    const team = await idsInTeams(db(), ['CS1-1']);
    const someone = team.find((id) => id !== me.trainer)!;
    expect(okData(await lead.get(`/api/training/records/${someone}`)).employee.id).toBe(someone);
    expectError(await lead.get(`/api/training/records/${me.trainee}`), 404, 'NOT_FOUND');

    const mentor = await env.as('mentor');
    expectError(await mentor.get(`/api/training/records/${cohort[5]}`), 404, 'NOT_FOUND');
    await addToPool(db(), [await employeeIdOf(db(), 'mentor')]); // issue 20: a mentor comes from the pool
    okData(
      await kit.manager.post('/api/training/mentoring/assignments', {
        traineeId: cohort[5],
        mentorId: await employeeIdOf(db(), 'mentor'),
        mode: 'one_to_one',
        startDate: day(0),
      }),
    );
    expect(okData(await mentor.get(`/api/training/records/${cohort[5]}`)).mentoring).toHaveLength(1);
    expectError(await mentor.get(`/api/training/records/${cohort[6]}`), 404, 'NOT_FOUND');
  });

  it('keeps managing training to training managers and administrators', async () => {
    const writes: [string, string, unknown][] = [
      [
        'POST',
        '/api/training/courses',
        { code: 'X1', title: 'x', contentArea: 'law_risk', method: 'online', hours: 1 },
      ],
      ['POST', '/api/training/trainers', { kind: 'external', name: '某人', category: 'other' }],
      ['POST', '/api/training/plans', { title: 'p', audience: 'key_staff', startDate: day(0), endDate: day(9) }],
      ['POST', '/api/training/cohorts', { name: 'c', startDate: day(0), employeeIds: [cohort[0]] }],
      [
        'POST',
        '/api/training/surveys',
        { title: 's', audience: { kind: 'role', ref: 'agent' }, questions: [{ id: 'q', kind: 'text', text: '?' }] },
      ],
      ['POST', `/api/training/records/${cohort[0]}/certificates`, { name: '证书', issuedOn: day(0) }],
    ];
    for (const who of ['trainer', 'mentor', 'teamlead', 'hr', 'manager', 'agent', 'trainee']) {
      const c = await env.as(who);
      for (const [method, url, payload] of writes)
        expectError(await c.raw({ method, url, payload: payload as never }), 403, 'FORBIDDEN');
    }
    const admin = await env.as('admin');
    okData(
      await admin.post('/api/training/courses', {
        code: 'ADM-1',
        title: '信息安全',
        contentArea: 'basics_culture',
        method: 'online',
        hours: 1,
      }),
    );
  });
});
