import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf, userIdOf } from '../../../test/helpers.js';
import { addInteractions, answers, okData, publishedForm } from '../forms/forms.testkit.js';

// Calibration, role × action (issue 17 "what it must prove"; SPEC §1, §8), for every demo role:
// who may start a session, who scores one, who reads the report, and whose names and scores they
// see in it. qa and teamlead are the invited evaluators; manager facilitates. The privacy of the
// 'own' view in detail (no id, no name of a colleague) is in calibration.privacy.test.ts.
type Row = { create: number; score: number; report: number; view?: 'full' | 'own' };
const MATRIX: Record<string, Row> = {
  admin: { create: 200, score: 403, report: 200, view: 'full' }, // a QA lead who was not invited: reads all, scores none
  manager: { create: 200, score: 403, report: 200, view: 'full' }, // QA lead and facilitator
  hr: { create: 403, score: 403, report: 200, view: 'full' },
  qa: { create: 403, score: 200, report: 200, view: 'own' },
  teamlead: { create: 403, score: 200, report: 200, view: 'own' },
  training: { create: 403, score: 403, report: 403 },
  trainer: { create: 403, score: 403, report: 403 },
  mentor: { create: 403, score: 403, report: 403 },
  agent: { create: 403, score: 403, report: 403 },
  trainee: { create: 403, score: 403, report: 403 },
};

describe.each(DIALECTS)('calibration role × action on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let lead: Client;
  let formId: string;
  let closed: string;
  let open: string;
  let calls: string[];
  let invited: Record<'qa' | 'teamlead', { id: string; name: string }>;

  beforeAll(async () => {
    lead = await env.as('manager');
    const person = async (u: string) => {
      const id = await userIdOf(db(), u);
      return {
        id,
        name: (await db().selectFrom('users').select('display_name').where('id', '=', id).executeTakeFirstOrThrow())
          .display_name,
      };
    };
    invited = { qa: await person('qa'), teamlead: await person('teamlead') };
    formId = (await publishedForm(lead)).id;
    calls = await addInteractions(db(), await employeeIdOf(db(), 'agent'), '2026-11-18', 2);
    const body = { formId, interactionIds: calls, evaluatorUserIds: [invited.qa.id, invited.teamlead.id] };
    closed = okData(await lead.post('/api/quality/calibrations', { ...body, title: '矩阵-已结束' })).id;
    for (const [u, over] of [
      ['qa', {}],
      ['teamlead', { greet: 0 }],
    ] as const) {
      const c = await env.as(u);
      for (const interactionId of calls)
        okData(await c.post(`/api/quality/calibrations/${closed}/scores`, { interactionId, answers: answers(over) }));
    }
    okData(await lead.post(`/api/quality/calibrations/${closed}/close`));
    for (const interactionId of calls)
      okData(await lead.put(`/api/quality/calibrations/${closed}/consensus`, { interactionId, answers: answers() }));
    open = okData(await lead.post('/api/quality/calibrations', { ...body, title: '矩阵-进行中' })).id;
  });

  it.each(Object.entries(MATRIX))('%s', async (username, want) => {
    const c = await env.as(username);
    const create = await c.post('/api/quality/calibrations', {
      title: `矩阵-${username}`,
      formId,
      interactionIds: calls,
      evaluatorUserIds: [invited.qa.id, invited.teamlead.id],
    });
    expect(create.status, `${username} creates`).toBe(want.create);
    const score = await c.post(`/api/quality/calibrations/${open}/scores`, {
      interactionId: calls[0],
      answers: answers(),
    });
    expect(score.status, `${username} scores`).toBe(want.score);

    const res = await c.get(`/api/quality/calibrations/${closed}/report`);
    expect(res.status, `${username} reads the report`).toBe(want.report);
    if (want.report !== 200) return;
    const report = res.body.data;
    expect(report.view).toBe(want.view);
    // Everyone who reads it gets the consensus and the agreement figures.
    expect(report.interactions.map((i: { consensusScore: number }) => i.consensusScore)).toEqual([100, 100]);
    expect(report.agreement.kinds.length).toBeGreaterThan(0);
    const named = report.evaluators.map((e: { name: string }) => e.name).sort();
    if (want.view === 'full') {
      expect(named).toEqual([invited.qa.name, invited.teamlead.name].sort());
      for (const it of report.interactions) expect(it.evaluators).toHaveLength(2);
    } else {
      // A participant: their own score and deviation only; the colleague's name and id appear nowhere.
      const self = invited[username as 'qa' | 'teamlead'];
      const other = invited[username === 'qa' ? 'teamlead' : 'qa'];
      expect(named).toEqual([self.name]);
      expect(report.evaluators[0]).toMatchObject({ userId: self.id, meanDeviation: username === 'qa' ? 0 : -10 });
      expect(res.raw).not.toContain(other.id);
      expect(res.raw).not.toContain(other.name);
    }
  });
});
