import { describe, expect, it } from 'vitest';
import { seedMentorshipDemo } from '../../../demo/mentorship.js';
import { seedTrainingDemo } from '../../../demo/training.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { okData } from '../../training/shared/training.testkit.js';

// The mentorship demo (issue 20): on top of the training demo (which assigns mentors), the
// mentor-training course is chosen, the demo's eligible mentors are in the pool and one more with
// an override reason, a pool mentor is flagged by a low rating, and a regular agent has a coaching
// mentor. Loading it twice changes nothing. This database has no published appraisal at all, so
// the appraisal criterion is waived for everyone.

describe.each(DIALECTS)('mentorship demo on $name', (dialect) => {
  const env = useTestEnv(dialect);

  it('fills the pool through its own rules, once', async () => {
    await seedTrainingDemo(env.handle.db);
    const loaded = await seedMentorshipDemo(env.handle.db);
    expect(loaded?.mentors).toBeGreaterThanOrEqual(1);
    expect(await seedMentorshipDemo(env.handle.db)).toBeNull();

    const manager = await env.as('training');
    const config = okData(await manager.get('/api/mentorship/pool/config'));
    expect(config).toMatchObject({ mentorCourseTitle: expect.stringContaining('带教导师培训'), version: 1 });
    const pool = okData<any[]>(await manager.get('/api/mentorship/pool'));
    expect(pool).toHaveLength(loaded!.mentors);
    expect(pool.filter((m) => m.overrideReason)).toHaveLength(1);
    expect(pool.every((m) => m.criteria.find((c: any) => c.key === 'appraisal').state === 'waived')).toBe(true);
    expect(pool.some((m) => m.flagged)).toBe(true);
    const coaching = okData<any[]>(await manager.get('/api/training/mentoring/assignments')).filter(
      (a) => a.mode === 'coaching',
    );
    expect(coaching).toEqual([expect.objectContaining({ status: 'active', reason: expect.stringContaining('辅导') })]);
    // The training demo's assignments are all still there and active.
    const mentee = await env.as('trainee');
    expect(okData<any[]>(await mentee.get('/api/training/mentoring/assignments'))).toEqual([
      expect.objectContaining({ mode: 'one_to_one', status: 'active' }),
    ]);
  });
});
