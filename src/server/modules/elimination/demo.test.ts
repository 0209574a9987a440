import { beforeAll, describe, expect, it } from 'vitest';
import { seedEliminationDemo } from '../../demo/elimination.js';
import { DEMO_CASE_TRAINEE_NO, seedEvaluationDemo } from '../../demo/evaluation.js';
import { seedExamDemo } from '../../demo/exams.js';
import { seedTrainingDemo } from '../../demo/training.js';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { okData } from './elimination.testkit.js';

// The demo (issue 5): one case in its notice period — the trainee who meets criterion 1, listed,
// interviewed, and the notice still open so an appeal can be tried.

describe.each(DIALECTS)('elimination demo data on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let caseId: string | null;

  beforeAll(async () => {
    await seedTrainingDemo(db());
    await seedExamDemo(db());
    await seedEvaluationDemo(db());
    caseId = await seedEliminationDemo(db());
    expect(await seedEliminationDemo(db())).toBeNull(); // loaded once
  }, 120_000);

  it('has one case in its notice period for the trainee who meets criterion 1, with its evidence', async () => {
    expect(caseId).toBeTruthy();
    const training = await env.as('training');
    const list = await training.get('/api/elimination/cases?status=open');
    expect(list.body.total).toBe(1);
    const c = okData(await training.get(`/api/elimination/cases/${caseId}`));
    expect(c).toMatchObject({
      status: 'notice',
      criterion: 'theory_fails',
      employee: { employeeNo: DEMO_CASE_TRAINEE_NO },
      notice: { state: 'open' },
      nextStep: 'decision',
    });
    expect(c.evidence.items.length).toBeGreaterThanOrEqual(2);
    expect(c.evidence.items.every((e: any) => e.score < 60)).toBe(true);
    expect(c.steps.map((s: any) => s.kind)).toEqual(['listed', 'interview', 'notice']);
    expect(c.notice.publishedOn <= new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)).toBe(true);
    // HR sees it too and was told; the decision must wait for the notice.
    const hr = await env.as('hr');
    expect(okData(await hr.get(`/api/elimination/cases/${caseId}`)).can.decide).toBe(false);
    // Each step settles the case's earlier notices (issue 26): HR still has the notice's one unread.
    expect(okData(await hr.get('/api/notifications/unread-count')).count).toBeGreaterThanOrEqual(1);
  });
});
