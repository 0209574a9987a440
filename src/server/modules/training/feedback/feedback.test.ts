import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { countRows, expectError } from '../../../test/helpers.js';
import { at, catalogue, day, learners, okData, schedule, type Kit } from '../shared/training.testkit.js';

// Feedback after a session (issue 3 item 6): only people who attended (present, late, left
// early) answer, once; results roll up per course and trainer, without names.

describe.each(DIALECTS)('training feedback on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let kit: Kit;
  let trainer: Client;
  let people: Awaited<ReturnType<typeof learners>>;
  let session: string;
  let second: string;

  beforeAll(async () => {
    kit = await catalogue(env);
    trainer = await env.as('trainer');
    people = await learners(env, 6, 'fb');
    const d = day(-1);
    const ids = people.map((p) => p.employeeId);
    session = await schedule(kit, { room: 'F1', startsAt: at(d, '09:00'), endsAt: at(d, '11:00'), employeeIds: ids });
    second = await schedule(kit, {
      courseId: kit.courseB,
      trainerId: kit.external,
      room: 'F1',
      startsAt: at(d, '13:00'),
      endsAt: at(d, '14:30'),
      employeeIds: ids.slice(0, 2),
    });
    const leave = okData(await people[4].client.post(`/api/training/sessions/${session}/leave`, { reason: '病假' }));
    okData(await kit.manager.post(`/api/training/leave/${leave.id}/decision`, { decision: 'approve' }));
    okData(
      await trainer.put(`/api/training/sessions/${session}/attendance`, {
        records: [
          { employeeId: ids[0], status: 'present' },
          { employeeId: ids[1], status: 'late', minutes: 12 },
          { employeeId: ids[2], status: 'left_early', minutes: 15 },
          { employeeId: ids[3], status: 'absent' },
          { employeeId: ids[4], status: 'on_leave' },
        ],
      }),
    );
    okData(
      await kit.manager.put(`/api/training/sessions/${second}/attendance`, {
        records: ids.slice(0, 2).map((employeeId) => ({ employeeId, status: 'present' })),
      }),
    );
  });

  const answer = (
    c: Client,
    s: string,
    body: Record<string, unknown> = { content: 5, trainer: 4, method: 3, suggestions: '多一些案例' },
  ) => c.post(`/api/training/sessions/${s}/feedback`, body);

  it('takes one answer from each attendee — present, late or left early', async () => {
    okData(await answer(people[0].client, session, { content: 5, trainer: 5, method: 4, suggestions: '讲得清楚' }));
    okData(await answer(people[1].client, session, { content: 4, trainer: 3, method: 4 }));
    okData(await answer(people[2].client, session, { content: 3, trainer: 4, method: 2, suggestions: '节奏太快' }));
    expectError(await answer(people[0].client, session), 409, 'FEEDBACK_EXISTS');
    const mine = okData(await people[0].client.get('/api/training/feedback/mine'));
    expect(mine).toEqual([
      expect.objectContaining({
        sessionId: session,
        content: 5,
        trainer: 5,
        method: 4,
        suggestions: '讲得清楚',
        courseTitle: '产品知识',
      }),
    ]);
  });

  it('refuses the absent, those on leave, those not enrolled and those whose attendance is not taken', async () => {
    const before = await countRows(env.handle.db, 'training_feedback');
    expectError(await answer(people[3].client, session), 403, 'NOT_AN_ATTENDEE');
    expectError(await answer(people[4].client, session), 403, 'NOT_AN_ATTENDEE');
    expectError(await answer(people[5].client, second), 403, 'NOT_AN_ATTENDEE');
    expectError(await answer(people[5].client, session), 403, 'NOT_AN_ATTENDEE');
    expect(await countRows(env.handle.db, 'training_feedback')).toBe(before);
  });

  it('answers bad scores with 400 and writes nothing', async () => {
    const before = await countRows(env.handle.db, 'training_feedback');
    for (const bad of [
      { content: 0, trainer: 3, method: 3 },
      { content: 6, trainer: 3, method: 3 },
      { content: 3.5, trainer: 3, method: 3 },
      { content: '5', trainer: 3, method: 3 },
      { trainer: 3, method: 3 },
    ]) {
      expectError(await answer(people[0].client, second, bad), 400, 'VALIDATION_FAILED');
    }
    expectError(await answer(people[0].client, 'no-such-session'), 404, 'NOT_FOUND');
    expect(await countRows(env.handle.db, 'training_feedback')).toBe(before);
  });

  it('rolls up per course and per trainer, and lists answers without names', async () => {
    okData(await answer(people[0].client, second, { content: 2, trainer: 2, method: 2 }));
    okData(await answer(people[1].client, second, { content: 3, trainer: 1, method: 2 }));
    const byCourse = okData(await kit.manager.get('/api/training/feedback/summary?by=course'));
    // Course A: content (5+4+3)/3 = 4, trainer (5+3+4)/3 = 4, method (4+4+2)/3 = 3.3, overall 3.8 (mean of the three means 4, 4, 3.33).
    expect(byCourse.find((r: any) => r.id === kit.courseA)).toEqual({
      id: kit.courseA,
      name: '产品知识',
      sessions: 1,
      responses: 3,
      content: 4,
      trainer: 4,
      method: 3.3,
      overall: 3.8,
    });
    expect(byCourse.find((r: any) => r.id === kit.courseB)).toMatchObject({
      responses: 2,
      content: 2.5,
      trainer: 1.5,
      method: 2,
      overall: 2,
    });
    expect(byCourse.map((r: any) => r.id)).toEqual([kit.courseA, kit.courseB]);
    const byTrainer = okData(await kit.manager.get('/api/training/feedback/summary?by=trainer'));
    expect(byTrainer.find((r: any) => r.id === kit.trainer)).toMatchObject({ responses: 3, trainer: 4 });

    const trainerDto = okData(await kit.manager.get(`/api/training/trainers/${kit.trainer}`));
    expect(trainerDto).toMatchObject({
      teachingHours: 2,
      sessionsTaught: 1,
      ratings: { responses: 3, content: 4, trainer: 4, method: 3.3 },
    });

    const items = okData(await kit.manager.get(`/api/training/feedback?courseId=${kit.courseA}`));
    expect(items).toHaveLength(3);
    expect(JSON.stringify(items)).not.toContain(people[0].employeeId);
    expectError(await kit.manager.get('/api/training/feedback'), 422, 'FILTER_REQUIRED');
  });

  it('keeps roll-ups from trainees and trainers', async () => {
    expectError(await people[0].client.get('/api/training/feedback/summary'), 403, 'FORBIDDEN');
    expectError(await trainer.get(`/api/training/feedback?courseId=${kit.courseA}`), 403, 'FORBIDDEN');
    expect(
      okData(await (await env.as('manager')).get('/api/training/feedback/summary?by=trainer')).length,
    ).toBeGreaterThan(0);
  });
});
