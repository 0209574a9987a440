import type { TestEnv } from '../../../test/harness.js';
import { accountFor, employeeIdOf, idsInTeams } from '../../../test/helpers.js';

// The people the routines tests work with: the demo lead (team CS1-1) and a second lead made for
// the neighbouring team CS1-2, each with the members of their team.
export async function routinesKit(env: TestEnv) {
  const db = env.handle.db;
  const leadId = await employeeIdOf(db, 'teamlead');
  const team = (await idsInTeams(db, ['CS1-1'])).filter((id) => id !== leadId);
  const [lead2Id, ...team2] = await idsInTeams(db, ['CS1-2']);
  const lead2 = (await accountFor(env, lead2Id, ['team_lead'], 'routinelead2')).client;
  return {
    lead: await env.as('teamlead'),
    lead2,
    agent: await env.as('agent'),
    manager: await env.as('manager'),
    qa: await env.as('qa'),
    leadId,
    lead2Id,
    team,
    team2,
  };
}
