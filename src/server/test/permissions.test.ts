import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from './harness.js';
import { dbFingerprint, employeeRow, expectError, idsInTeams, teamIdOf, today } from './helpers.js';
import { evaluationKit, theoryResult, trainees } from '../modules/evaluation/evaluation.testkit.js';
import { day } from '../modules/training/training.testkit.js';

// Every write (and every administrator-only read) answers 403 to a role without the
// permission, and writes nothing. The expected roles are written out here on purpose rather
// than read from common/permissions.ts, so a loosened table fails this test.

const ACCOUNTS = ['admin', 'hr', 'training', 'trainer', 'mentor', 'teamlead', 'qa', 'manager', 'agent', 'trainee'] as const;
type Account = (typeof ACCOUNTS)[number];
const ORG_AND_PEOPLE: Account[] = ['hr', 'admin'];
const ADMIN_ONLY: Account[] = ['admin'];
const CERTIFY: Account[] = ['training', 'hr', 'admin']; // evaluation.certify

interface Target { dept: string; emptyDept: string; emptyTeam: string; person: string; trainee: string; mover: string; user: string; certifiable: string }
interface Case {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: (t: Target) => string;
  body?: (t: Target) => Promise<unknown> | unknown;
  allowed: Account[];
}

describe.each(DIALECTS)('write permissions on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;
  const clients = {} as Record<Account, Client>;
  const t = {} as Target;
  const version = async (id: string) => (await employeeRow(db(), id)).version;

  beforeAll(async () => {
    for (const a of ACCOUNTS) clients[a] = await env.as(a);
    const hr = clients.hr;
    t.dept = (await hr.post('/api/departments', { code: 'PERM', name: '权限测试处' })).body.data.id;
    t.emptyDept = (await hr.post('/api/departments', { code: 'PERM2', name: '空的处' })).body.data.id;
    t.emptyTeam = (await hr.post('/api/teams', { departmentId: t.dept, code: 'PERM-T', name: '空班组' })).body.data.id;
    const cs21 = (await idsInTeams(db(), ['CS2-1']));
    t.person = cs21[1];
    t.mover = cs21[2];
    t.trainee = (await idsInTeams(db(), ['TRN-NH']))[5];
    const created = await clients.admin.post('/api/users', { username: 'permtarget', displayName: '目标账号', roles: ['agent'] });
    t.user = created.body.data.id;
    // A trainee ready for certification (plan over, a passed exam), so the permitted role's
    // request goes through and the 403s are about the role alone.
    const kit = await evaluationKit(env);
    const ready = (await trainees(env, 2, 'permcert')).find((p) => p.employeeId !== t.trainee)!;
    const cohortId = (await clients.training.post('/api/training/cohorts', { name: '权限测试班', startDate: day(-30), employeeIds: [ready.employeeId] })).body.data.id;
    const plan = await clients.training.post('/api/training/plans', { title: '权限测试岗前培训', audience: 'new_hire', cohortId, startDate: day(-30), endDate: day(-1), status: 'active' });
    expect(plan.status, plan.raw).toBe(200);
    await theoryResult(kit, ready, 80);
    t.certifiable = ready.employeeId;
  }, 60_000);

  const CASES: Record<string, Case> = {
    'create a department': { method: 'POST', url: () => '/api/departments', body: () => ({ code: 'NEWD', name: '新处' }), allowed: ORG_AND_PEOPLE },
    'rename a department': { method: 'PATCH', url: (x) => `/api/departments/${x.dept}`, body: () => ({ name: '改名的处' }), allowed: ORG_AND_PEOPLE },
    'delete a department': { method: 'DELETE', url: (x) => `/api/departments/${x.emptyDept}`, allowed: ORG_AND_PEOPLE },
    'create a team': { method: 'POST', url: () => '/api/teams', body: (x) => ({ departmentId: x.dept, code: 'NEWT', name: '新班组' }), allowed: ORG_AND_PEOPLE },
    'rename a team': { method: 'PATCH', url: (x) => `/api/teams/${x.emptyTeam}`, body: () => ({ name: '改名班组' }), allowed: ORG_AND_PEOPLE },
    'delete a team': { method: 'DELETE', url: (x) => `/api/teams/${x.emptyTeam}`, allowed: ORG_AND_PEOPLE },
    'add a person': {
      method: 'POST', url: () => '/api/employees', allowed: ORG_AND_PEOPLE,
      body: async () => ({ employeeNo: 'P9001', name: '越权者', hireDate: '2026-01-05', teamId: await teamIdOf(db(), 'CS2-1') }),
    },
    'edit a person': { method: 'PATCH', url: (x) => `/api/employees/${x.person}`, body: async (x) => ({ name: '新名字', version: await version(x.person) }), allowed: ORG_AND_PEOPLE },
    'change a status': {
      method: 'POST', url: (x) => `/api/employees/${x.trainee}/status`, allowed: ORG_AND_PEOPLE,
      body: async (x) => ({ status: 'probation', effectiveDate: today(), reason: '考核通过', version: await version(x.trainee) }),
    },
    'move a person': {
      method: 'POST', url: (x) => `/api/employees/${x.mover}/move`, allowed: ORG_AND_PEOPLE,
      body: async (x) => ({ teamId: await teamIdOf(db(), 'CS2-2'), effectiveDate: today(), reason: '调整', version: await version(x.mover) }),
    },
    'list accounts': { method: 'GET', url: () => '/api/users', allowed: ADMIN_ONLY },
    'create an account': { method: 'POST', url: () => '/api/users', body: () => ({ username: 'sneaky', displayName: 'x', roles: ['admin'] }), allowed: ADMIN_ONLY },
    'change an account': { method: 'PATCH', url: (x) => `/api/users/${x.user}`, body: () => ({ roles: ['admin'] }), allowed: ADMIN_ONLY },
    'reset a password': { method: 'POST', url: (x) => `/api/users/${x.user}/reset-password`, body: () => ({}), allowed: ADMIN_ONLY },
    'read settings': { method: 'GET', url: () => '/api/settings', allowed: ADMIN_ONLY },
    'change a setting': { method: 'PUT', url: () => '/api/settings/auth.lockMinutes', body: () => ({ value: 1, reason: '试一下' }), allowed: ADMIN_ONLY },
    'read the audit log': { method: 'GET', url: () => '/api/audit', allowed: ADMIN_ONLY },
    'certify a trainee': { method: 'POST', url: (x) => `/api/evaluation/trainees/${x.certifiable}/certify`, body: () => ({ step: 'shadowing', note: '结业考核通过' }), allowed: CERTIFY },
  };

  it.each(Object.keys(CASES))('only the permitted roles may %s', async (name) => {
    const c = CASES[name];
    const payload = c.body ? await c.body(t) : undefined;
    const before = await dbFingerprint(db());
    for (const account of ACCOUNTS.filter((a) => !c.allowed.includes(a))) {
      const res = await clients[account].raw({ method: c.method, url: c.url(t), payload: payload as any });
      expectError(res, 403, 'FORBIDDEN');
      expect(res.body.data, account).toBeUndefined();
    }
    expect(await dbFingerprint(db())).toEqual(before);

    // The same request from a permitted role goes through: the 403s were about the role.
    const res = await clients[c.allowed[0]].raw({ method: c.method, url: c.url(t), payload: payload as any });
    expect(res.status, res.raw).toBe(200);
    if (c.method !== 'GET') expect(await dbFingerprint(db())).not.toEqual(before);
  });
});
