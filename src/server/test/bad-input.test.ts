import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv, type Res } from './harness.js';
import { allBadInputCases, type RouteCase } from './bad-input.cases.js';
import { countRows, dbFingerprint, expectNoLeak } from './helpers.js';

// Bad input on purpose, to every endpoint the app serves (CONVENTIONS.md): malformed JSON,
// wrong types, missing fields, huge strings and bodies, unknown enum values, impossible dates,
// bad paging, SQL-looking text and ids that do not exist. The answer is always a 4xx in the one
// error shape (with the field for validation errors), never a 500 or a stack trace, and nothing
// is written. The endpoints come from the OpenAPI description, so a new one cannot be missed.

type Schema = {
  type?: string;
  anyOf?: Schema[];
  enum?: unknown[];
  items?: Schema;
  nullable?: boolean;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  properties?: Record<string, Schema>;
  required?: string[];
};
type Operation = {
  parameters?: { name: string; in: string; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};
type Check = (res: Res) => string | null;
interface Probe {
  label: string;
  method: string;
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  check: Check;
  anonymous?: boolean;
}

const MISSING_ID = '01a00000-0000-7000-8000-000000000000';
const SQLISH = ["' OR '1'='1", '1; DROP TABLE employees; --', '" OR ""="'];
const HUGE = 'x'.repeat(100_000);
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** A 4xx in the error shape; with status and field when given (a field "a" also accepts "a.0"). */
const fails =
  (status?: number, field?: string, errorCode?: string): Check =>
  (res) => {
    const b = res.body ?? {};
    if (res.status < 400 || res.status >= 500) return `answered ${res.status}`;
    if (status && res.status !== status) return `answered ${res.status} ${b.errorCode ?? ''}, expected ${status}`;
    if (b.success !== false || typeof b.errorCode !== 'string' || typeof b.errorMessage !== 'string')
      return `body not in the error shape: ${res.raw.slice(0, 120)}`;
    if (errorCode && b.errorCode !== errorCode) return `errorCode ${b.errorCode}, expected ${errorCode}`;
    if (field && b.field !== field && !String(b.field).startsWith(`${field}.`))
      return `field ${b.field}, expected ${field}`;
    if (field && !b.errorMessage.includes(field)) return `the message does not name the field: ${b.errorMessage}`;
    return null;
  };
/** Anything but a server error. */
const serves: Check = (res) => (res.status >= 500 ? `answered ${res.status}` : res.status >= 400 ? fails()(res) : null);
/** A search that finds nothing, or a clean 4xx. */
const findsNothing: Check = (res) => {
  if (res.status !== 200) return fails()(res);
  // A list's total (the envelope's, or that of a page object such as the work queue's { items, total }), else its length.
  const found =
    res.body.total ?? res.body.data?.total ?? (Array.isArray(res.body.data) ? res.body.data.length : 'something');
  return found === 0 ? null : `found ${found}`;
};

function typesOf(s: Schema) {
  return s.type ? [s.type] : (s.anyOf ?? []).map((x) => x.type);
}

/** Values that break one property of a body, each of which must be refused with a 400 on that field. */
function breakages(s: Schema): [string, unknown][] {
  const types = typesOf(s);
  const out: [string, unknown][] = [];
  const str = s.type === 'string' ? s : s.anyOf?.find((x) => x.type === 'string');
  if (str) {
    out.push(['a number', 12345], ['a 100 KB string', HUGE], ['a NUL character', 'a\u0000b']);
    if (str.enum || s.anyOf) out.push(['an unknown value', 'no_such_value']);
    if (str.pattern === DATE_PATTERN)
      out.push(['an impossible date', '2026-02-30'], ['another date format', '2026/11/20']);
  }
  if (types.includes('integer') || types.includes('number')) {
    out.push(['a string', '12'], ['an array', [1]]);
    if (s.minimum !== undefined) out.push(['below the minimum', s.minimum - 1]);
    if (s.maximum !== undefined && s.maximum < 1e9) out.push(['above the maximum', s.maximum + 1]);
    if (types.includes('integer')) out.push(['a fraction', 1.5]);
  }
  if (types.includes('boolean')) out.push(['a string', 'yes']);
  if (types.includes('array')) {
    out.push(['an object', { a: 1 }]);
    if (s.items?.enum) out.push(['an unknown item', ['no_such_value']]);
    else if (s.items?.type === 'string') out.push(['a 100 KB item', [HUGE]], ['a number item', [1]]);
  }
  if (!s.nullable && !types.includes('null')) out.push(['null', null]);
  return out;
}

function queryProbes(url: string, params: { name: string; schema: Schema }[]): Probe[] {
  const out: Probe[] = [];
  const q = (name: string, value: string, check: Check, label: string) =>
    out.push({
      label: `query ${name}: ${label}`,
      method: 'GET',
      url: `${url}?${name}=${encodeURIComponent(value)}`,
      check,
    });
  for (const { name, schema } of params) {
    const types = typesOf(schema);
    const bad = fails(400, name);
    if (types.includes('integer')) {
      for (const v of ['0', '-1', 'abc', '1.5', '99999999999']) q(name, v, bad, v);
      if ((schema.maximum ?? Infinity) < 10_000) q(name, '10000', bad, '10000');
    } else if (schema.enum || schema.anyOf) {
      q(name, 'no_such_value', bad, 'an unknown value');
    } else if (schema.format === 'date-time') {
      for (const v of ['2026-02-30T00:00:00Z', 'yesterday', '2026-11-20']) q(name, v, bad, v);
    } else {
      if (schema.maxLength) q(name, HUGE, bad, 'a 100 KB string');
      for (const v of SQLISH) q(name, v, findsNothing, `SQL-looking text ${v}`);
      q(name, 'a\u0000b', findsNothing, 'a NUL character');
      out.push({ label: `query ${name}: given twice`, method: 'GET', url: `${url}?${name}=a&${name}=b`, check: bad });
    }
  }
  return out;
}

function bodyProbes(method: string, url: string, c: RouteCase, schema: Schema | undefined): Probe[] {
  const out: Probe[] = [];
  const json = { 'content-type': 'application/json' };
  const p = (label: string, payload: unknown, check: Check, headers: Record<string, string> = json) =>
    out.push({ label, method, url, payload, headers, check });
  p('malformed JSON', '{"name": ', fails(400, undefined, 'BAD_JSON'));
  p(
    'a body over 1 MB',
    JSON.stringify({ ...(c.body ?? {}), filler: 'x'.repeat(1_100_000) }),
    fails(413, undefined, 'PAYLOAD_TOO_LARGE'),
  );
  // Text is parsed as a string, so where a body is expected it fails validation; elsewhere it is ignored.
  p('plain text', 'hello', schema || c.multipart ? fails() : serves, { 'content-type': 'text/plain' });
  if (c.multipart) {
    p('JSON instead of a file', '{}', fails());
    p(
      'a form without the file',
      '--x\r\nContent-Disposition: form-data; name="other"\r\n\r\nv\r\n--x--\r\n',
      fails(400),
      { 'content-type': 'multipart/form-data; boundary=x' },
    );
    p('a broken form', '--x\r\ngarbage', fails(), { 'content-type': 'multipart/form-data; boundary=x' });
    return out;
  }
  if (!schema) return out;
  for (const [label, payload] of [
    ['an array', '[]'],
    ['a string', '"text"'],
    ['a number', '42'],
    ['null', 'null'],
  ])
    p(`${label} as the body`, payload, fails(400));
  for (const name of schema.required ?? []) {
    const { [name]: _dropped, ...rest } = c.body ?? {};
    p(`without ${name}`, JSON.stringify(rest), fails(400, name));
  }
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    for (const [label, value] of breakages(prop))
      p(`${name} as ${label}`, JSON.stringify({ ...c.body, [name]: value }), fails(400, name));
  }
  return out;
}

function paramProbes(method: string, pathTemplate: string, names: string[], c: RouteCase): Probe[] {
  const fill = (over: Record<string, string>) =>
    pathTemplate.replace(/\{(\w+)\}/g, (_, n: string) => encodeURIComponent(over[n] ?? c.params?.[n] ?? MISSING_ID));
  const [status, code] = c.missing ?? [404, 'NOT_FOUND'];
  const payload = c.body === undefined ? undefined : JSON.stringify(c.body);
  const headers = payload === undefined ? undefined : { 'content-type': 'application/json' };
  const out: Probe[] = [];
  for (const name of names) {
    const p = (label: string, value: string, check: Check) =>
      out.push({ label: `${name} ${label}`, method, url: fill({ [name]: value }), payload, headers, check });
    p('that does not exist', c.params?.[name] ? 'no.such.thing' : MISSING_ID, fails(status, undefined, code));
    for (const v of SQLISH) p(`as SQL-looking text ${v}`, v, fails(status, undefined, code));
    p('in Chinese', '不存在', fails(status, undefined, code));
    p('of 65 characters', 'a'.repeat(65), fails(400, name));
    p('with a NUL character', 'a\u0000b', fails());
  }
  return out;
}

const CASES = await allBadInputCases();

describe.each(DIALECTS)('bad input to every endpoint on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const operations = new Map<string, Operation>();

  beforeAll(async () => {
    const res = await env.anonymous.get('/api/docs/json');
    const spec = JSON.parse(res.raw) as { paths: Record<string, Record<string, Operation>> };
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) operations.set(`${method.toUpperCase()} ${path}`, op);
    }
  });

  it('has a bad-input case for every endpoint, and every case names an endpoint', () => {
    expect(operations.size).toBeGreaterThan(20);
    const missing = [...operations.keys()].filter((k) => !CASES[k]);
    expect(
      missing,
      "endpoints without a case: add them to test/bad-input.cases.ts or to the module's <name>.bad-input.ts",
    ).toEqual([]);
    expect(
      Object.keys(CASES).filter((k) => !operations.has(k)),
      'cases for endpoints that no longer exist',
    ).toEqual([]);
  });

  it.each(Object.keys(CASES))('%s answers bad input with a clear 4xx and writes nothing', async (key) => {
    const c = CASES[key];
    const op = operations.get(key);
    expect(op, `${key} is not served`).toBeDefined();
    const [method, path] = key.split(' ');
    const params = (op!.parameters ?? []).filter((x) => x.in === 'path').map((x) => x.name);
    const query = (op!.parameters ?? []).filter((x) => x.in === 'query');
    const url = path.replace(/\{(\w+)\}/g, (_, n: string) => c.params?.[n] ?? MISSING_ID);
    const bodySchema = op!.requestBody?.content['application/json']?.schema;

    const probes: Probe[] = [
      ...(c.public
        ? []
        : [
            {
              label: 'nobody signed in',
              method,
              url,
              payload: c.body,
              anonymous: true,
              check: fails(401, undefined, 'UNAUTHORIZED'),
            },
          ]),
      ...paramProbes(method, path, params, c),
      ...queryProbes(url, query),
      ...(method === 'GET' ? [] : bodyProbes(method, url, c, bodySchema)),
    ];
    const client = await env.as(c.as ?? 'admin');
    const before = await dbFingerprint(env.handle.db);
    const problems: string[] = [];
    for (const probe of probes) {
      const res = await (probe.anonymous ? env.anonymous : client).raw({
        method: probe.method,
        url: probe.url,
        payload: probe.payload as any,
        headers: probe.headers,
      });
      const problem = probe.check(res);
      if (problem) problems.push(`${probe.label}: ${problem}`);
      try {
        expectNoLeak(res);
      } catch {
        problems.push(`${probe.label}: the answer shows a stack trace or a file path`);
      }
    }
    expect(problems.join('\n')).toBe('');
    expect(await dbFingerprint(env.handle.db)).toEqual(before);
  });

  it('stores SQL-looking names as plain text and every table survives', async () => {
    const hr = await env.as('hr');
    const employees = await countRows(env.handle.db, 'employees');
    const name = "x'); DROP TABLE employees; --";
    const dept = await hr.post('/api/departments', { code: 'SQLI', name });
    expect(dept.status, dept.raw).toBe(200);
    const tree = (await hr.get('/api/departments')).body.data as { id: string; name: string }[];
    expect(tree.find((d) => d.id === dept.body.data.id)?.name).toBe(name);
    expect(await countRows(env.handle.db, 'employees')).toBe(employees);
    const login = await env.anonymous.post('/api/auth/login', { username: "admin' --", password: "' OR '1'='1" });
    expect(login.status).toBe(401);
  });
});
