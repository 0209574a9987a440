import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { employeeIdOf, expectError, userIdOf } from '../../../test/helpers.js';
import { addEvaluators } from './calibration.testkit.js';
import { addInteractions, answers, okData, publishedForm } from '../forms/forms.testkit.js';

// Who sees whose calibration results (SPEC §1, §8; issue 17 item 2), role × view, through the
// JSON the API sends (not what a page happens to show):
//  - an invited evaluator: their own scores and deviation, the consensus, the anonymous spread and
//    agreement — no colleague's name, user id or score anywhere in the report;
//  - QA leads (center manager, admin), HR and the facilitator: everyone by name;
//  - an evaluator not invited: 404, as for a session that does not exist;
//  - a role with no part in calibration (agent, trainer): 403, whether the session exists or not.
describe.each(DIALECTS)('calibration privacy on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let lead: Client;
  let id: string;
  let ids: Record<string, string>;
  let names: Record<string, string>;

  beforeAll(async () => {
    lead = await env.as('manager');
    ids = {
      ...(await addEvaluators(db(), ['privqa2', 'privqa3'])),
      qa: await userIdOf(db(), 'qa'),
      teamlead: await userIdOf(db(), 'teamlead'),
    };
    const users = await db()
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('id', 'in', Object.values(ids))
      .execute();
    names = Object.fromEntries(users.map((u) => [u.id, u.display_name]));
    const formId = (await publishedForm(lead)).id;
    const interactions = await addInteractions(db(), await employeeIdOf(db(), 'agent'), '2026-11-18', 2);
    id = okData(
      await lead.post('/api/quality/calibrations', {
        title: '隐私校准',
        formId,
        interactionIds: interactions,
        evaluatorUserIds: [ids.qa, ids.privqa2, ids.teamlead],
      }),
    ).id;
    const scorers: [string, Record<string, number | null>][] = [
      ['qa', {}],
      ['privqa2', { need: 3 }],
      ['teamlead', { greet: 0 }],
    ];
    for (const [username, over] of scorers) {
      const c = await env.as(username);
      for (const interactionId of interactions)
        okData(await c.post(`/api/quality/calibrations/${id}/scores`, { interactionId, answers: answers(over) }));
    }
    okData(await lead.post(`/api/quality/calibrations/${id}/close`));
    for (const interactionId of interactions)
      okData(
        await lead.put(`/api/quality/calibrations/${id}/consensus`, { interactionId, answers: answers({ need: 4 }) }),
      );
  });

  const others = (self: string) => [ids.qa, ids.privqa2, ids.teamlead].filter((u) => u !== self);

  it('gives an invited evaluator their own results, the consensus and anonymous aggregates only', async () => {
    for (const username of ['qa', 'privqa2', 'teamlead']) {
      const self = ids[username];
      const c = await env.as(username);
      const res = await c.get(`/api/quality/calibrations/${id}/report`);
      const report = okData(res);
      expect(report.view, username).toBe('own');
      // Not a colleague's user id or name anywhere in the JSON.
      for (const other of others(self)) {
        expect(res.raw, `${username} sees ${other}`).not.toContain(other);
        expect(res.raw, `${username} sees ${names[other]}`).not.toContain(names[other]);
      }
      expect(report.evaluators).toHaveLength(1);
      expect(report.evaluators[0]).toMatchObject({ userId: self, name: names[self], scored: 2 });
      for (const it of report.interactions) {
        expect(it.evaluators.map((e: { userId: string }) => e.userId)).toEqual([self]);
        expect(it.consensusScore).toBe(96);
        // The spread over all three evaluators stays, without names.
        expect(it.scoreMin).toBe(90);
        expect(it.scoreMax).toBe(100);
        for (const item of it.items) expect(item.deviations.map((d: { userId: string }) => d.userId)).toEqual([self]);
      }
      expect(report.agreement.kinds.find((k: { kind: string }) => k.kind === 'yes_no').n).toBe(8);
      // The session itself: only one's own scores, even after close.
      const detail = okData(await c.get(`/api/quality/calibrations/${id}`));
      expect(detail.view).toBe('own');
      expect(detail.scores.map((s: { userId: string }) => s.userId)).toEqual([self, self]);
      expect(detail.consensus).toHaveLength(2);
    }
    // Own deviation: privqa2 scored need 3 (−4 against the consensus's 4), qa +4, teamlead −6.
    const own = async (username: string) =>
      okData(await (await env.as(username)).get(`/api/quality/calibrations/${id}/report`)).evaluators[0];
    expect(await own('privqa2')).toMatchObject({ meanDeviation: -4, outside: false });
    expect(await own('qa')).toMatchObject({ meanDeviation: 4, outside: false });
    expect(await own('teamlead')).toMatchObject({ meanDeviation: -6, outside: true });
  });

  it('shows QA leads, administrators, HR and the facilitator every evaluator by name', async () => {
    for (const username of ['manager', 'admin', 'hr']) {
      const c = await env.as(username);
      const report = okData(await c.get(`/api/quality/calibrations/${id}/report`));
      expect(report.view, username).toBe('full');
      expect(
        Object.fromEntries(report.evaluators.map((e: { userId: string; name: string }) => [e.userId, e.name])),
      ).toEqual({
        [ids.qa]: names[ids.qa],
        [ids.privqa2]: names[ids.privqa2],
        [ids.teamlead]: names[ids.teamlead],
      });
      for (const it of report.interactions) expect(it.evaluators).toHaveLength(3);
      const detail = okData(await c.get(`/api/quality/calibrations/${id}`));
      expect(detail.view).toBe('full');
      expect(detail.scores).toHaveLength(6);
    }
  });

  it('answers 404 to an evaluator who is not in the session and 403 to a role outside calibration', async () => {
    const outsider = await env.as('privqa3');
    for (const url of [
      `/api/quality/calibrations/${id}`,
      `/api/quality/calibrations/${id}/report`,
      '/api/quality/calibrations/no-such-session',
      '/api/quality/calibrations/no-such-session/report',
    ]) {
      expectError(await outsider.get(url), 404, 'NOT_FOUND');
    }
    expectError(
      await outsider.post(`/api/quality/calibrations/${id}/scores`, { interactionId: 'x', answers: answers() }),
      404,
      'NOT_FOUND',
    );
    expect(okData(await outsider.get('/api/quality/calibrations'))).toEqual([]);
    // The same answer for a session that exists and one that does not: nothing to learn.
    for (const username of ['agent', 'trainee', 'trainer', 'mentor']) {
      const c = await env.as(username);
      for (const sid of [id, 'no-such-session']) {
        expectError(await c.get(`/api/quality/calibrations/${sid}`), 403, 'FORBIDDEN');
        expectError(await c.get(`/api/quality/calibrations/${sid}/report`), 403, 'FORBIDDEN');
      }
      expectError(await c.get('/api/quality/calibrations'), 403, 'FORBIDDEN');
    }
  });
});
