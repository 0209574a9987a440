import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from './harness.js';
import { addPerson, expectError, today } from './helpers.js';
import { scoreSession } from '../modules/quality/feedback/feedback.testkit.js';
import { addInteractions, publishedForm } from '../modules/quality/forms/forms.testkit.js';

// Reads across the scope limits (SPEC §1; issue 17 item 7), each role in turn:
//  - a record the role may not see answers 404 NOT_FOUND, word for word the answer for an id that
//    does not exist, so the answer never says the record is there;
//  - a role without the permission at all still gets 403 (that says nothing about a record);
//  - the department tree shows each role only the departments and teams it may see.
// The target is a person HR adds to a department of their own, so no demo relation reaches them.

const ACCOUNTS = [
  'admin',
  'hr',
  'training',
  'trainer',
  'mentor',
  'teamlead',
  'qa',
  'manager',
  'agent',
  'trainee',
] as const;
type Account = (typeof ACCOUNTS)[number];
const SEES_EVERYONE: Account[] = ['admin', 'hr', 'training'];
const SEES_WHOLE_ORG: Account[] = ['admin', 'hr', 'training', 'trainer', 'qa'];

type Dept = { id: string; code: string; headcount: number; teams: { id: string; code: string; headcount: number }[] };

describe.each(DIALECTS)('out-of-scope records on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  const clients = {} as Record<Account, Client>;
  let person: string;
  let interaction: string;
  let evaluation: string;

  beforeAll(async () => {
    for (const a of ACCOUNTS) clients[a] = await env.as(a);
    const hr = clients.hr;
    const dept = (await hr.post('/api/departments', { code: 'SCOPE', name: '范围测试处' })).body.data.id;
    const team = (await hr.post('/api/teams', { departmentId: dept, code: 'SCOPE-1', name: '范围测试组' })).body.data
      .id;
    person = await addPerson(hr, db(), { teamId: team });
    [interaction] = await addInteractions(db(), person, '2026-11-18', 1);
    evaluation = await scoreSession(clients.admin, (await publishedForm(clients.admin)).id, person, today());
  }, 60_000);

  const READS: Record<string, (id: string) => string> = {
    'a person': (id) => `/api/employees/${id}`,
    'a training record': (id) => `/api/training/records/${id}`,
    'an agent’s daily KPIs': (id) => `/api/kpis/agents/${id}/daily?from=2026-11-01&to=2026-11-30`,
    'an agent’s interactions': (id) => `/api/interactions?agentId=${id}&date=2026-11-18`,
    'an agent’s QA scores': (id) => `/api/quality/agent-scores?agentId=${id}`,
  };

  it.each(Object.keys(READS))(
    'answers 404 for %s out of scope, as for none, and 200 to those who see everyone',
    async (name) => {
      const url = READS[name];
      for (const account of ACCOUNTS) {
        const res = await clients[account].get(url(person));
        if (SEES_EVERYONE.includes(account)) {
          expect(res.status, `${account}: ${res.raw.slice(0, 200)}`).toBe(200);
          continue;
        }
        expectError(res, 404, 'NOT_FOUND');
        expect(res.body.data, account).toBeUndefined();
        const none = await clients[account].get(url('no-such-person'));
        expect([account, none.status, none.body.errorMessage]).toEqual([account, 404, res.body.errorMessage]);
      }
    },
  );

  it('answers 404 for an interaction and an evaluation out of scope, as for none', async () => {
    for (const account of ACCOUNTS) {
      for (const [url, missing] of [
        [`/api/interactions/${interaction}`, '/api/interactions/no-such-call'],
        [`/api/quality/evaluations/${evaluation}`, '/api/quality/evaluations/no-such-evaluation'],
      ]) {
        const res = await clients[account].get(url);
        if (SEES_EVERYONE.includes(account)) {
          expect(res.status, `${account} ${url}`).toBe(200);
          continue;
        }
        expectError(res, 404, 'NOT_FOUND');
        expect((await clients[account].get(missing)).body.errorMessage, `${account} ${url}`).toBe(
          res.body.errorMessage,
        );
      }
      // Acting on it: the same 404, not a 403 that would confirm it exists.
      if (!SEES_EVERYONE.includes(account)) {
        expectError(
          await clients[account].post(`/api/quality/evaluations/${evaluation}/acknowledge`),
          404,
          'NOT_FOUND',
        );
      }
    }
  });

  it('keeps 403 for a role without the permission, whatever the record', async () => {
    for (const account of ['agent', 'trainee', 'qa', 'trainer'] as const) {
      for (const id of [person, 'no-such-person']) {
        expectError(await clients[account].get(`/api/evaluation/trainees/${id}`), 403, 'FORBIDDEN');
        expectError(
          await clients[account].patch(`/api/employees/${id}`, { name: '越权', version: 1 }),
          403,
          'FORBIDDEN',
        );
      }
    }
    // A team lead and a center manager may read evaluations, but not of this person: 404.
    for (const account of ['teamlead', 'manager'] as const)
      expectError(await clients[account].get(`/api/evaluation/trainees/${person}`), 404, 'NOT_FOUND');
  });

  it('shows each role only the departments and teams it may see', async () => {
    const places = await db()
      .selectFrom('users as u')
      .innerJoin('employees as e', 'e.id', 'u.employee_id')
      .innerJoin('teams as t', 't.id', 'e.team_id')
      .innerJoin('departments as d', 'd.id', 't.department_id')
      .select(['u.username', 't.code as team', 'd.code as dept'])
      .execute();
    const place = Object.fromEntries(places.map((p) => [p.username, p]));
    const all = (await clients.hr.get('/api/departments')).body.data as Dept[];
    expect(all.map((d) => d.code)).toContain('SCOPE');
    const teamsOf = (deps: Dept[]) => deps.flatMap((d) => d.teams.map((t) => t.code)).sort();
    for (const account of ACCOUNTS) {
      const deps = (await clients[account].get('/api/departments')).body.data as Dept[];
      if (SEES_WHOLE_ORG.includes(account)) {
        expect(deps, account).toEqual(all);
        continue;
      }
      const own = place[account];
      if (account === 'manager') {
        expect(
          deps.map((d) => d.code),
          account,
        ).toEqual([own.dept]);
        expect(deps[0], account).toEqual(all.find((d) => d.code === own.dept));
      } else {
        // Team lead, mentor, agent, trainee: their own team, under its department, with only its headcount.
        expect(teamsOf(deps), account).toEqual([own.team]);
        const team = all.flatMap((d) => d.teams).find((t) => t.code === own.team)!;
        expect(deps[0], account).toMatchObject({ code: own.dept, headcount: team.headcount, teams: [team] });
      }
    }
  });
});
