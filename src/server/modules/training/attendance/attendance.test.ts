import { beforeAll, describe, expect, it } from 'vitest';
import { putSetting } from '../../../lib/settings.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, expectError } from '../../../test/helpers.js';
import { attendanceScore } from '../index.js';
import { at, catalogue, day, learners, okData, schedule, type Kit } from '../shared/training.testkit.js';

// Attendance statuses and the daily-performance attendance score they feed (SPEC §4: 30
// points), computed by hand here: present 1, late ≤ 10 min 0.8, later 0.5, left early 0.5,
// absent 0, approved leave and untaken attendance left out.

describe.each(DIALECTS)('training attendance and its score on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let kit: Kit;
  let trainer: Client;
  let people: Awaited<ReturnType<typeof learners>>;

  beforeAll(async () => {
    kit = await catalogue(env);
    trainer = await env.as('trainer');
    people = await learners(env, 3, 'att');
  });

  const take = (c: Client, session: string, records: unknown[]) =>
    c.put(`/api/training/sessions/${session}/attendance`, { records });
  const score = (c: Client, who: string, from: string, to: string) =>
    c.get(`/api/training/attendance-score?employeeId=${who}&from=${from}&to=${to}`);

  it('turns present, late, left early, absent and approved leave into the 30-point score', async () => {
    const d = day(-2);
    const [a, b] = people;
    const slots = [
      ['08:00', '09:00'],
      ['09:00', '10:00'],
      ['10:00', '11:00'],
      ['11:00', '12:00'],
      ['13:00', '14:00'],
      ['14:00', '15:00'],
    ];
    const s = [];
    for (const [from, to] of slots)
      s.push(
        await schedule(kit, {
          room: 'R1',
          startsAt: at(d, from),
          endsAt: at(d, to),
          employeeIds: [a.employeeId, b.employeeId],
        }),
      );
    const cancelled = await schedule(kit, {
      room: 'R1',
      startsAt: at(d, '16:00'),
      endsAt: at(d, '17:00'),
      employeeIds: [a.employeeId],
    });

    // a asks for leave from the fifth session after it began: accepted, marked late, then approved.
    const leave = okData(await a.client.post(`/api/training/sessions/${s[4]}/leave`, { reason: '家中急事' }));
    expect(leave.late).toBe(true);
    okData(await kit.manager.post(`/api/training/leave/${leave.id}/decision`, { decision: 'approve' }));

    okData(
      await take(trainer, s[0], [
        { employeeId: a.employeeId, status: 'present' },
        { employeeId: b.employeeId, status: 'present' },
      ]),
    );
    okData(
      await take(trainer, s[1], [
        { employeeId: a.employeeId, status: 'late', minutes: 5 },
        { employeeId: b.employeeId, status: 'left_early', minutes: 30 },
      ]),
    );
    okData(await take(trainer, s[2], [{ employeeId: a.employeeId, status: 'late', minutes: 20 }]));
    okData(await take(trainer, s[3], [{ employeeId: a.employeeId, status: 'absent' }]));
    okData(await take(trainer, s[4], [{ employeeId: a.employeeId, status: 'on_leave' }]));
    okData(await kit.manager.post(`/api/training/sessions/${cancelled}/cancel`, { reason: '场地停电' }));
    // s[5]: attendance not taken → left out.

    const mine = okData(await score(a.client, a.employeeId, d, d));
    expect(mine).toMatchObject({ points: 30, counted: 4, credit: 2.3, score: 17.3 }); // 30 × (1 + 0.8 + 0.5 + 0) / 4 = 17.25
    expect(mine.breakdown).toEqual({
      present: 1,
      lateMinor: 1,
      lateMajor: 1,
      leftEarly: 0,
      absent: 1,
      onLeave: 1,
      notTaken: 1,
    });
    expect(okData(await score(kit.manager, b.employeeId, d, d))).toMatchObject({ counted: 2, score: 22.5 }); // 30 × (1 + 0.5) / 2
    expect(await attendanceScore(env.handle.db, a.employeeId, d, d)).toBe(17.3);
    expect(await attendanceScore(env.handle.db, a.employeeId, day(-30), day(-20))).toBeNull();

    // The thresholds are settings: 20 minutes late becomes "minor" under a 30-minute grace.
    await putSetting(env.handle.db, 'training.lateMinorMinutes', 30, null);
    expect(await attendanceScore(env.handle.db, a.employeeId, d, d)).toBe(19.5); // 30 × 2.6 / 4
    await putSetting(env.handle.db, 'training.lateMinorMinutes', 10, null);

    // A correction is recorded and audited.
    okData(await take(trainer, s[3], [{ employeeId: a.employeeId, status: 'present', note: '补录：实际到课' }]));
    expect(await attendanceScore(env.handle.db, a.employeeId, d, d)).toBe(24.8); // 30 × 3.3 / 4
    const audit = await auditOf(env.handle.db, 'training_attendance', s[3]);
    expect(audit.map((x) => x.action)).toEqual(['create', 'update']);
    expect(audit[1].old_value).toEqual([{ employee_id: a.employeeId, status: 'absent', minutes: null }]);
  });

  it('refuses statuses the facts do not support, and people not in the session', async () => {
    const d = day(-3);
    const [a, b, c] = people;
    const s = await schedule(kit, {
      room: 'R2',
      startsAt: at(d, '09:00'),
      endsAt: at(d, '10:00'),
      employeeIds: [a.employeeId, b.employeeId],
    });
    expectError(
      await take(trainer, s, [{ employeeId: a.employeeId, status: 'on_leave' }]),
      422,
      'LEAVE_NOT_APPROVED',
      'records.0.status',
    );
    expectError(
      await take(trainer, s, [{ employeeId: a.employeeId, status: 'late' }]),
      422,
      'MINUTES_REQUIRED',
      'records.0.minutes',
    );
    expectError(
      await take(trainer, s, [{ employeeId: a.employeeId, status: 'late', minutes: 60 }]),
      422,
      'MINUTES_TOO_MANY',
    );
    expectError(
      await take(trainer, s, [
        { employeeId: b.employeeId, status: 'present' },
        { employeeId: c.employeeId, status: 'present' },
      ]),
      422,
      'NOT_ENROLLED',
      'records.1.employeeId',
    );
    expectError(
      await take(trainer, s, [
        { employeeId: a.employeeId, status: 'present' },
        { employeeId: a.employeeId, status: 'absent' },
      ]),
      422,
      'DUPLICATE_PERSON',
    );
    expectError(await take(trainer, s, [{ employeeId: a.employeeId, status: 'asleep' }]), 400, 'VALIDATION_FAILED');
    expectError(await take(trainer, s, []), 400, 'VALIDATION_FAILED');
    const rows = await env.handle.db
      .selectFrom('training_attendance')
      .selectAll()
      .where('session_id', '=', s)
      .execute();
    expect(rows).toEqual([]);

    const future = await schedule(kit, {
      room: 'R2',
      startsAt: at(day(5), '09:00'),
      endsAt: at(day(5), '10:00'),
      employeeIds: [a.employeeId],
    });
    expectError(
      await take(trainer, future, [{ employeeId: a.employeeId, status: 'present' }]),
      422,
      'SESSION_NOT_STARTED',
    );
  });

  it('lets only the session’s own trainer or a training manager take attendance', async () => {
    const d = day(-4);
    const [a] = people;
    const other = await schedule(kit, {
      trainerId: kit.external,
      room: 'R3',
      startsAt: at(d, '09:00'),
      endsAt: at(d, '10:00'),
      employeeIds: [a.employeeId],
    });
    expectError(await take(trainer, other, [{ employeeId: a.employeeId, status: 'present' }]), 403, 'FORBIDDEN');
    expectError(await take(a.client, other, [{ employeeId: a.employeeId, status: 'present' }]), 403, 'FORBIDDEN');
    expectError(
      await take(await env.as('teamlead'), other, [{ employeeId: a.employeeId, status: 'present' }]),
      403,
      'FORBIDDEN',
    );
    okData(await take(kit.manager, other, [{ employeeId: a.employeeId, status: 'present' }]));
  });

  it('takes leave in advance, marks a request after the start as late, and lets the manager decide once', async () => {
    const [a, b, c] = people;
    const future = await schedule(kit, {
      room: 'L1',
      startsAt: at(day(6), '09:00'),
      endsAt: at(day(6), '12:00'),
      employeeIds: [a.employeeId, b.employeeId],
    });
    const early = okData(await a.client.post(`/api/training/sessions/${future}/leave`, { reason: '体检预约' }));
    expect(early.late).toBe(false);
    expectError(
      await a.client.post(`/api/training/sessions/${future}/leave`, { reason: '再次请假' }),
      409,
      'LEAVE_EXISTS',
    );
    expectError(
      await c.client.post(`/api/training/sessions/${future}/leave`, { reason: '我没报名' }),
      404,
      'NOT_FOUND',
    );
    expectError(
      await a.client.post(`/api/training/sessions/${future}/leave`, { reason: '' }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await a.client.post(`/api/training/leave/${early.id}/decision`, { decision: 'approve' }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await trainer.post(`/api/training/leave/${early.id}/decision`, { decision: 'approve' }),
      403,
      'FORBIDDEN',
    );
    okData(
      await kit.manager.post(`/api/training/leave/${early.id}/decision`, { decision: 'refuse', note: '培训关键课程' }),
    );
    expectError(
      await kit.manager.post(`/api/training/leave/${early.id}/decision`, { decision: 'approve' }),
      409,
      'LEAVE_ALREADY_DECIDED',
    );

    // b withdraws and asks again; the trainee's own list shows only their request.
    const first = okData(await b.client.post(`/api/training/sessions/${future}/leave`, { reason: '私事' }));
    okData(await b.client.post(`/api/training/leave/${first.id}/withdraw`));
    const again = okData(await b.client.post(`/api/training/sessions/${future}/leave`, { reason: '私事（改期）' }));
    expect(again.id).toBe(first.id);
    const listed = await b.client.get('/api/training/leave');
    expect(listed.body.data.map((l: any) => l.employeeId)).toEqual([b.employeeId]);
    expect(listed.body.total).toBe(1);
    const all = (await kit.manager.get(`/api/training/leave?sessionId=${future}`)).body;
    expect(all.data.map((l: any) => [l.employeeName.length > 0, l.status, l.late])).toEqual([
      [true, 'pending', false],
      [true, 'refused', false],
    ]);

    // After the session started: accepted, flagged; approval turns an absent mark into on_leave.
    const d = day(-5);
    const past = await schedule(kit, {
      room: 'L2',
      startsAt: at(d, '09:00'),
      endsAt: at(d, '10:00'),
      employeeIds: [c.employeeId],
    });
    okData(await take(trainer, past, [{ employeeId: c.employeeId, status: 'absent' }]));
    const late = okData(await c.client.post(`/api/training/sessions/${past}/leave`, { reason: '事后补假：发烧' }));
    expect(late.late).toBe(true);
    expect(
      okData(await kit.manager.get(`/api/training/leave?status=pending&employeeId=${c.employeeId}`))[0],
    ).toMatchObject({ late: true, reason: '事后补假：发烧' });
    okData(
      await kit.manager.post(`/api/training/leave/${late.id}/decision`, { decision: 'approve', note: '有病假条' }),
    );
    const person = okData(await kit.manager.get(`/api/training/sessions/${past}`)).people[0];
    expect(person).toMatchObject({ attendance: { status: 'on_leave' }, leave: { status: 'approved', late: true } });
    expect(await attendanceScore(env.handle.db, c.employeeId, d, d)).toBeNull();
  });
});
