import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { criterion, evaluationKit, theoryResult, trainees, type Kit } from '../evaluation/evaluation.testkit.js';
import { INTERVIEW, okData } from './elimination.testkit.js';
import { setClock } from '../../lib/clock.js';

// A case that keeps the trainee (an upheld appeal, or HR retaining) answers the facts it weighed:
// the criteria count again only from its close, so the same two exams cannot raise a new case and
// do not block certification for ever.
describe.each(DIALECTS)('criteria after a case that kept the trainee, on $name', (dialect) => {
  const env = useTestEnv(dialect);
  let kit: Kit;
  beforeAll(async () => {
    setClock();
    kit = await evaluationKit(env);
  }, 120_000);

  it('counts only the records after the case closed', async () => {
    const [a] = await trainees(env, 1, 'keptcase');
    await theoryResult(kit, a, 40);
    await theoryResult(kit, a, 50);
    const evaluate = async () => okData(await kit.training.get(`/api/evaluation/trainees/${a.employeeId}`));
    expect(criterion(await evaluate(), 'theory_fails').met).toBe(true);

    const id = okData(
      await kit.training.post('/api/elimination/cases', {
        employeeId: a.employeeId,
        criterion: 'theory_fails',
        summary: '理论考核连续两次不及格',
      }),
    ).id;
    okData(
      await kit.training.post(`/api/elimination/cases/${id}/interview`, {
        ...INTERVIEW,
        heldAt: new Date(Date.now() - 60_000).toISOString(),
      }),
    );
    okData(await kit.training.post(`/api/elimination/cases/${id}/notice`, {}));
    const appeal = okData(
      await a.client.post(`/api/elimination/cases/${id}/appeals`, { reason: '两次考试当天均在病中，附医院证明' }),
    ).id;
    const hr = await env.as('hr'); // HR has the final say: its upheld appeal closes the case
    okData(
      await hr.post(`/api/elimination/appeals/${appeal}/answer`, {
        outcome: 'upheld',
        answer: '核实属实，申诉成立，撤销淘汰',
      }),
    );
    expect(okData(await kit.training.get(`/api/elimination/cases/${id}`)).status).toBe('withdrawn');

    const after = criterion(await evaluate(), 'theory_fails');
    expect(after).toMatchObject({ met: false, atRisk: false, evidence: [] });
    await new Promise((r) => setTimeout(r, 5)); // a result strictly after the close
    await theoryResult(kit, a, 30);
    expect(criterion(await evaluate(), 'theory_fails')).toMatchObject({ met: false, atRisk: true });
  });
});
