import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../../lib/clock.js';
import { putSetting } from '../../../lib/settings.js';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { auditOf, employeeIdOf, expectError } from '../../../test/helpers.js';
import { okData } from '../../training/shared/training.testkit.js';
import { addResult, addSession, addTrainer, learners } from './levels.testkit.js';
import { trainerStanding } from './standing.js';

// Trainer levels (issue 21 item 3): each standard judged on the window's records and failing on
// its own, the window's first day in and the day before out, confirmation refused without a
// reason when standards are unmet (or the grade is not the next), the history and the career
// event, and who sees what (a trainer only their own standing).

const NOW = '2026-06-15T04:00:00Z'; // 12:00 in the center; the 12-month window starts 2025-06-15

describe.each(DIALECTS)('trainer levels on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let manager: Client;
  let g1: string;
  let g2: string;
  let people: string[];
  const standingOf = async (id: string, c: Client = manager) =>
    okData(await c.get(`/api/careers/levels/trainers/${id}`));
  const crit = (s: any, key: string) => s.criteria.find((c: any) => c.key === key);
  const grade = (name: string, position: number, s: [number | null, number | null, number | null, number | null]) => ({
    name,
    position,
    minHours: s[0],
    minSessions: s[1],
    minRating: s[2],
    minPassRate: s[3],
    description: null,
  });

  beforeAll(async () => {
    setClock(NOW);
    manager = await env.as('training');
    // Our own two grades instead of the three defaults, so the numbers below are the test's.
    for (const g of okData<any[]>(await manager.get('/api/careers/levels/grades')))
      okData(await manager.delete(`/api/careers/levels/grades/${g.id}`));
    g1 = okData(await manager.post('/api/careers/levels/grades', grade('一级', 10, [6, 2, 4, 50]))).id;
    g2 = okData(await manager.post('/api/careers/levels/grades', grade('二级', 20, [100, 30, 4.5, 90]))).id;
    people = await learners(db(), 4);
  });
  afterAll(() => setClock());

  it('meets every standard of the lowest grade with the evidence shown, and the standing export agrees', async () => {
    const t = await addTrainer(db(), { name: '甲讲师' });
    await addSession(db(), {
      trainerId: t,
      start: '2026-03-02 09:00',
      hours: 3,
      learners: people.slice(0, 2),
      scores: [5, 4],
    });
    await addSession(db(), { trainerId: t, start: '2026-03-09 09:00', hours: 3, learners: [people[2]], scores: [4] });
    await addResult(db(), { employeeId: people[0], at: '2026-03-20 10:00', passed: true });
    await addResult(db(), { employeeId: people[2], at: '2026-03-20 10:00', passed: false });
    // A result from before the learner's first session with this trainer is not theirs.
    await addResult(db(), { employeeId: people[1], at: '2026-02-01 10:00', passed: false });
    const s = await standingOf(t);
    expect(s.level).toBeNull();
    expect(s.next).toEqual({ id: g1, name: '一级' });
    expect(crit(s, 'hours')).toMatchObject({
      value: 6,
      threshold: 6,
      met: true,
      count: 2,
      from: '2025-06-15',
      to: '2026-06-15',
    });
    expect(crit(s, 'sessions')).toMatchObject({ value: 2, threshold: 2, met: true });
    expect(crit(s, 'rating')).toMatchObject({ value: 4.33, threshold: 4, met: true, count: 3, learners: 3 });
    expect(crit(s, 'passRate')).toMatchObject({ value: 50, threshold: 50, met: true, count: 2, learners: 2 });
    expect(s.ready).toBe(true);
    const ready = okData<any[]>(await manager.get('/api/careers/levels/trainers?readyOnly=true'));
    expect(ready.map((r) => r.trainerId)).toContain(t);
  });

  it('fails each standard on its own when only its threshold is out of reach', async () => {
    const t = await addTrainer(db(), { name: '乙讲师' });
    await addSession(db(), { trainerId: t, start: '2026-04-01 09:00', hours: 3, learners: [people[0]], scores: [4] });
    await addSession(db(), { trainerId: t, start: '2026-04-02 09:00', hours: 3, learners: [people[3]], scores: [5] });
    await addResult(db(), { employeeId: people[3], at: '2026-04-10 10:00', passed: true });
    await addResult(db(), { employeeId: people[3], at: '2026-04-11 10:00', passed: false });
    expect((await standingOf(t)).ready).toBe(true);
    const base: [number, number, number, number] = [6, 2, 4, 50];
    const raised: [number, number, number, number] = [6.5, 3, 4.6, 60];
    const keys = ['hours', 'sessions', 'rating', 'passRate'];
    let version = okData<any[]>(await manager.get('/api/careers/levels/grades')).find((g) => g.id === g1).version;
    for (let i = 0; i < 4; i++) {
      const s = base.slice() as typeof base;
      s[i] = raised[i];
      okData(await manager.put(`/api/careers/levels/grades/${g1}`, { ...grade('一级', 10, s), version }));
      version++;
      const standing = await standingOf(t);
      expect(standing.unmet, keys[i]).toEqual([keys[i]]);
      expect(standing.ready).toBe(false);
    }
    okData(await manager.put(`/api/careers/levels/grades/${g1}`, { ...grade('一级', 10, base), version }));
  });

  it('counts a session on the window’s first day and not the day before; no feedback is no data', async () => {
    const t = await addTrainer(db(), { name: '丙讲师' });
    await addSession(db(), { trainerId: t, start: '2025-06-15 00:00', hours: 2 });
    await addSession(db(), { trainerId: t, start: '2025-06-14 23:00', hours: 3, learners: [people[1]], scores: [5] });
    await addSession(db(), { trainerId: t, start: '2026-05-05 09:00', hours: 4, cancelled: true });
    // Not yet ended: not taught yet.
    await addSession(db(), { trainerId: t, start: '2026-06-15 11:00', hours: 2 });
    const s = await standingOf(t);
    expect(crit(s, 'hours')).toMatchObject({ value: 2, met: false, state: 'below' });
    expect(crit(s, 'sessions')).toMatchObject({ value: 1, met: false });
    expect(crit(s, 'rating')).toMatchObject({ value: null, state: 'no_data', met: false, count: 0 });
    expect(crit(s, 'passRate')).toMatchObject({ value: null, state: 'no_data', met: false });
    expect(s.unmet).toEqual(['hours', 'sessions', 'rating', 'passRate']);
    // The window is the setting careers.trainerLevels.windowMonths.
    await putSetting(db(), 'careers.trainerLevels.windowMonths', 1, null);
    try {
      expect(crit(await standingOf(t), 'hours')).toMatchObject({ value: 0, from: '2026-05-15' });
    } finally {
      await putSetting(db(), 'careers.trainerLevels.windowMonths', 12, null);
    }
  });

  it('refuses a confirmation with unmet standards unless a reason is given; records history and a career event', async () => {
    const me = await employeeIdOf(db(), 'trainer');
    const t = await addTrainer(db(), { name: '培训讲师', employeeId: me });
    const url = `/api/careers/levels/trainers/${t}/confirm`;
    expectError(await manager.post(url, { gradeId: g1, reason: null, version: 0 }), 422, 'STANDARDS_UNMET', 'reason');
    expectError(
      await manager.post(url, { gradeId: g2, reason: null, version: 0 }),
      422,
      'LEVEL_REASON_REQUIRED',
      'reason',
    );
    expectError(await manager.post(url, { gradeId: 'no-such-grade', reason: 'x', version: 0 }), 422, 'UNKNOWN_GRADE');
    expectError(await manager.post(url, { gradeId: g1, reason: '资深内训师转入', version: 3 }), 409, 'STALE');
    okData(await manager.post(url, { gradeId: g1, reason: '资深内训师转入', version: 0 }));
    expectError(await manager.post(url, { gradeId: g1, reason: '再次', version: 1 }), 409, 'SAME_LEVEL');
    const s = await standingOf(t);
    expect(s.level).toEqual({ id: g1, name: '一级' });
    expect(s.next).toEqual({ id: g2, name: '二级' });
    expect(s.since).toBe('2026-06-15');
    expect(s.history).toHaveLength(1);
    expect(s.history[0]).toMatchObject({
      kind: 'set',
      reason: '资深内训师转入',
      previous: null,
      confirmedByName: expect.any(String),
    });
    expect(s.history[0].unmet).toEqual(['hours', 'sessions', 'rating', 'passRate']);
    const events = await db().selectFrom('career_events').selectAll().where('employee_id', '=', me).execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'trainer_level_confirmed', day: '2026-06-15', ref: s.history[0].id });
    expect(JSON.parse(events[0].detail!)).toMatchObject({ gradeId: g1, gradeName: '一级', change: 'set' });
    const audit = await auditOf(db(), 'career_trainer_level', t);
    expect(audit).toEqual([
      expect.objectContaining({
        reason: '资深内训师转入',
        new_value: expect.objectContaining({ grade_id: g1, kind: 'set' }),
      }),
    ]);
    // The grade is in use now.
    expectError(await manager.delete(`/api/careers/levels/grades/${g1}`), 409, 'GRADE_IN_USE');
    const standing = await trainerStanding(db(), me);
    expect(standing).toMatchObject({ trainerId: t, level: { id: g1 }, next: { id: g2 }, ready: false });
    expect(await trainerStanding(db(), await employeeIdOf(db(), 'agent'))).toBeNull();
  });

  it('promotes without a reason when the next grade’s standards are met; an external trainer has no career event', async () => {
    const t = await addTrainer(db(), { name: '外聘丁' });
    await addSession(db(), { trainerId: t, start: '2026-05-04 09:00', hours: 3, learners: [people[0]], scores: [5] });
    await addSession(db(), { trainerId: t, start: '2026-05-05 09:00', hours: 3, learners: [people[0]], scores: [5] });
    await addResult(db(), { employeeId: people[0], at: '2026-05-06 10:00', passed: true });
    const before = await db().selectFrom('career_events').select('id').execute();
    okData(await manager.post(`/api/careers/levels/trainers/${t}/confirm`, { gradeId: g1, reason: null, version: 0 }));
    const s = await standingOf(t);
    expect(s.history[0]).toMatchObject({ kind: 'promotion', reason: null });
    expect(s.version).toBe(1);
    expect(await db().selectFrom('career_events').select('id').execute()).toHaveLength(before.length);
    // A step down needs a reason like any move that is not the next grade.
    await manager.post(`/api/careers/levels/trainers/${t}/confirm`, { gradeId: g2, reason: '破格', version: 1 });
    expectError(
      await manager.post(`/api/careers/levels/trainers/${t}/confirm`, { gradeId: g1, reason: '', version: 2 }),
      422,
      'LEVEL_REASON_REQUIRED',
    );
  });

  it('lets a trainer see only their own standing, HR see all, and only the training manager confirm', async () => {
    const trainer = await env.as('trainer');
    const hr = await env.as('hr');
    const agent = await env.as('agent');
    const all = okData<any[]>(await manager.get('/api/careers/levels/trainers'));
    expect(all.length).toBeGreaterThan(2);
    const mine = okData<any[]>(await trainer.get('/api/careers/levels/trainers'));
    expect(mine).toHaveLength(1);
    expect(mine[0].employeeId).toBe(await employeeIdOf(db(), 'trainer'));
    const other = all.find((r) => r.employeeId !== mine[0].employeeId)!;
    expectError(await trainer.get(`/api/careers/levels/trainers/${other.trainerId}`), 404);
    expect((await standingOf(mine[0].trainerId, trainer)).trainerId).toBe(mine[0].trainerId);
    expect(okData<any[]>(await hr.get('/api/careers/levels/trainers'))).toHaveLength(all.length);
    const confirm = { gradeId: g2, reason: '试试', version: 1 };
    expectError(await trainer.post(`/api/careers/levels/trainers/${mine[0].trainerId}/confirm`, confirm), 403);
    expectError(await hr.post(`/api/careers/levels/trainers/${mine[0].trainerId}/confirm`, confirm), 403);
    expectError(
      await trainer.put(`/api/careers/levels/grades/${g1}`, { ...grade('一级', 10, [1, 1, 1, 1]), version: 1 }),
      403,
    );
    expectError(await agent.get('/api/careers/levels/trainers'), 403);
    expectError(await agent.get('/api/careers/levels/grades'), 403);
  });

  it('lets one of two simultaneous first confirmations through; the other is stale', async () => {
    const t = await addTrainer(db(), { name: '外聘戊' });
    const url = `/api/careers/levels/trainers/${t}/confirm`;
    const answers = await Promise.all([
      manager.post(url, { gradeId: g2, reason: '外聘资深讲师', version: 0 }),
      manager.post(url, { gradeId: g1, reason: '外聘讲师', version: 0 }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expectError(
      answers.find((a) => a.status === 409)!,
      409,
      'STALE',
    );
    expect((await standingOf(t)).history).toHaveLength(1);
  });

  it('keeps grade names unique and edits at the version read', async () => {
    expectError(
      await manager.post('/api/careers/levels/grades', grade('二级', 30, [null, null, null, null])),
      409,
      'DUPLICATE_GRADE',
      'name',
    );
    expectError(
      await manager.put(`/api/careers/levels/grades/${g2}`, { ...grade('二级', 20, [1, 1, 1, 1]), version: 99 }),
      409,
      'STALE',
    );
    expectError(
      await manager.put('/api/careers/levels/grades/no-such', { ...grade('x', 1, [1, 1, 1, 1]), version: 1 }),
      404,
    );
    const g3 = okData(await manager.post('/api/careers/levels/grades', grade('三级', 30, [0.5, null, 4.2, 85.5]))).id;
    expect(okData<any[]>(await manager.get('/api/careers/levels/grades')).find((g) => g.id === g3)).toMatchObject({
      minHours: 0.5,
      minSessions: null,
      minRating: 4.2,
      minPassRate: 85.5,
      holders: 0,
    });
    okData(await manager.delete(`/api/careers/levels/grades/${g3}`));
    const list = okData<any[]>(await manager.get('/api/careers/levels/grades'));
    expect(list.map((g) => g.name)).toEqual(['一级', '二级']);
    expect(list[0].holders).toBeGreaterThan(0);
  });
});
