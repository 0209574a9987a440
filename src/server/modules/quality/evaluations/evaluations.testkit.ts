import { expect } from 'vitest';
import { type useTestEnv } from '../../../test/harness.js';
import { employeeIdOf, idsInTeams } from '../../../test/helpers.js';
import { publishedForm } from '../forms/forms.testkit.js';

// The people and the published form the evaluation tests (evaluations*.test.ts) work with.

export type EvaluationIds = { agent: string; mentor: string; otherTeam: string; otherDept: string };

export async function evaluationsKit(env: ReturnType<typeof useTestEnv>) {
  const db = () => env.handle.db;
  const qa = await env.as('qa');
  const lead = await env.as('teamlead');
  const agent = await env.as('agent');
  const manager = await env.as('manager');
  const formId = (await publishedForm(qa)).id;
  const cs1 = await idsInTeams(db(), ['CS1-1']);
  const [cs12] = await idsInTeams(db(), ['CS1-2']);
  const [cs21] = await idsInTeams(db(), ['CS2-1']);
  const ids: EvaluationIds = {
    agent: await employeeIdOf(db(), 'agent'),
    mentor: await employeeIdOf(db(), 'mentor'),
    otherTeam: cs12,
    otherDept: cs21,
  };
  expect(cs1).toContain(ids.agent);
  return { qa, lead, agent, manager, formId, ids };
}
