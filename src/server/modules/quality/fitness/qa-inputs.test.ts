import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from '../../../test/harness.js';
import { daysFromToday, employeeIdOf, idsInTeams } from '../../../test/helpers.js';
import { nowIso } from '../../../lib/clock.js';
import { addEvaluators } from '../calibration/calibration.testkit.js';
import { applyFinalResult } from '../evaluations/evaluations.service.js';
import { answers, okData, publishedForm } from '../forms/forms.testkit.js';
import { qaScoreInputs } from './qa-inputs.js';

// qaScoreInputs, the read issue 18's appraisal takes from quality monitoring: the person's
// evaluations in [from, to] with their final result (a dispute decision counts, the original does
// not), without those of a suspension's window until re-reviewed — also when a mark is missing.
describe.each(DIALECTS)('qaScoreInputs on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  let formId: string;
  let agentId: string;
  let otherId: string;
  let users: Record<string, string>;
  let one: Client;
  let two: Client;

  beforeAll(async () => {
    formId = (await publishedForm(await env.as('manager'))).id;
    agentId = await employeeIdOf(db(), 'agent');
    otherId = (await idsInTeams(db(), ['CS1-2']))[0];
    users = await addEvaluators(db(), ['inqa1', 'inqa2']);
    [one, two] = await Promise.all([env.as('inqa1'), env.as('inqa2')]);
  });
  const score = async (c: Client, day: string, agent = agentId, over: Record<string, number | null> = {}) =>
    okData(
      await c.post('/api/quality/evaluations', {
        formId,
        method: 'side_by_side',
        agentId: agent,
        day,
        answers: answers(over),
      }),
    ).id as string;

  it('takes final results in the range, and leaves out a suspended evaluator’s window even without marks', async () => {
    const early = await score(one, daysFromToday(-20));
    const inWindow = await score(one, daysFromToday(-5));
    const disputed = await score(two, daysFromToday(-4));
    const outOfRange = await score(two, daysFromToday(-40));
    await score(two, daysFromToday(-4), otherId); // another person's
    await applyFinalResult(
      db(),
      disputed,
      { greet: { value: 0 } },
      { userId: users.inqa2, name: 'x' },
      'dispute decided',
    );

    const range = () => qaScoreInputs(db(), agentId, daysFromToday(-30), daysFromToday(0));
    const got = await range();
    expect(got.map((i) => i.evaluationId).sort()).toEqual([early, inWindow, disputed].sort());
    expect(got.find((i) => i.evaluationId === disputed)).toMatchObject({
      finalScore: 90,
      passed: true,
      reviewed: null,
    });
    expect(got.map((i) => i.evaluationId)).not.toContain(outOfRange);

    // A suspension of inqa1 covering the last 10 days, with no mark written: the window's evaluation still leaves.
    const at = nowIso();
    await db()
      .insertInto('qa_evaluator_fitness_flags')
      .values({
        id: 'flag-net',
        user_id: users.inqa1,
        state: 'suspended',
        mean_deviation: 9,
        calibrations: 3,
        window_from: daysFromToday(-10),
        window_to: daysFromToday(0),
        suspended_at: at,
        suspended_by: users.inqa2,
        suspend_reason: 'test',
        marked_from: daysFromToday(-10),
        marked_to: daysFromToday(0),
        reinstated_at: null,
        reinstated_by: null,
        reinstate_reason: null,
        recalibration_session_id: null,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    expect((await range()).map((i) => i.evaluationId).sort()).toEqual([early, disputed].sort());
    // Confirmed by a lead, it counts again.
    await db()
      .insertInto('qa_evaluation_fitness_marks')
      .values({
        evaluation_id: inWindow,
        flag_id: 'flag-net',
        state: 'confirmed',
        reviewed_by: users.inqa2,
        reviewed_at: at,
        review_reason: 'ok',
        created_at: at,
      })
      .execute();
    expect((await range()).find((i) => i.evaluationId === inWindow)).toMatchObject({ reviewed: 'confirmed' });
  });
});
