import { beforeAll, describe, expect, it } from 'vitest';
import { putSetting } from '../../../lib/settings.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, countRows, employeeIdOf, expectError, idsInTeams, visibleIds } from '../../../test/helpers.js';
import { day, okData } from '../shared/training.testkit.js';
import { addToPool } from '../../mentorship/pool/pool.testkit.js';

// Mentoring (SPEC §7, issue 3 item 8): the one-to-one daily hours cap (default 4 h) refuses a
// log beyond it and warns the mentor and the trainee's team lead; groups of at most five; a
// problem log closed the same day or carried over visibly; ratings; replacing a mentor.

describe.each(DIALECTS)('training mentoring on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let manager: Client;
  let mentor: Client;
  let trainee: Client;
  let ids: {
    trainee: string;
    mentor: string;
    supervisor: string;
    teamlead: string;
    floor: string[];
    cohort: string[];
    probation: string;
  };

  beforeAll(async () => {
    manager = await env.as('training');
    mentor = await env.as('mentor');
    trainee = await env.as('trainee');
    const floor = await db()
      .selectFrom('employees as e')
      .innerJoin('teams as t', 't.id', 'e.team_id')
      .select('e.id')
      .where('e.status', 'in', ['key_staff', 'regular'])
      .where('t.code', 'in', ['CS2-1', 'CS2-2', 'OUT-1'])
      .orderBy('e.employee_no')
      .execute();
    const probation = await db()
      .selectFrom('employees as e')
      .innerJoin('teams as t', 't.id', 'e.team_id')
      .select('e.id')
      .where('t.code', '=', 'CS1-1')
      .where('e.status', '=', 'probation')
      .executeTakeFirstOrThrow();
    ids = {
      trainee: await employeeIdOf(db(), 'trainee'),
      mentor: await employeeIdOf(db(), 'mentor'),
      supervisor: await employeeIdOf(db(), 'training'),
      teamlead: await employeeIdOf(db(), 'teamlead'),
      floor: floor.map((f) => f.id),
      cohort: await idsInTeams(db(), ['TRN-NH']),
      probation: probation.id,
    };
    // Issue 20: a mentor comes from the mentor pool; floor[5] is left out of it.
    await addToPool(db(), [ids.mentor, ...ids.floor.slice(0, 5)]);
  });

  const assign = (body: Record<string, unknown>) =>
    manager.post('/api/training/mentoring/assignments', { mode: 'one_to_one', startDate: day(-3), ...body });
  const hours = (c: Client, a: string, date: string, h: number) =>
    c.post(`/api/training/mentoring/assignments/${a}/hours`, { date, hours: h });

  it('enforces the one-to-one daily cap, refusing the excess and warning the mentor and the trainee’s supervisor', async () => {
    expect(await visibleIds(mentor)).toEqual([ids.mentor]);
    const a = okData(await assign({ traineeId: ids.trainee, mentorId: ids.mentor })).id;
    expect(await visibleIds(mentor)).toEqual([ids.mentor, ids.trainee].sort());

    const today = day(0);
    expect(okData(await hours(mentor, a, today, 3))).toMatchObject({ dayTotal: 3, cap: 4 });
    expect(okData(await hours(mentor, a, today, 1))).toMatchObject({ dayTotal: 4, cap: 4 });
    const before = await countRows(db(), 'training_mentor_hours');
    const refused = await hours(mentor, a, today, 0.5);
    expectError(refused, 422, 'MENTORING_DAILY_CAP', 'hours');
    expect(await countRows(db(), 'training_mentor_hours')).toBe(before);

    // TRN-NH has no team lead, so the trainee's direct supervisor (the training manager) is warned.
    const warned = await db()
      .selectFrom('training_warnings')
      .selectAll()
      .where('subject_employee_id', '=', ids.trainee)
      .execute();
    expect(warned.map((w) => w.recipient_employee_id).sort()).toEqual([ids.mentor, ids.supervisor].sort());
    const mine = okData(await mentor.get('/api/training/warnings?unread=true'));
    expect(mine[0]).toMatchObject({
      kind: 'mentoring_hours_cap',
      subjectEmployeeId: ids.trainee,
      data: { date: today, loggedHours: 4, requestedHours: 0.5, cap: 4 },
    });
    okData(await mentor.post(`/api/training/warnings/${mine[0].id}/read`));
    expect(okData(await mentor.get('/api/training/warnings?unread=true'))).toEqual([]);
    expectError(await trainee.post(`/api/training/warnings/${mine[0].id}/read`), 404, 'NOT_FOUND');

    expect(okData(await hours(mentor, a, day(-1), 4))).toMatchObject({ dayTotal: 4 });
    expectError(await hours(mentor, a, day(1), 1), 422, 'DATE_IN_FUTURE');
    expectError(await hours(mentor, a, day(-10), 1), 422, 'OUTSIDE_ASSIGNMENT');
    expectError(await hours(mentor, a, today, 25), 400, 'VALIDATION_FAILED');
    expectError(await hours(mentor, a, today, -1), 400, 'VALIDATION_FAILED');
    expectError(await hours(trainee, a, day(-2), 1), 403, 'FORBIDDEN');
    expectError(await hours(await env.as('teamlead'), a, day(-2), 1), 403, 'FORBIDDEN');

    // The cap is a setting.
    await putSetting(db(), 'training.oneToOneDailyHours', 4.5, null);
    expect(okData(await hours(mentor, a, today, 0.5))).toMatchObject({ dayTotal: 4.5, cap: 4.5 });
    await putSetting(db(), 'training.oneToOneDailyHours', 4, null);
  });

  it('warns the trainee’s team lead when the team has one, and counts hours across replaced mentors', async () => {
    const a = okData(await assign({ traineeId: ids.probation, mentorId: ids.floor[0] })).id;
    okData(await hours(manager, a, day(0), 3));
    const replaced = await manager.post(`/api/training/mentoring/assignments/${a}/replace`, {
      mentorId: ids.floor[1],
      reason: '带教方式过于严厉，学员反映压力大',
    });
    const b = okData(replaced).id;
    expectError(await hours(manager, b, day(-1), 1), 422, 'OUTSIDE_ASSIGNMENT'); // the new mentor starts today
    expectError(await hours(manager, b, day(0), 1.5), 422, 'MENTORING_DAILY_CAP'); // 3 h already today with the first mentor
    const leadWarnings = okData(await (await env.as('teamlead')).get('/api/training/warnings'));
    expect(leadWarnings).toHaveLength(1);
    expect(leadWarnings[0]).toMatchObject({
      subjectEmployeeId: ids.probation,
      data: { loggedHours: 3, requestedHours: 1.5 },
    });
    const recipients = await db()
      .selectFrom('training_warnings')
      .select('recipient_employee_id')
      .where('subject_employee_id', '=', ids.probation)
      .execute();
    expect(recipients.map((r) => r.recipient_employee_id).sort()).toEqual([ids.floor[1], ids.teamlead].sort());

    const list = okData(await manager.get(`/api/training/mentoring/assignments?traineeId=${ids.probation}`));
    expect(list.map((x: any) => [x.mentorId, x.status, x.replacesId])).toEqual([
      [ids.floor[1], 'active', a],
      [ids.floor[0], 'replaced', null],
    ]);
    expect(list[1]).toMatchObject({ endReason: '带教方式过于严厉，学员反映压力大', hoursTotal: 3 });
    const audit = await auditOf(db(), 'training_mentor_assignment', a);
    expect(audit.at(-1)).toMatchObject({
      action: 'update',
      reason: '带教方式过于严厉，学员反映压力大',
      new_value: { mentor_id: ids.floor[1], status: 'replaced' },
    });
    expectError(
      await manager.post(`/api/training/mentoring/assignments/${b}/replace`, { mentorId: ids.floor[2], reason: '' }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await manager.post(`/api/training/mentoring/assignments/${a}/replace`, {
        mentorId: ids.floor[2],
        reason: '再次更换',
      }),
      409,
      'ASSIGNMENT_ENDED',
    );
  });

  it('keeps a group mentor to five trainees and a one-to-one mentor to one', async () => {
    const group = ids.floor[3];
    const five = ids.cohort.filter((c) => c !== ids.trainee).slice(0, 6);
    for (const t of five.slice(0, 5)) okData(await assign({ traineeId: t, mentorId: group, mode: 'one_to_five' }));
    expectError(
      await assign({ traineeId: five[5], mentorId: group, mode: 'one_to_five' }),
      422,
      'GROUP_FULL',
      'mentorId',
    );
    expectError(
      await assign({ traineeId: five[0], mentorId: ids.floor[4], mode: 'one_to_five' }),
      409,
      'ALREADY_MENTORED',
    );
    expectError(await assign({ traineeId: five[5], mentorId: ids.mentor }), 422, 'MENTOR_BUSY');
    expectError(await assign({ traineeId: five[5], mentorId: five[4] }), 422, 'NOT_A_MENTOR');
    expectError(await assign({ traineeId: ids.mentor, mentorId: ids.floor[4] }), 422, 'NOT_A_TRAINEE');
    expectError(await assign({ traineeId: five[5], mentorId: five[5] }), 422, 'MENTOR_SELF');
    expectError(await assign({ traineeId: five[5], mentorId: ids.floor[5] }), 422, 'MENTOR_NOT_IN_POOL', 'mentorId');
    expectError(
      await mentor.post('/api/training/mentoring/assignments', {
        traineeId: five[5],
        mentorId: ids.floor[4],
        mode: 'one_to_one',
        startDate: day(0),
      }),
      403,
      'FORBIDDEN',
    );
    // One-to-five hours have no cap.
    const g = okData(await manager.get(`/api/training/mentoring/assignments?mentorId=${group}`))[0].id;
    expect(okData(await hours(manager, g, day(0), 6))).toMatchObject({ dayTotal: 6, cap: null });
    const roll = okData(await manager.get('/api/training/mentoring/mentors'));
    expect(roll.find((m: any) => m.mentorId === group)).toMatchObject({ activeOneToFive: 5, activeOneToOne: 0 });
  });

  it('keeps a daily problem log: closed the same day, or carried over visibly until closed', async () => {
    const a = okData(await manager.get(`/api/training/mentoring/assignments?traineeId=${ids.trainee}`))[0].id;
    const old = okData(
      await mentor.post(`/api/training/mentoring/assignments/${a}/problems`, {
        date: day(-2),
        description: '不会查询信用卡账单日',
      }),
    ).id;
    const same = okData(
      await mentor.post(`/api/training/mentoring/assignments/${a}/problems`, {
        date: day(0),
        description: '转接流程不熟',
      }),
    ).id;
    okData(await mentor.post(`/api/training/mentoring/problems/${same}/close`, { resolution: '现场演示转接' }));

    const yesterday = okData(await trainee.get(`/api/training/mentoring/assignments/${a}/log?date=${day(-1)}`));
    expect(yesterday.problems).toEqual([]);
    expect(yesterday.carriedOver).toEqual([
      expect.objectContaining({ id: old, status: 'open', carriedOver: true, daysOpen: 2 }),
    ]);
    const log = okData(await mentor.get(`/api/training/mentoring/assignments/${a}/log?date=${day(0)}`));
    expect(log).toMatchObject({ dayTotal: 4.5, cap: 4 });
    expect(log.problems).toEqual([
      expect.objectContaining({ id: same, status: 'closed', carriedOver: false, daysOpen: 0 }),
    ]);
    expect(log.carriedOver.map((p: any) => p.id)).toEqual([old]);

    okData(await mentor.post(`/api/training/mentoring/problems/${old}/close`, { resolution: '复训账单查询' }));
    expectError(
      await mentor.post(`/api/training/mentoring/problems/${old}/close`, { resolution: '再关一次' }),
      409,
      'PROBLEM_CLOSED',
    );
    const closedLate = okData(await mentor.get(`/api/training/mentoring/assignments/${a}/log?date=${day(-2)}`))
      .problems[0];
    expect(closedLate).toMatchObject({ id: old, status: 'closed', closedOn: day(0), carriedOver: true, daysOpen: 2 });
    expect(okData(await mentor.get(`/api/training/mentoring/assignments/${a}/log?date=${day(1)}`)).carriedOver).toEqual(
      [],
    );
    expectError(
      await mentor.post(`/api/training/mentoring/assignments/${a}/problems`, { date: day(0), description: '' }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(await (await env.as('agent')).get(`/api/training/mentoring/assignments/${a}/log`), 404, 'NOT_FOUND');
  });

  it('lets the trainee rate their mentor once', async () => {
    const a = okData(await trainee.get('/api/training/mentoring/assignments'))[0];
    expect(a.traineeId).toBe(ids.trainee);
    okData(await trainee.post(`/api/training/mentoring/assignments/${a.id}/rating`, { score: 4, comment: '耐心细致' }));
    expectError(
      await trainee.post(`/api/training/mentoring/assignments/${a.id}/rating`, { score: 5 }),
      409,
      'RATING_EXISTS',
    );
    expectError(
      await mentor.post(`/api/training/mentoring/assignments/${a.id}/rating`, { score: 5 }),
      404,
      'NOT_FOUND',
    );
    expectError(
      await trainee.post(`/api/training/mentoring/assignments/${a.id}/rating`, { score: 9 }),
      400,
      'VALIDATION_FAILED',
    );
    const roll = okData(await manager.get('/api/training/mentoring/mentors'));
    expect(roll.find((m: any) => m.mentorId === ids.mentor)).toMatchObject({
      activeOneToOne: 1,
      ratings: 1,
      avgRating: 4,
    });
    expect(okData(await trainee.get('/api/training/mentoring/assignments'))[0].rating).toBe(4);
  });
});
