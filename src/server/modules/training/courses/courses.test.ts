import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { employeeIdOf, expectError } from '../../../test/helpers.js';
import { at, catalogue, day, okData, schedule, type Kit } from '../shared/training.testkit.js';

// The course catalogue and trainers (issue 3 item 3), and materials with each person's
// completion and due list (item 5).

describe.each(DIALECTS)('training catalogue and materials on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let kit: Kit;

  beforeAll(async () => {
    kit = await catalogue(env);
    // The cohort plans.test.ts plans for: the same starting data.
    okData(
      await kit.manager.post('/api/training/cohorts', {
        name: 'PLAN',
        startDate: '2026-11-16',
        employeeIds: [await employeeIdOf(env.handle.db, 'trainee')],
      }),
    );
  });

  it('keeps a catalogue of courses in the five areas and trainers with certification', async () => {
    const m = kit.manager;
    const taken = okData(await m.get(`/api/training/courses/${kit.courseA}`)).code;
    expectError(
      await m.post('/api/training/courses', {
        code: taken,
        title: '重复',
        contentArea: 'law_risk',
        method: 'online',
        hours: 1,
      }),
      409,
      'DUPLICATE_COURSE_CODE',
      'code',
    );
    expectError(
      await m.post('/api/training/courses', {
        code: 'X-1',
        title: '坏的',
        contentArea: 'astrology',
        method: 'online',
        hours: 1,
      }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await m.post('/api/training/courses', {
        code: 'X 1',
        title: '坏的',
        contentArea: 'law_risk',
        method: 'online',
        hours: 0,
      }),
      400,
      'VALIDATION_FAILED',
    );
    const law = okData(
      await m.post('/api/training/courses', {
        code: 'LAW-1',
        title: '消费者权益保护',
        contentArea: 'law_risk',
        method: 'case_study',
        hours: 1.5,
      }),
    ).id;
    expect(okData(await m.get('/api/training/courses?contentArea=law_risk')).map((c: any) => c.id)).toEqual([law]);
    expect(okData(await m.get('/api/training/courses?q=权益')).map((c: any) => c.id)).toEqual([law]);
    okData(
      await m.put(`/api/training/courses/${law}`, {
        code: 'LAW-1',
        title: '消费者权益保护',
        contentArea: 'law_risk',
        method: 'case_study',
        hours: 1.5,
        archived: true,
        version: 1,
      }),
    );
    expect(okData(await m.get('/api/training/courses?contentArea=law_risk'))).toEqual([]);
    expectError(
      await m.post('/api/training/sessions', {
        courseId: law,
        trainerId: kit.trainer,
        startsAt: at(day(41), '09:00'),
        endsAt: at(day(41), '10:00'),
      }),
      422,
      'COURSE_ARCHIVED',
    );

    expectError(
      await m.post('/api/training/trainers', { kind: 'internal', category: 'team_lead' }),
      422,
      'EMPLOYEE_REQUIRED',
      'employeeId',
    );
    expectError(
      await m.post('/api/training/trainers', {
        kind: 'internal',
        employeeId: kit.trainerEmployeeId,
        category: 'hr_trainer',
      }),
      409,
      'DUPLICATE_TRAINER',
    );
    expectError(
      await m.post('/api/training/trainers', { kind: 'external', category: 'external_consultant' }),
      422,
      'NAME_REQUIRED',
      'name',
    );
    expectError(
      await m.post('/api/training/trainers', {
        kind: 'external',
        name: '顾问',
        category: 'other',
        certifiedOn: '2026-05-01',
        certifiedUntil: '2026-01-01',
      }),
      422,
      'BAD_DATE_RANGE',
      'certifiedUntil',
    );
    const lead = okData(
      await m.post('/api/training/trainers', {
        kind: 'internal',
        employeeId: await employeeIdOf(env.handle.db, 'teamlead'),
        category: 'team_lead',
        certification: '内训师',
        certifiedUntil: '2027-12-31',
      }),
    ).id;
    const dto = okData(await m.get(`/api/training/trainers/${lead}`));
    expect(dto).toMatchObject({
      kind: 'internal',
      category: 'team_lead',
      certifiedUntil: '2027-12-31',
      teachingHours: 0,
      sessionsTaught: 0,
      ratings: { responses: 0, trainer: null },
    });
    expect(dto.name.length).toBeGreaterThan(0);
    okData(
      await m.put(`/api/training/trainers/${lead}`, {
        kind: 'internal',
        employeeId: dto.employeeId,
        category: 'team_lead',
        active: false,
        version: 1,
      }),
    );
    expect(okData(await m.get('/api/training/trainers?activeOnly=true')).map((t: any) => t.id)).not.toContain(lead);
    expectError(
      await m.post('/api/training/sessions', {
        courseId: kit.courseA,
        trainerId: lead,
        startsAt: at(day(42), '09:00'),
        endsAt: at(day(42), '10:00'),
      }),
      422,
      'TRAINER_INACTIVE',
    );
  });

  it('tracks materials per person and lists what is due', async () => {
    const trainee = await env.as('trainee');
    const me = await employeeIdOf(env.handle.db, 'trainee');
    const m = kit.manager;
    const prep = okData(
      await m.post(`/api/training/courses/${kit.courseB}/materials`, {
        kind: 'document',
        title: '投诉处理手册',
        url: 'https://kb.example.com/complaints.pdf',
        dueOffsetDays: -1,
      }),
    ).id;
    const video = okData(
      await m.post(`/api/training/courses/${kit.courseB}/materials`, {
        kind: 'micro_course',
        title: '情绪安抚微课',
        url: '/media/calm.mp4',
        dueOffsetDays: 2,
      }),
    ).id;
    okData(
      await m.post(`/api/training/courses/${kit.courseB}/materials`, {
        kind: 'video',
        title: '选看：优秀录音',
        url: 'https://kb.example.com/best',
        required: false,
      }),
    );
    expectError(
      await m.post(`/api/training/courses/${kit.courseB}/materials`, {
        kind: 'video',
        title: 'x',
        url: 'javascript:alert(1)',
      }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(await trainee.post(`/api/training/materials/${prep}/complete`), 422, 'NOT_ON_COURSE');
    expect(okData(await trainee.get('/api/training/materials/due'))).toEqual([]);

    const d = day(3);
    await schedule(kit, {
      courseId: kit.courseB,
      room: 'MAT',
      startsAt: at(d, '09:00'),
      endsAt: at(d, '10:00'),
      employeeIds: [me],
    });
    const due = okData(await trainee.get('/api/training/materials/due'));
    expect(due.map((x: any) => [x.title, x.dueOn, x.overdue])).toEqual([
      ['投诉处理手册', day(2), false],
      ['情绪安抚微课', day(5), false],
    ]);
    okData(await trainee.post(`/api/training/materials/${prep}/complete`));
    okData(await trainee.post(`/api/training/materials/${prep}/complete`)); // idempotent
    expect(okData(await trainee.get('/api/training/materials/due')).map((x: any) => x.materialId)).toEqual([video]);
    expect(okData(await trainee.get('/api/training/materials/due?all=true'))).toHaveLength(3);
    const done = okData(await m.get(`/api/training/materials/${prep}/completions`));
    expect(done).toEqual([expect.objectContaining({ employeeId: me, completedAt: expect.any(String) })]);
    expect(okData(await m.get(`/api/training/courses/${kit.courseB}`)).materialCount).toBe(3);
    expectError(await trainee.get(`/api/training/materials/${prep}/completions`), 403, 'FORBIDDEN');
  });
});
