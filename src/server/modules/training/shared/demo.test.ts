import { beforeAll, describe, expect, it } from 'vitest';
import { COHORT_START } from '../../../demo/seed-org.js';
import { seedTrainingDemo } from '../../../demo/training.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { employeeIdOf } from '../../../test/helpers.js';
import { okData } from './training.testkit.js';

// The training demo (issue 3): a running new-hire plan in its second week with history, which
// must obey the rules the API enforces — no clashes, leave behind every on_leave, feedback only
// from attendees — and show up for the people who sign in.

describe.each(DIALECTS)('training demo data on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;

  beforeAll(async () => {
    expect(await seedTrainingDemo(db())).toMatchObject({ sessions: 16 });
    expect(await seedTrainingDemo(db())).toBeNull(); // loaded once
  });

  it('has a running new-hire plan for the cohort with four phases and its needs survey', async () => {
    const manager = await env.as('training');
    const plans = okData(await manager.get('/api/training/plans?audience=new_hire'));
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      status: 'active',
      startDate: COHORT_START,
      cohortName: '2026年11月新员工培训班',
      sessionCount: 15,
    });
    expect(plans[0].phases.map((p: any) => p.kind)).toEqual(['classroom', 'one_to_one', 'one_to_five', 'go_live']);
    const summary = okData(await manager.get(`/api/training/surveys/${plans[0].needsSurveyId}/summary`));
    expect(summary.respondents.supervisors).toBe(1);
    // The supervisor's two picks outrank whatever the trainees liked best.
    expect(
      summary.questions[0].options
        .slice(0, 2)
        .map((o: any) => o.option)
        .sort(),
    ).toEqual(['投诉处理', '系统操作'].sort());
    expect(
      okData(await manager.get('/api/training/plans'))
        .map((p: any) => p.recurrence)
        .sort(),
    ).toEqual(['adhoc', 'none', 'quarterly']);
  });

  it('obeys the rules: no clashes, leave behind on_leave, feedback only from attendees', async () => {
    const sessions = await db().selectFrom('training_sessions').selectAll().where('status', '=', 'scheduled').execute();
    for (const a of sessions) {
      for (const b of sessions) {
        if (a.id >= b.id || !(a.starts_at < b.ends_at && b.starts_at < a.ends_at)) continue;
        expect(a.trainer_id === b.trainer_id || a.room === b.room, `${a.id} clashes with ${b.id}`).toBe(false);
      }
    }
    const onLeave = await db()
      .selectFrom('training_attendance as a')
      .leftJoin('training_leave as l', (j) =>
        j.onRef('l.session_id', '=', 'a.session_id').onRef('l.employee_id', '=', 'a.employee_id'),
      )
      .select(['l.status'])
      .where('a.status', '=', 'on_leave')
      .execute();
    expect(onLeave.length).toBeGreaterThan(0);
    expect(onLeave.every((r) => r.status === 'approved')).toBe(true);
    const feedback = await db()
      .selectFrom('training_feedback as f')
      .innerJoin('training_attendance as a', (j) =>
        j.onRef('a.session_id', '=', 'f.session_id').onRef('a.employee_id', '=', 'f.employee_id'),
      )
      .select('a.status')
      .execute();
    expect(feedback.length).toBeGreaterThan(50);
    expect(feedback.every((r) => ['present', 'late', 'left_early'].includes(r.status))).toBe(true);
  });

  it('gives the trainee a living record: attendance, a pending leave, feedback, a mentor', async () => {
    const trainee = await env.as('trainee');
    const r = okData(await trainee.get('/api/training/records/me'));
    expect(r.plans.map((p: any) => p.audience)).toEqual(['new_hire']);
    expect(r.sessions).toHaveLength(15);
    expect(r.sessions.filter((s: any) => s.attendance).length).toBeGreaterThanOrEqual(10);
    expect(r.sessions.some((s: any) => s.attendance === 'late' && s.minutes === 5)).toBe(true);
    expect(r.sessions.some((s: any) => s.leave?.status === 'pending')).toBe(true);
    expect(r.sessions.some((s: any) => s.feedbackGiven)).toBe(true);
    expect(r.attendance.score).toBeGreaterThan(25);
    expect(r.mentoring).toEqual([
      expect.objectContaining({ mode: 'one_to_one', status: 'active', mentorName: expect.any(String) }),
    ]);
    expect(okData(await trainee.get('/api/training/materials/due?all=true')).length).toBeGreaterThan(3);

    const mentor = await env.as('mentor');
    expect(okData(await mentor.get('/api/training/mentoring/assignments'))).toEqual([
      expect.objectContaining({ traineeId: await employeeIdOf(db(), 'trainee') }),
    ]);
    const trainer = await env.as('trainer');
    expect(
      okData(await trainer.get('/api/training/trainers')).find(
        (t: any) => t.employeeId === (trainer.me as any).employeeId,
      ).sessionsTaught,
    ).toBeGreaterThan(4);
  });
});
