// API throughput benchmark (issue 2; aims raised by issue 23). Run: `npm run bench:api` (= npx tsx scripts/bench/api.ts)
// after `npm run build`. See scripts/bench/README.md.
//
// Seatwise's production build on a fresh SQLite database with the demo data, signed in as `hr`:
// GET /api/employees?pageSize=50 under 64 connections for 10 s; then, in the same run, a bare
// Fastify route answering a list of 50 fake employees of similar size (the ceiling on this
// machine), and the ratio. With BENCH_DATABASE_URL=postgres://… the same is measured on
// PostgreSQL too (the database is seeded with the demo data when empty).
//
// Environment: BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (default 64), BENCH_WARMUP (s,
// default 3), BENCH_CPU_PROF=DIR (write a V8 CPU profile of the SQLite server child to DIR).
// Exit 1 when any response was not 200 (or the build is missing); never on a time.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { freePort, ROOT, SERVER_ENTRY, signIn, startServer, type RunningServer } from '../../e2e/support/server.js';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const PATH = '/api/employees?pageSize=50';
// Issue 23: requests/s as a share of bare Fastify's in the same run, per database.
const AIM_RATIO: Record<string, number> = { 'seatwise sqlite': 0.5, 'seatwise postgres': 0.35 };
const AIM_P99_MS = 50;
const HARD_LIMIT_MS = 6 * 60_000;

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  throughput: { average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats?: Record<string, { count: number }>;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

interface Row {
  target: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  other: number;
  bytes: number;
  requests: number;
  /** Server CPU time (user + system, all threads) per answered request, in µs; NaN off Linux. */
  cpuUs: number;
}

const cleanups: (() => Promise<void> | void)[] = [];
const log = (s = '') => process.stdout.write(`${s}\n`);

async function probe(url: string, headers: Record<string, string>) {
  const res = await fetch(url, { headers });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { data?: unknown[]; total?: number };
  if (!Array.isArray(body.data) || body.data.length !== 50) {
    throw new Error(`GET ${url} returned ${Array.isArray(body.data) ? body.data.length : 'no'} rows, expected 50`);
  }
  return Buffer.byteLength(text);
}

// CPU seconds a process has used (Linux /proc; clock ticks are 100 Hz there). Less sensitive
// than requests/s to other work on the machine, so it tells whether a change made a difference.
function cpuSeconds(pid: number) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

async function measure(target: string, url: string, headers: Record<string, string>, pid: number): Promise<Row> {
  const bytes = await probe(url, headers);
  if (WARMUP > 0) await autocannon({ url, connections: CONNECTIONS, duration: WARMUP, headers, timeout: 10 });
  const cpu0 = cpuSeconds(pid);
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers, timeout: 10 });
  const cpu = cpuSeconds(pid) - cpu0;
  const codes = r.statusCodeStats ?? {};
  const not200 = Object.entries(codes)
    .filter(([code]) => code !== '200')
    .reduce((n, [, v]) => n + v.count, 0);
  return {
    target,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    other: not200 + r.errors + r.timeouts,
    bytes,
    requests: r.requests.total,
    cpuUs: (cpu * 1e6) / r.requests.total,
  };
}

async function measureSeatwise(target: string, databaseUrl: string | undefined, nodeArgs: string[] = []) {
  const t0 = Date.now();
  const server: RunningServer = await startServer({ databaseUrl, nodeArgs, startTimeoutMs: 120_000 });
  cleanups.push(() => server.stop());
  log(`  ${target}: started in ${((Date.now() - t0) / 1000).toFixed(1)} s (pid ${server.pid}, ${server.baseUrl})`);
  const { cookie } = await signIn(server.baseUrl, 'hr');
  const row = await measure(target, server.baseUrl + PATH, { cookie }, server.pid);
  await server.stop();
  return row;
}

// The ceiling: Fastify alone, one route, no database, no session, no schema, same-size payload.
const BARE_SERVER = `
import Fastify from 'fastify';
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const given = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟'];
const uuid = (i) => '0193' + String(i).padStart(4, '0') + '-7c1e-7a2b-9f3d-' + String(i * 7919).padStart(12, '0');
const data = Array.from({ length: 50 }, (_, i) => ({
  id: uuid(i), employeeNo: 'E' + String(10000 + i), name: surnames[i % 20] + given[i % 15],
  hireDate: '2024-0' + (1 + (i % 9)) + '-15', status: i % 7 ? 'active' : 'probation', statusSince: '2024-06-01',
  teamId: uuid(1000 + (i % 6)), teamName: '客服' + (1 + (i % 6)) + '组', departmentId: uuid(2000 + (i % 3)),
  departmentName: ['客户服务部', '投诉处理部', '电话销售部'][i % 3], position: i % 5 ? '坐席' : '高级坐席',
}));
const app = Fastify();
app.get('/api/employees', async () => ({ success: true, data, total: 112 }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
`;

async function measureBare(): Promise<Row> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--input-type=module', '-e', BARE_SERVER], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  };
  cleanups.push(stop);
  const url = `http://127.0.0.1:${port}${PATH}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bare Fastify server exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('bare Fastify server did not start in 30 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`  bare fastify: started (pid ${child.pid}, http://127.0.0.1:${port})`);
  const row = await measure('bare fastify', url, {}, child.pid!);
  await stop();
  return row;
}

const fmt = (n: number, d = 0) => n.toFixed(d);

function table(rows: Row[]) {
  log(
    'target                    req/s   p50 ms   p99 ms   non-2xx   not-200/err   requests   bytes/resp   server CPU µs/req',
  );
  for (const r of rows) {
    log(
      `${r.target.padEnd(22)} ${fmt(r.rps).padStart(8)} ${fmt(r.p50, 1).padStart(8)} ${fmt(r.p99, 1).padStart(8)} ` +
        `${String(r.non2xx).padStart(9)} ${String(r.other).padStart(13)} ${String(r.requests).padStart(10)} ${String(r.bytes).padStart(12)} ${fmt(r.cpuUs).padStart(19)}`,
    );
  }
}

function verdict(row: Row, bare: Row) {
  const ratio = row.rps / bare.rps;
  const aim = AIM_RATIO[row.target] ?? 0.5;
  const ratioOk = ratio >= aim;
  const p99Ok = row.p99 < AIM_P99_MS;
  log(
    `${row.target}: ratio ${ratio.toFixed(2)} (aim ≥ ${aim}: ${ratioOk ? 'met' : 'MISSED'}), ` +
      `p99 ${fmt(row.p99, 1)} ms (aim < ${AIM_P99_MS} ms: ${p99Ok ? 'met' : 'MISSED'}); ` +
      `CPU per request ${(bare.cpuUs / row.cpuUs).toFixed(2)} of bare's efficiency`,
  );
}

async function main() {
  if (!existsSync(SERVER_ENTRY)) {
    console.error(`No production build at ${SERVER_ENTRY}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const cpuProfDir = process.env.BENCH_CPU_PROF ? resolve(process.env.BENCH_CPU_PROF) : null;
  if (cpuProfDir) mkdirSync(cpuProfDir, { recursive: true });

  log(
    `Seatwise API benchmark: GET ${PATH}, ${CONNECTIONS} connections, ${DURATION} s each (after ${WARMUP} s warm-up)`,
  );
  log(
    `node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}); load generator and server share them`,
  );
  log(
    `load average before: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} (figures from a busy machine are not comparable)`,
  );
  const rows: Row[] = [];
  rows.push(
    await measureSeatwise(
      'seatwise sqlite',
      undefined,
      cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [],
    ),
  );
  rows.push(await measureBare());
  const pgUrl = process.env.BENCH_DATABASE_URL;
  if (pgUrl) rows.push(await measureSeatwise('seatwise postgres', pgUrl));

  log();
  table(rows);
  log();
  const bare = rows.find((r) => r.target === 'bare fastify')!;
  for (const r of rows) if (r !== bare) verdict(r, bare);
  log(
    `load average after: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  if (cpuProfDir) log(`CPU profile of the SQLite server: ${cpuProfDir}/*.cpuprofile`);

  const bad = rows.filter((r) => r.non2xx > 0 || r.other > 0);
  if (bad.length) {
    console.error(`FAILED: responses other than 200 from ${bad.map((r) => r.target).join(', ')}`);
    process.exitCode = 1;
  }
}

const hardLimit = setTimeout(() => {
  console.error(`bench: gave up after ${HARD_LIMIT_MS / 1000} s`);
  void shutdown().finally(() => process.exit(1));
}, HARD_LIMIT_MS);
hardLimit.unref();

async function shutdown() {
  for (const c of cleanups.reverse()) await Promise.resolve(c()).catch(() => {});
  cleanups.length = 0;
}

try {
  await main();
} catch (err) {
  console.error(`bench: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await shutdown();
}
