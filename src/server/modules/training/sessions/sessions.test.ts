import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { countRows, employeeIdOf, expectError, idsInTeams, teamIdOf } from '../../../test/helpers.js';
import { at, catalogue, day, okData, schedule, utc, type Kit } from '../shared/training.testkit.js';

// Scheduling and clash detection (issue 3 item 4): the same trainer, room or trainee booked
// twice at overlapping times is refused with 409 naming the clash; touching edges are fine.

describe.each(DIALECTS)('training sessions and clashes on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let kit: Kit;
  let cohort: string[];

  beforeAll(async () => {
    kit = await catalogue(env);
    cohort = await idsInTeams(env.handle.db, ['TRN-NH']);
  });

  it('schedules a session with people, shows it on the calendar and in detail', async () => {
    const d = day(20);
    const id = await schedule(kit, {
      room: '301 教室',
      startsAt: at(d, '09:00'),
      endsAt: at(d, '12:00'),
      employeeIds: cohort.slice(0, 3),
    });
    const list = okData(await kit.manager.get(`/api/training/sessions?from=${d}&to=${d}`));
    expect(list.map((s: any) => s.id)).toEqual([id]);
    expect(list[0]).toMatchObject({
      courseTitle: '产品知识',
      room: '301 教室',
      startsAt: utc(at(d, '09:00')),
      enrolledCount: 3,
      status: 'scheduled',
    });
    const detail = okData(await kit.manager.get(`/api/training/sessions/${id}`));
    expect(detail.people.map((p: any) => p.employeeId).sort()).toEqual(cohort.slice(0, 3).sort());
    expect(detail.people[0]).toMatchObject({ attendance: null, leave: null, feedbackGiven: false });
  });

  it('refuses the same trainer twice at overlapping times, naming the trainer and the other session', async () => {
    const d = day(21);
    const first = await schedule(kit, { room: 'A', startsAt: at(d, '09:00'), endsAt: at(d, '11:00') });
    const res = await kit.manager.post('/api/training/sessions', {
      courseId: kit.courseB,
      trainerId: kit.trainer,
      room: 'B',
      startsAt: at(d, '10:30'),
      endsAt: at(d, '12:00'),
    });
    expectError(res, 409, 'TRAINER_CLASH', 'trainerId');
    expect(res.body.errorMessage).toContain(first);
    expect(res.body.errorMessage).toContain('产品知识');
    expect(res.body.errorMessage).toContain(`${d} 09:00–11:00`);
  });

  it('refuses the same room (whatever its spacing or case) but not another room', async () => {
    const d = day(22);
    const first = await schedule(kit, { room: 'Room 5', startsAt: at(d, '14:00'), endsAt: at(d, '16:00') });
    const res = await kit.manager.post('/api/training/sessions', {
      courseId: kit.courseB,
      trainerId: kit.external,
      room: '  room   5 ',
      startsAt: at(d, '15:59'),
      endsAt: at(d, '17:00'),
    });
    expectError(res, 409, 'ROOM_CLASH', 'room');
    expect(res.body.errorMessage).toContain(first);
    await schedule(kit, {
      courseId: kit.courseB,
      trainerId: kit.external,
      room: 'Room 6',
      startsAt: at(d, '15:00'),
      endsAt: at(d, '17:00'),
    });
  });

  it('refuses a trainee booked twice, naming the trainee', async () => {
    const d = day(23);
    const first = await schedule(kit, {
      room: 'C1',
      startsAt: at(d, '09:00'),
      endsAt: at(d, '12:00'),
      employeeIds: [cohort[4]],
    });
    const name = (
      await env.handle.db.selectFrom('employees').select('name').where('id', '=', cohort[4]).executeTakeFirstOrThrow()
    ).name;
    const before = await countRows(env.handle.db, 'training_sessions');
    const res = await kit.manager.post('/api/training/sessions', {
      courseId: kit.courseB,
      trainerId: kit.external,
      room: 'C2',
      startsAt: at(d, '11:00'),
      endsAt: at(d, '13:00'),
      employeeIds: [cohort[5], cohort[4]],
    });
    expectError(res, 409, 'TRAINEE_CLASH', 'employeeIds');
    expect(res.body.errorMessage).toContain(name);
    expect(res.body.errorMessage).toContain(first);
    expect(await countRows(env.handle.db, 'training_sessions')).toBe(before);
  });

  it('lets sessions that only touch at an edge share trainer, room and trainees', async () => {
    const d = day(24);
    const people = cohort.slice(6, 9);
    await schedule(kit, { room: 'Edge', startsAt: at(d, '09:00'), endsAt: at(d, '10:00'), employeeIds: people });
    await schedule(kit, { room: 'Edge', startsAt: at(d, '10:00'), endsAt: at(d, '11:00'), employeeIds: people });
    await schedule(kit, { room: 'Edge', startsAt: at(d, '08:00'), endsAt: at(d, '09:00'), employeeIds: people });
    expect(okData(await kit.manager.get(`/api/training/sessions?from=${d}&to=${d}`))).toHaveLength(3);
  });

  it('refuses enrolling someone who would clash, enrols a cohort and skips those already in', async () => {
    const d = day(25);
    await schedule(kit, { room: 'E1', startsAt: at(d, '09:00'), endsAt: at(d, '10:00'), employeeIds: [cohort[10]] });
    const other = await schedule(kit, {
      trainerId: kit.external,
      room: 'E2',
      startsAt: at(d, '09:30'),
      endsAt: at(d, '11:00'),
      employeeIds: [cohort[11]],
    });
    expectError(
      await kit.manager.post(`/api/training/sessions/${other}/enrolments`, { employeeIds: [cohort[12], cohort[10]] }),
      409,
      'TRAINEE_CLASH',
    );
    expect(okData(await kit.manager.get(`/api/training/sessions/${other}`)).enrolledCount).toBe(1);

    const cohortId = okData(
      await kit.manager.post('/api/training/cohorts', {
        name: `NH-${dialect.name}`,
        teamId: await teamIdOf(env.handle.db, 'TRN-NH'),
        startDate: day(0),
      }),
    ).id;
    const d2 = day(26);
    const big = await schedule(kit, {
      trainerId: kit.external,
      room: 'Hall',
      startsAt: at(d2, '09:00'),
      endsAt: at(d2, '12:00'),
      employeeIds: [cohort[0]],
    });
    expect(
      okData(await kit.manager.post(`/api/training/sessions/${big}/enrolments`, { cohortIds: [cohortId] })),
    ).toEqual({ added: 29, alreadyEnrolled: 1 });
    expect(
      okData(await kit.manager.post(`/api/training/sessions/${big}/enrolments`, { employeeIds: [cohort[0]] })),
    ).toEqual({ added: 0, alreadyEnrolled: 1 });
  });

  it('checks a change of time against the people already enrolled; a cancelled session no longer clashes', async () => {
    const d = day(27);
    const a = await schedule(kit, {
      room: 'M1',
      startsAt: at(d, '09:00'),
      endsAt: at(d, '10:00'),
      employeeIds: [cohort[13]],
    });
    const b = await schedule(kit, {
      trainerId: kit.external,
      room: 'M2',
      startsAt: at(d, '11:00'),
      endsAt: at(d, '12:00'),
      employeeIds: [cohort[13]],
    });
    const version = okData(await kit.manager.get(`/api/training/sessions/${b}`)).version;
    expectError(
      await kit.manager.patch(`/api/training/sessions/${b}`, { startsAt: at(d, '09:30'), version }),
      409,
      'TRAINEE_CLASH',
    );
    okData(await kit.manager.post(`/api/training/sessions/${a}/cancel`, { reason: '讲师出差' }));
    okData(await kit.manager.patch(`/api/training/sessions/${b}`, { startsAt: at(d, '09:30'), version }));
    expectError(
      await kit.manager.patch(`/api/training/sessions/${b}`, { room: 'M3', version }),
      409,
      'VERSION_CONFLICT',
    );
  });

  it('lists every clash of a planned booking before saving', async () => {
    const d = day(28);
    const s = await schedule(kit, {
      room: 'K',
      startsAt: at(d, '09:00'),
      endsAt: at(d, '10:00'),
      employeeIds: [cohort[14]],
    });
    const clashes = okData(
      await kit.manager.post('/api/training/sessions/check', {
        trainerId: kit.trainer,
        room: 'k',
        startsAt: at(d, '09:30'),
        endsAt: at(d, '10:30'),
        employeeIds: [cohort[14]],
      }),
    );
    expect(clashes.map((c: any) => c.kind).sort()).toEqual(['room', 'trainee', 'trainer']);
    expect(clashes.every((c: any) => c.session.id === s)).toBe(true);
    expect(
      okData(
        await kit.manager.post('/api/training/sessions/check', {
          trainerId: kit.trainer,
          startsAt: at(d, '10:00'),
          endsAt: at(d, '11:00'),
        }),
      ),
    ).toEqual([]);
  });

  it('answers bad input with a clear error and writes nothing', async () => {
    const d = day(29);
    const before = await countRows(env.handle.db, 'training_sessions');
    const base = { courseId: kit.courseA, trainerId: kit.trainer, startsAt: at(d, '09:00'), endsAt: at(d, '10:00') };
    expectError(
      await kit.manager.post('/api/training/sessions', { ...base, endsAt: at(d, '08:00') }),
      422,
      'BAD_TIME_RANGE',
      'endsAt',
    );
    expectError(
      await kit.manager.post('/api/training/sessions', { ...base, startsAt: `${d}T09:00:00` }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await kit.manager.post('/api/training/sessions', { ...base, courseId: 'nope' }),
      422,
      'UNKNOWN_COURSE',
      'courseId',
    );
    expectError(
      await kit.manager.post('/api/training/sessions', { ...base, trainerId: 'nope' }),
      422,
      'UNKNOWN_TRAINER',
      'trainerId',
    );
    expectError(
      await kit.manager.post('/api/training/sessions', { ...base, employeeIds: ['nobody'] }),
      422,
      'UNKNOWN_EMPLOYEE',
    );
    expectError(
      await kit.manager.post('/api/training/sessions', { ...base, endsAt: at(day(30), '09:00') }),
      422,
      'SESSION_TOO_LONG',
    );
    expectError(await kit.manager.get(`/api/training/sessions?from=${day(0)}&to=${day(200)}`), 422, 'RANGE_TOO_LONG');
    expectError(await kit.manager.get(`/api/training/sessions?from=2026-02-30&to=${day(2)}`), 400, 'VALIDATION_FAILED');
    expect(await countRows(env.handle.db, 'training_sessions')).toBe(before);
  });

  it('lets only training managers schedule; an agent’s calendar shows only their own sessions', async () => {
    const d = day(31);
    for (const who of ['trainer', 'teamlead', 'agent', 'hr']) {
      const c = await env.as(who);
      expectError(
        await c.post('/api/training/sessions', {
          courseId: kit.courseA,
          trainerId: kit.trainer,
          startsAt: at(d, '09:00'),
          endsAt: at(d, '10:00'),
        }),
        403,
        'FORBIDDEN',
      );
    }
    const me = await employeeIdOf(env.handle.db, 'trainee');
    const mine = await schedule(kit, {
      room: 'P',
      startsAt: at(d, '09:00'),
      endsAt: at(d, '10:00'),
      employeeIds: [me],
    });
    await schedule(kit, {
      trainerId: kit.external,
      room: 'Q',
      startsAt: at(d, '09:00'),
      endsAt: at(d, '10:00'),
      employeeIds: [cohort.find((c) => c !== me)!],
    });
    const trainee = await env.as('trainee');
    const seen = okData(await trainee.get(`/api/training/sessions?from=${d}&to=${d}`));
    expect(seen.map((s: any) => s.id)).toEqual([mine]);
    expect(seen[0].mine).toEqual({ enrolled: true, teaching: false });
  });
});
