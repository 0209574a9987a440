import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '../../lib/clock.js';
import { DIALECTS, useTestEnv, type Client } from '../../test/harness.js';
import { accountFor, employeeIdOf, idsInTeams, userIdOf } from '../../test/helpers.js';
import { addEvaluators } from './calibration/calibration.testkit.js';
import { scoreSession } from './feedback/feedback.testkit.js';
import { addInteractions, answers, okData, publishedForm } from './forms/forms.testkit.js';
import { clearQualityWork, openSamplesFor } from './work/work.testkit.js';

// The quality module's work on the home page (issue 26): an evaluator's sample queue against the
// quota, feedback to give by its working-day deadline and calibration to score; a lead's disputes
// to decide (their own agents' only); an agent's feedback to acknowledge and dispute answers to
// read — each gone, with the bell's notice pointing at it read, once done through the module.
//
// Clock: Monday 16 November 2026 and Wednesday 18 November, 10:00 in the center (UTC+8).
// Feedback on an individual error is due 1 working day after scoring (Mon → Tue 17, Wed → Thu 19);
// the dispute window is 3 working days after feedback is given (Wed 18 → Mon 23).

type Line = { key: string; kind: string; menu: string; due: string | null; link: string; overdueDays: number };
const quality = async (c: Client) => {
  const body = okData<{ items: Line[]; counts: Record<string, number> }>(await c.get('/api/home/work'));
  return { items: body.items.filter((l) => l.kind.startsWith('quality')), counts: body.counts };
};
const keys = async (c: Client) => (await quality(c)).items.map((l) => l.key);

describe.each(DIALECTS)('quality work on the home page on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let formId: string;
  let ids: Record<string, string>;
  let evs: Record<string, string>;
  let session: string;
  let calls: string[];
  let samples: { id: string; interactionId: string }[];
  let other: Client;
  const unread = (userId: string, link: string) =>
    db()
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', userId)
      .where('link', '=', link)
      .where('read_at', 'is', null)
      .execute()
      .then((r) => r.length);

  beforeAll(async () => {
    setClock('2026-11-16T02:00:00Z');
    await clearQualityWork(db());
    const evaluators = await addEvaluators(db(), ['wkqa2']);
    const [otherAgent] = await idsInTeams(db(), ['CS1-2']);
    ids = {
      agent: await employeeIdOf(db(), 'agent'),
      agentUser: await userIdOf(db(), 'agent'),
      leadUser: await userIdOf(db(), 'teamlead'),
      qa: await userIdOf(db(), 'qa'),
      qa2: evaluators.wkqa2,
      other: otherAgent,
    };
    other = (await accountFor(env, otherAgent, ['agent'], 'wkother')).client;
    formId = (await publishedForm(await env.as('qa'))).id;
    calls = await addInteractions(db(), ids.agent, '2026-11-13', 2);
    evs = { monday: await scoreSession(await env.as('qa'), formId, ids.agent, '2026-11-16', { greet: 0 }) };
  });
  afterAll(() => setClock());

  it("lists an evaluator's own queue, calibration and feedback by due day, and none of another evaluator's", async () => {
    setClock('2026-11-18T02:00:00Z');
    samples = await openSamplesFor(db(), ids.qa, ids.agent, '2026-11-17', 3, { sideBySide: 2 });
    const manager = await env.as('manager');
    session = okData(
      await manager.post('/api/quality/calibrations', {
        title: '周三校准',
        formId,
        interactionIds: calls,
        evaluatorUserIds: [ids.qa, ids.qa2],
        day: '2026-11-18',
      }),
    ).id;
    const qa = await env.as('qa');
    evs.otherByQa2 = await scoreSession(await env.as('wkqa2'), formId, ids.other, '2026-11-18');

    let mine = await quality(qa);
    expect(mine.items.map((l) => [l.kind, l.due, l.link, l.menu, l.overdueDays])).toEqual([
      ['qualityFeedbackDue', '2026-11-17', `/quality/evaluations/${evs.monday}`, 'quality-feedback', 1],
      ['qualityCalibration', '2026-11-18', `/quality/calibrations/${session}`, 'quality-calibrations', 0],
      ['qualitySampleQueue', '2026-11-18', '/quality/queue', 'quality-queue', 0],
    ]);
    expect(mine.counts).toMatchObject({ 'quality-feedback': 1, 'quality-calibrations': 1, 'quality-queue': 1 });
    expect(
      okData(await qa.get('/api/home/work')).items.find((l: Line) => l.kind === 'qualitySampleQueue').params,
    ).toEqual({ done: 0, quota: 2, open: 3 });

    // Two samples scored today meet the quota of 2: the queue line goes though one sample waits.
    for (const [name, sample] of [
      ['first', samples[0]],
      ['second', samples[1]],
    ] as const) {
      const res = await qa.post('/api/quality/evaluations', {
        formId,
        method: 'side_by_side',
        agentId: ids.agent,
        day: '2026-11-18',
        sampleId: sample.id,
        interactionId: sample.interactionId,
        answers: answers({ need: 3 }),
        suggestion: { kind: 'retraining', note: '复训' },
      });
      evs[name] = okData(res).id;
    }
    mine = await quality(qa);
    expect(mine.items.map((l) => l.key)).toEqual([
      `qualityFeedbackDue:${evs.monday}`,
      `qualityCalibration:${session}`,
      ...[`qualityFeedbackDue:${evs.first}`, `qualityFeedbackDue:${evs.second}`].sort(),
    ]);
    expect(mine.items.at(-1)!.due).toBe('2026-11-19');
    expect(mine.counts['quality-queue']).toBeUndefined();
    expect(await keys(await env.as('wkqa2'))).toContain(`qualityFeedbackDue:${evs.otherByQa2}`);
  });

  it('clears calibration once every call is scored, only for that evaluator, with their invitation read', async () => {
    const qa = await env.as('qa');
    const link = `/quality/calibrations/${session}`;
    expect(await unread(ids.qa, link)).toBe(1);
    for (const interactionId of calls)
      okData(await qa.post(`/api/quality/calibrations/${session}/scores`, { interactionId, answers: answers() }));
    expect(await keys(qa)).not.toContain(`qualityCalibration:${session}`);
    expect(await unread(ids.qa, link)).toBe(0);
    expect(await keys(await env.as('wkqa2'))).toContain(`qualityCalibration:${session}`);
    expect(await unread(ids.qa2, link)).toBe(1);
  });

  it("moves feedback from the evaluator's list to the agent's, until the agent acknowledges it", async () => {
    const [qa, agent] = [await env.as('qa'), await env.as('agent')];
    const link = `/quality/evaluations/${evs.monday}`;
    expect(await keys(agent)).toEqual([]);
    okData(
      await qa.post(`${link.replace('/quality', '/api/quality')}/feedback`, { mode: 'one_to_one', notes: '开场白' }),
    );
    expect(await keys(qa)).not.toContain(`qualityFeedbackDue:${evs.monday}`);
    expect((await quality(agent)).items.map((l) => [l.key, l.due, l.link, l.menu])).toEqual([
      [`qualityFeedbackAck:${evs.monday}`, '2026-11-23', link, 'quality-my-evaluations'],
    ]);
    expect(await keys(other)).toEqual([]);
    expect(await unread(ids.agentUser, link)).toBe(1);
    okData(await agent.post(`/api/quality/evaluations/${evs.monday}/acknowledge`));
    expect(await keys(agent)).toEqual([]);
    expect(await unread(ids.agentUser, link)).toBe(0);
  });

  it("lists a dispute for the agent's own lead only, then its answer for the agent until they open it", async () => {
    const [agent, lead] = [await env.as('agent'), await env.as('teamlead')];
    const mine = okData(
      await agent.post(`/api/quality/evaluations/${evs.first}/disputes`, { scope: 'whole', reason: '需求已确认' }),
    ).id;
    okData(
      await other.post(`/api/quality/evaluations/${evs.otherByQa2}/disputes`, { scope: 'whole', reason: '不认同' }),
    );
    const link = `/quality/disputes/${mine}`;
    const listed = await quality(lead);
    expect(listed.items.map((l) => [l.key, l.due, l.link, l.menu])).toEqual([
      [`qualityDispute:${mine}`, null, link, 'quality-disputes'],
    ]);
    expect(listed.counts['quality-disputes']).toBe(1);
    expect(await unread(ids.leadUser, link)).toBe(1);

    okData(await lead.post(`/api/quality/disputes/${mine}/decision`, { items: [], note: '维持原判' }));
    expect(await keys(lead)).toEqual([]);
    expect(await unread(ids.leadUser, link)).toBe(0);
    expect((await quality(agent)).items.map((l) => [l.key, l.link, l.menu])).toEqual([
      [`qualityDisputeAnswer:${mine}`, link, 'quality-disputes'],
    ]);
    okData(await agent.get(`/api/quality/disputes/${mine}`));
    expect(await keys(agent)).toEqual([]);
    expect(await unread(ids.agentUser, link)).toBe(0);
  });
});
