import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Client } from './harness.js';
import { dbFingerprint, employeeRow, expectError, idsInTeams, teamIdOf, today } from './helpers.js';
import { evaluationKit, theoryResult, trainees } from '../modules/evaluation/evaluation.testkit.js';
import { day } from '../modules/training/shared/training.testkit.js';
import { scoreSession } from '../modules/quality/feedback/feedback.testkit.js';
import { answers, CONTENT, okData, publishedForm } from '../modules/quality/forms/forms.testkit.js';

// Every write (and every administrator-only read) answers 403 to a role without the
// permission, and writes nothing. The expected roles are written out here on purpose rather
// than read from common/permissions.ts, so a loosened table fails this test.

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
const ORG_AND_PEOPLE: Account[] = ['hr', 'admin'];
const ADMIN_ONLY: Account[] = ['admin'];
const CERTIFY: Account[] = ['training', 'hr', 'admin']; // evaluation.certify
const QA_FORMS: Account[] = ['qa', 'manager', 'admin']; // quality.forms
const QA_EVALUATE: Account[] = ['qa', 'teamlead', 'manager', 'admin']; // quality.evaluate
const QA_LEAD: Account[] = ['manager', 'admin']; // quality.lead
const QA_REVIEW: Account[] = ['teamlead', 'manager', 'admin']; // quality.review; the team lead is the agent's direct supervisor

interface Target {
  dept: string;
  emptyDept: string;
  emptyTeam: string;
  person: string;
  trainee: string;
  mover: string;
  user: string;
  certifiable: string;
  draftForm: string;
  form: string;
  agent: string;
  evaluator: string;
  dispute: string;
}
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
    const cs21 = await idsInTeams(db(), ['CS2-1']);
    t.person = cs21[1];
    t.mover = cs21[2];
    t.trainee = (await idsInTeams(db(), ['TRN-NH']))[5];
    const created = await clients.admin.post('/api/users', {
      username: 'permtarget',
      displayName: '目标账号',
      roles: ['agent'],
    });
    t.user = created.body.data.id;
    // A trainee ready for certification (plan over, a passed exam), so the permitted role's
    // request goes through and the 403s are about the role alone.
    const kit = await evaluationKit(env);
    const ready = (await trainees(env, 2, 'permcert')).find((p) => p.employeeId !== t.trainee)!;
    const cohortId = (
      await clients.training.post('/api/training/cohorts', {
        name: '权限测试班',
        startDate: day(-30),
        employeeIds: [ready.employeeId],
      })
    ).body.data.id;
    const plan = await clients.training.post('/api/training/plans', {
      title: '权限测试岗前培训',
      audience: 'new_hire',
      cohortId,
      startDate: day(-30),
      endDate: day(-1),
      status: 'active',
    });
    expect(plan.status, plan.raw).toBe(200);
    await theoryResult(kit, ready, 80);
    t.certifiable = ready.employeeId;
    // Quality: a draft scorecard to publish, a published one to score on, an evaluator to pause,
    // and the demo agent's open dispute for their team lead (direct supervisor) to decide.
    t.draftForm = okData(
      await clients.qa.post('/api/quality/forms', {
        name: '权限测试草稿评分表',
        kind: 'inbound',
        passScore: 80,
        content: CONTENT,
      }),
    ).id;
    t.form = (await publishedForm(clients.qa)).id;
    t.agent = (
      await db().selectFrom('users').select('employee_id').where('username', '=', 'agent').executeTakeFirstOrThrow()
    ).employee_id!;
    t.evaluator = okData(
      await clients.admin.post('/api/users', {
        username: 'permqa',
        displayName: '权限测试质检员',
        roles: ['qa_evaluator'],
      }),
    ).id;
    const disputed = await scoreSession(clients.qa, t.form, t.agent, today(), { greet: 0 });
    t.dispute = okData(
      await clients.agent.post(`/api/quality/evaluations/${disputed}/disputes`, {
        scope: 'items',
        reason: '已问候',
        items: [{ itemKey: 'greet', proposedValue: 1, reason: '录音开头有问候' }],
      }),
    ).id;
  }, 60_000);

  const CASES: Record<string, Case> = {
    'create a department': {
      method: 'POST',
      url: () => '/api/departments',
      body: () => ({ code: 'NEWD', name: '新处' }),
      allowed: ORG_AND_PEOPLE,
    },
    'rename a department': {
      method: 'PATCH',
      url: (x) => `/api/departments/${x.dept}`,
      body: () => ({ name: '改名的处' }),
      allowed: ORG_AND_PEOPLE,
    },
    'delete a department': { method: 'DELETE', url: (x) => `/api/departments/${x.emptyDept}`, allowed: ORG_AND_PEOPLE },
    'create a team': {
      method: 'POST',
      url: () => '/api/teams',
      body: (x) => ({ departmentId: x.dept, code: 'NEWT', name: '新班组' }),
      allowed: ORG_AND_PEOPLE,
    },
    'rename a team': {
      method: 'PATCH',
      url: (x) => `/api/teams/${x.emptyTeam}`,
      body: () => ({ name: '改名班组' }),
      allowed: ORG_AND_PEOPLE,
    },
    'delete a team': { method: 'DELETE', url: (x) => `/api/teams/${x.emptyTeam}`, allowed: ORG_AND_PEOPLE },
    'add a person': {
      method: 'POST',
      url: () => '/api/employees',
      allowed: ORG_AND_PEOPLE,
      body: async () => ({
        employeeNo: 'P9001',
        name: '越权者',
        hireDate: '2026-01-05',
        teamId: await teamIdOf(db(), 'CS2-1'),
      }),
    },
    'edit a person': {
      method: 'PATCH',
      url: (x) => `/api/employees/${x.person}`,
      body: async (x) => ({ name: '新名字', version: await version(x.person) }),
      allowed: ORG_AND_PEOPLE,
    },
    'change a status': {
      method: 'POST',
      url: (x) => `/api/employees/${x.trainee}/status`,
      allowed: ORG_AND_PEOPLE,
      body: async (x) => ({
        status: 'probation',
        effectiveDate: today(),
        reason: '考核通过',
        version: await version(x.trainee),
      }),
    },
    'move a person': {
      method: 'POST',
      url: (x) => `/api/employees/${x.mover}/move`,
      allowed: ORG_AND_PEOPLE,
      body: async (x) => ({
        teamId: await teamIdOf(db(), 'CS2-2'),
        effectiveDate: today(),
        reason: '调整',
        version: await version(x.mover),
      }),
    },
    'list accounts': { method: 'GET', url: () => '/api/users', allowed: ADMIN_ONLY },
    'create an account': {
      method: 'POST',
      url: () => '/api/users',
      body: () => ({ username: 'sneaky', displayName: 'x', roles: ['admin'] }),
      allowed: ADMIN_ONLY,
    },
    'change an account': {
      method: 'PATCH',
      url: (x) => `/api/users/${x.user}`,
      body: () => ({ roles: ['admin'] }),
      allowed: ADMIN_ONLY,
    },
    'reset a password': {
      method: 'POST',
      url: (x) => `/api/users/${x.user}/reset-password`,
      body: () => ({}),
      allowed: ADMIN_ONLY,
    },
    'unlock an account': {
      method: 'POST',
      url: (x) => `/api/users/${x.user}/unlock`,
      body: () => ({}),
      allowed: ADMIN_ONLY,
    },
    'read settings': { method: 'GET', url: () => '/api/settings', allowed: ADMIN_ONLY },
    'change a setting': {
      method: 'PUT',
      url: () => '/api/settings/auth.lockMinutes',
      body: () => ({ value: 1, reason: '试一下' }),
      allowed: ADMIN_ONLY,
    },
    'read the audit log': { method: 'GET', url: () => '/api/audit', allowed: ADMIN_ONLY },
    'certify a trainee': {
      method: 'POST',
      url: (x) => `/api/evaluation/trainees/${x.certifiable}/certify`,
      body: () => ({ step: 'shadowing', note: '结业考核通过' }),
      allowed: CERTIFY,
    },
    'publish a scorecard': {
      method: 'POST',
      url: (x) => `/api/quality/forms/${x.draftForm}/publish`,
      body: () => ({ version: 1 }),
      allowed: QA_FORMS,
    },
    'score an evaluation': {
      method: 'POST',
      url: () => '/api/quality/evaluations',
      allowed: QA_EVALUATE,
      body: (x) => ({ formId: x.form, method: 'side_by_side', agentId: x.agent, day: today(), answers: answers() }),
    },
    'pause an evaluator': {
      method: 'POST',
      url: (x) => `/api/quality/evaluators/${x.evaluator}/pause`,
      body: () => ({ reason: '校准偏差过大' }),
      allowed: QA_LEAD,
    },
    'decide a dispute': {
      method: 'POST',
      url: (x) => `/api/quality/disputes/${x.dispute}/decision`,
      allowed: QA_REVIEW,
      body: () => ({
        items: [{ itemKey: 'greet', outcome: 'change', value: 1, reason: '录音中有问候' }],
        note: '复核录音',
      }),
    },
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
