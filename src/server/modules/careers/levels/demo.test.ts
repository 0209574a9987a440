import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCareersLevelsDemo } from '../../../demo/careers-levels.js';
import { seedExamDemo } from '../../../demo/exams.js';
import { seedTrainingDemo } from '../../../demo/training.js';
import { setClock } from '../../../lib/clock.js';
import { DIALECTS, useTestEnv } from '../../../test/harness.js';
import { okData } from '../../training/shared/training.testkit.js';

// The levels demo (issue 21): on top of the training and exam demos, the four trainers are
// placed on the default grades with a history line each, the second internal trainer is ready
// for 中级讲师, and a second run changes nothing.

describe.each(DIALECTS)('trainer levels demo on $name', (dialect) => {
  const env = useTestEnv(dialect);
  beforeAll(() => setClock('2026-12-09T03:00:00Z'));
  afterAll(() => setClock());

  it('places the trainers and puts one on the ready list, once', async () => {
    await seedTrainingDemo(env.handle.db);
    await seedExamDemo(env.handle.db);
    await seedCareersLevelsDemo(env.handle.db);
    const manager = await env.as('training');
    const all = okData<any[]>(await manager.get('/api/careers/levels/trainers'));
    expect(all).toHaveLength(4);
    expect(all.every((r) => r.level)).toBe(true);
    expect(all.map((r) => r.level.name).sort()).toEqual(['中级讲师', '中级讲师', '初级讲师', '初级讲师']);
    const ready = okData<any[]>(await manager.get('/api/careers/levels/trainers?readyOnly=true'));
    expect(ready).toHaveLength(1);
    expect(ready[0]).toMatchObject({ kind: 'internal', level: { name: '初级讲师' }, next: { name: '中级讲师' } });
    expect(ready[0].criteria.map((c: any) => [c.key, c.met, c.count > 0])).toEqual([
      ['hours', true, true],
      ['sessions', true, true],
      ['rating', true, true],
      ['passRate', true, true],
    ]);
    const detail = okData(await manager.get(`/api/careers/levels/trainers/${ready[0].trainerId}`));
    expect(detail.history).toHaveLength(1);
    const before = await env.handle.db.selectFrom('career_events').select('id').execute();
    expect(before.length).toBe(3);
    await seedCareersLevelsDemo(env.handle.db);
    expect(await env.handle.db.selectFrom('career_events').select('id').execute()).toHaveLength(3);
    // The trainer account sees its own row only.
    const trainer = await env.as('trainer');
    expect(okData<any[]>(await trainer.get('/api/careers/levels/trainers'))).toHaveLength(1);
  });
});
