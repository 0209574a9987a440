import type { PlanContentShape } from '../../../../common/appraisal-plans.js';
import type { TestEnv } from '../../../test/harness.js';
import { accountFor, addPerson, departmentIdOf } from '../../../test/helpers.js';
import { PLAN } from '../scoring/scoring.testkit.js';
import { newTeam, okData } from '../plans/plans.testkit.js';

// A team of its own for the cycle and sheet tests (so the demo's data does not reach the hand
// computations): a team lead and two agents who report to them, each with an account, in the
// demo's department CS1 (so the demo center manager sees them and the demo team lead does not),
// and a published plan over the team whose inbound set is easy to compute by hand:
//   qa 50 (linear 60 → 100), sales 30 (linear 0 → 10,000), lead_assessment 20 (manual, max 10).

export const HAND_PLAN = (teamId: string, name: string): PlanContentShape => ({
  ...structuredClone(PLAN),
  name,
  teams: [{ teamId, positionType: 'inbound' }],
  kpiSets: {
    inbound: [
      { code: 'qa', weight: 50, rule: { kind: 'linear', floor: 60, target: 100 } },
      { code: 'sales', weight: 30, rule: { kind: 'linear', floor: 0, target: 10000 } },
      { code: 'lead_assessment', weight: 20, rule: { kind: 'manual', max: 10 } },
    ],
  },
});

export async function appraisalTeam(env: TestEnv, tag: string) {
  const db = env.handle.db;
  const admin = await env.as('admin');
  const hr = await env.as('hr');
  const teamId = await newTeam(admin, await departmentIdOf(db, 'CS1'), `AP${tag}`);
  const lead = await addPerson(hr, db, { teamId, status: 'team_lead', name: '考核组长' });
  const a1 = await addPerson(hr, db, { teamId, supervisorId: lead, name: '考核坐席甲' });
  const a2 = await addPerson(hr, db, { teamId, supervisorId: lead, name: '考核坐席乙' });
  const u = (s: string) => `ap${tag.toLowerCase()}${s}`;
  const leadAcc = await accountFor(env, lead, ['team_lead'], u('lead'));
  const a1Acc = await accountFor(env, a1, ['agent'], u('a1'));
  const a2Acc = await accountFor(env, a2, ['agent'], u('a2'));
  const sign = (name: 'lead' | 'a1' | 'a2') => env.as(u(name), 'Changed2026x');
  void leadAcc;
  void a1Acc;
  void a2Acc;
  return { teamId, lead, a1, a2, sign };
}

/** Creates and publishes the hand plan over the team; returns the published version id. */
export async function handPlan(env: TestEnv, teamId: string, name: string) {
  const hr = await env.as('hr');
  const made = okData(await hr.post('/api/appraisal/plans', { name, content: HAND_PLAN(teamId, name) }));
  const published = okData(await hr.post(`/api/appraisal/plans/${made.id}/publish`, { revision: made.revision }));
  return published.publishedVersionId as string;
}
