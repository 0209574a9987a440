import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Client, Res } from '../harness.js';

// A real Seatwise server process for the multi-node test (two-nodes.test.ts): `node --import tsx
// src/server/main.ts` on its own port, and clients that talk HTTP to it.

const ROOT = resolve(import.meta.dirname, '../../../..');

export interface NodeProcess {
  name: string;
  base: string;
  child: ChildProcess;
  /** What it printed (for the failure message). */
  output(): string;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startNode(name: string, env: Record<string, string>, timeoutMs = 45_000): Promise<NodeProcess> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' };
  delete childEnv.SEATWISE_JOBS; // the node's own worker runs: that is what is tested
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const base = `http://127.0.0.1:${port}`;
  const node: NodeProcess = {
    name,
    base,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([gone, sleep(5_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
  const until = Date.now() /* machine time: how long to wait */ + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${out}`);
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) return node;
    } catch {
      /* not listening yet */
    }
    if (Date.now() /* machine time */ > until) {
      await node.stop();
      throw new Error(`${name} did not answer /api/health within ${timeoutMs} ms:\n${out}`);
    }
    await sleep(200);
  }
}

/** A signed-in user whose one session (cookie + CSRF token) is used against any node. */
export interface NodesClient extends Client {
  /** The same session against another node. */
  on(node: NodeProcess): Client;
}

export async function signIn(node: NodeProcess, username: string, password: string): Promise<NodesClient> {
  const res = await fetch(`${node.base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username} on ${node.name}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie()[0].split(';')[0];
  const me = ((await res.json()) as { data: any }).data;
  const clientOn = (n: NodeProcess): Client => {
    const send = async (opts: {
      method: string;
      url: string;
      payload?: any;
      headers?: Record<string, string>;
    }): Promise<Res> => {
      const headers: Record<string, string> = { cookie, ...(opts.headers ?? {}) };
      if (opts.method !== 'GET') headers['x-csrf-token'] ??= me.csrfToken;
      let body = opts.payload;
      if (body !== undefined && !Buffer.isBuffer(body) && typeof body !== 'string') {
        body = JSON.stringify(body);
        headers['content-type'] ??= 'application/json';
      }
      const r = await fetch(`${n.base}${opts.url}`, { method: opts.method, headers, body });
      const raw = await r.text();
      let parsed: any = raw;
      try {
        parsed = JSON.parse(raw);
      } catch {
        /* not JSON */
      }
      const answered: Record<string, string> = {};
      r.headers.forEach((value, name) => (answered[name] = value));
      return { status: r.status, body: parsed, headers: answered, raw };
    };
    const json = (method: string) => (url: string, body?: unknown) => send({ method, url, payload: body });
    return {
      get: (url) => send({ method: 'GET', url }),
      post: json('POST'),
      patch: json('PATCH'),
      put: json('PUT'),
      delete: (url) => send({ method: 'DELETE', url }),
      raw: send,
      me,
    };
  };
  return { ...clientOn(node), on: clientOn };
}
