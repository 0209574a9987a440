import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CASE_TRAINEE_NO, seedEvaluationDemo } from '../../demo/evaluation.js';
import { seedExamDemo } from '../../demo/exams.js';
import { seedTrainingDemo } from '../../demo/training.js';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { okData } from '../training/shared/training.testkit.js';

// The evaluation demo (issue 5): on top of the training and exams demos, one trainee clearly at
// risk (one failed quiz after passing everything else) and one who meets criterion 1 (two failed
// quizzes in a row) for the elimination demo's case, by DEMO_CASE_TRAINEE_NO — and nobody else
// on the list. The harness loads only the people; the module demos are loaded here, in order.

describe.each(DIALECTS)('evaluation demo data on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let picked: { caseTraineeNo: string; atRiskNo: string } | null;

  beforeAll(async () => {
    await seedTrainingDemo(env.handle.db);
    await seedExamDemo(env.handle.db);
    picked = await seedEvaluationDemo(env.handle.db);
  }, 120_000);

  it('shows the case trainee meeting criterion 1 and one trainee at risk on the training manager’s list', async () => {
    expect(picked).toMatchObject({ caseTraineeNo: DEMO_CASE_TRAINEE_NO });
    const res = await (await env.as('training')).get('/api/evaluation/at-risk?pageSize=200');
    const list = okData<any[]>(res);
    // Exactly these two: everyone else — the `trainee` sign-in included — neither meets nor is
    // one step from any criterion (the exams and training demos keep them clear).
    expect(list.map((r) => r.employeeNo).sort()).toEqual([DEMO_CASE_TRAINEE_NO, picked!.atRiskNo].sort());
    expect(res.body.total).toBe(2);
    const byNo = new Map(list.map((r) => [r.employeeNo, r]));
    const theCase = byNo.get(DEMO_CASE_TRAINEE_NO);
    expect(theCase.criteria.find((c: any) => c.code === 'theory_fails')).toMatchObject({ met: true });
    const atRisk = byNo.get(picked!.atRiskNo);
    expect(atRisk).toMatchObject({ met: false, atRisk: true });
    expect(atRisk.criteria.map((c: any) => [c.code, c.met, c.atRisk])).toEqual([['theory_fails', false, true]]);
    const detail = okData(await (await env.as('training')).get(`/api/evaluation/trainees/${theCase.employeeId}`));
    // The run is the two quizzes: the first-week exam before them was passed.
    expect(detail.criteria[0].evidence.map((e: any) => e.title)).toEqual(['第二周产品知识小测', '第二周服务规范小测']);
    expect(detail.criteria.filter((c: any) => c.met || c.atRisk).map((c: any) => c.code)).toEqual(['theory_fails']);
    // The `trainee` sign-in sees an ordinary record of their own.
    const mine = okData(await (await env.as('trainee')).get('/api/evaluation/me'));
    expect(mine.criteria.map((c: any) => [c.code, c.met, c.atRisk])).toEqual([
      ['theory_fails', false, false],
      ['practical_fails', false, false],
      ['daily_below', false, false],
      ['attendance_breaches', false, false],
    ]);
  });
});
