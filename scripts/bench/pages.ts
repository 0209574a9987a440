// The big lists at 1M interactions (issue 23). Run: `npm run bench:pages`; see README-pages.md.
//
// Seeds (pages-seed.ts) the demo center plus BENCH_ROWS (1,000,000) interactions of 500 agents in
// 20 teams and BENCH_EVALS (300,000) QA evaluations into a fresh SQLite file, and into a fresh
// schema of PostgreSQL when BENCH_DATABASE_URL is set. Then a fresh child process (the seeding's
// garbage must not count) builds the app, listens on a local port, signs in and times each page's
// API call over HTTP: BENCH_REPEAT (11) calls after one warm-up, median and p95, wall time and the
// child's CPU time (the server runs in it; PostgreSQL's own CPU is not counted), and the child's
// RSS. Each figure is printed next to its aim. Never exits non-zero on a time or a size.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { signIn } from '../../e2e/support/server.js';
import { buildApp } from '../../src/server/app.js';
import { connect } from '../../src/server/db/connect.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { seedPages } from './pages-seed.js';
import { fmt, loadLine } from './setup.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const EVALS = Number(process.env.BENCH_EVALS ?? 300_000);
const REPEAT = Math.max(9, Number(process.env.BENCH_REPEAT ?? 11));
const RANGE = 'from=2026-10-01&to=2026-10-30';
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

/** What the child times: ids found by the parent after seeding. */
interface Targets {
  teamId: string;
  departmentId: string;
  agentId: string;
  deepId: string;
  deepDepth: number;
  cohortId: string | null;
}

interface Page {
  name: string;
  user: string;
  path: string;
  aim: number;
}

const pages = (t: Targets): Page[] => [
  {
    name: 'interactions, team, first page',
    user: 'admin',
    path: `/api/interactions?teamId=${t.teamId}&${RANGE}`,
    aim: 50,
  },
  {
    name: `interactions, team, deep page (row ${fmt(t.deepDepth)})`,
    user: 'admin',
    path: `/api/interactions?teamId=${t.teamId}&${RANGE}&startingAfter=${t.deepId}`,
    aim: 50,
  },
  {
    name: 'interactions, team, handled, chat',
    user: 'admin',
    path: `/api/interactions?teamId=${t.teamId}&${RANGE}&answered=1&channel=chat`,
    aim: 50,
  },
  {
    name: 'interactions, department, first page',
    user: 'admin',
    path: `/api/interactions?departmentId=${t.departmentId}&${RANGE}`,
    aim: 50,
  },
  { name: 'interactions, one agent', user: 'admin', path: `/api/interactions?agentId=${t.agentId}&${RANGE}`, aim: 50 },
  { name: 'people list (/api/employees)', user: 'admin', path: '/api/employees?pageSize=20', aim: 50 },
  { name: 'QA samples list', user: 'admin', path: '/api/quality/samples?pageSize=20', aim: 50 },
  { name: 'QA sample queue (qa)', user: 'qa', path: '/api/quality/queue', aim: 1000 },
  { name: 'team KPIs (agents)', user: 'admin', path: `/api/kpis/teams/${t.teamId}/agents?${RANGE}`, aim: 1000 },
  { name: 'team KPIs (daily)', user: 'admin', path: `/api/kpis/teams/${t.teamId}/daily?${RANGE}`, aim: 1000 },
  ...(t.cohortId
    ? [{ name: 'cohort board', user: 'admin', path: `/api/evaluation/cohorts/${t.cohortId}/board`, aim: 1000 }]
    : []),
  {
    name: 'evaluator oversight (2 quarters)',
    user: 'admin',
    path: '/api/quality/evaluators?from=2026-07-01&to=2026-12-31',
    aim: 300,
  },
];

/** The child: one engine, the app in this process, every page timed over HTTP. Prints one JSON line. */
async function measure(url: string, targets: Targets) {
  const handle = connect(url);
  const app = await buildApp({
    config: { logLevel: 'silent', secureCookies: false, trustedOrigins: [], trustProxy: false, seedDemo: true },
    handle,
    serveWeb: false,
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const cookies = new Map<string, string>();
  const results = [];
  for (const p of pages(targets)) {
    if (!cookies.has(p.user)) cookies.set(p.user, (await signIn(base, p.user)).cookie);
    const get = async () => {
      const res = await fetch(base + p.path, { headers: { cookie: cookies.get(p.user)! } });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`GET ${p.path} answered ${res.status}: ${text.slice(0, 300)}`);
      return text;
    };
    let first;
    try {
      first = JSON.parse(await get()); // warm-up (and what the page shows)
    } catch (err) {
      // One broken page must not hide the others' figures: it is reported, not timed.
      results.push({ ...p, median: NaN, p95: NaN, cpu: NaN, shows: `FAILED: ${(err as Error).message.slice(0, 160)}` });
      continue;
    }
    const runs: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < REPEAT; i++) {
      const t = performance.now();
      const c = process.cpuUsage();
      await get();
      const u = process.cpuUsage(c);
      runs.push({ wall: performance.now() - t, cpu: (u.user + u.system) / 1000 });
    }
    const walls = runs.map((r) => r.wall).sort((a, b) => a - b);
    const cpus = runs.map((r) => r.cpu).sort((a, b) => a - b);
    const at = (q: number, xs: number[]) => xs[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
    const d = first.data;
    results.push({
      ...p,
      median: at(0.5, walls),
      p95: at(0.95, walls),
      cpu: at(0.5, cpus),
      shows: Array.isArray(d) ? `${d.length} rows, total ${first.total ?? '-'}` : '',
    });
  }
  await app.close();
  await handle.close();
  console.log(JSON.stringify({ results, rss: process.memoryUsage().rss, peak: process.resourceUsage().maxRSS * 1024 }));
}

async function explain(url: string, t: Targets) {
  // The deep team page's plan at full size, for the record (the test checks it on a few rows).
  const handle = connect(url);
  try {
    const { pageQuery } = await import('../../src/server/modules/interactions/records/records.repo.js');
    const anchor = await handle.db
      .selectFrom('interactions')
      .select(['started_at', 'id'])
      .where('id', '=', t.deepId)
      .executeTakeFirstOrThrow();
    const q = pageQuery(
      handle.db,
      { teamId: t.teamId },
      { from: '2026-10-01', to: '2026-10-30' },
      { anchor, toward: 'next', skip: 0, limit: 21 },
    ).compile();
    const prefix = handle.dialect === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN';
    const plan = await handle.db.executeQuery<Record<string, string>>({ ...q, sql: `${prefix} ${q.sql}` });
    return plan.rows
      .map((r) => r.detail ?? r['QUERY PLAN'])
      .filter((l) => !/idn_/.test(l) && !/SubPlan|SUBQUERY/.test(l));
  } finally {
    await handle.close();
  }
}

async function run(engine: string, url: string) {
  const handle = connect(url);
  let targets: Targets;
  try {
    await migrateToLatest(handle);
    console.log(
      `\n${engine}: seeding the demo, ${fmt(ROWS)} interactions (500 agents, 20 teams) and ${fmt(EVALS)} evaluations …`,
    );
    const t0 = performance.now();
    const seeded = await seedPages(handle, ROWS, EVALS);
    console.log(`  seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const teamId = seeded.teamIds[0];
    const teamRows = Number(
      (
        await handle.db
          .selectFrom('interaction_agent_daily as r')
          .innerJoin('employees as e', 'e.id', 'r.agent_id')
          .where('e.team_id', '=', teamId)
          .select((eb) => eb.fn.sum<number>('r.offered').as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const deepDepth = Math.floor(teamRows * 0.9);
    const deep = await handle.db
      .selectFrom('interactions as i')
      .innerJoin('employees as e', 'e.id', 'i.agent_id')
      .where('e.team_id', '=', teamId)
      .select('i.id')
      .orderBy('i.started_at', 'desc')
      .orderBy('i.id', 'desc')
      .offset(deepDepth)
      .limit(1)
      .executeTakeFirstOrThrow();
    // The busiest cohort board: the demo cohort with the most trainees.
    const cohort = await handle.db
      .selectFrom('training_cohort_members')
      .select('cohort_id')
      .groupBy('cohort_id')
      .orderBy((eb) => eb.fn.countAll(), 'desc')
      .limit(1)
      .executeTakeFirst();
    targets = {
      teamId,
      departmentId: seeded.departmentId,
      agentId: seeded.agentIds[0],
      deepId: deep.id,
      deepDepth,
      cohortId: cohort?.cohort_id ?? null,
    };
  } finally {
    await handle.close();
  }
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1]], {
    env: { ...process.env, BENCH_MEASURE: url, BENCH_TARGETS: JSON.stringify(targets) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (b: Buffer) => {
    out += b.toString();
  });
  if ((await once(child, 'exit'))[0] !== 0) throw new Error(`the measuring child failed on ${engine}`);
  const r = JSON.parse(out.trim().split('\n').at(-1)!);
  console.log(loadLine());
  console.log(`  ${'page'.padEnd(44)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'CPU'.padStart(8)}  aim`);
  for (const x of r.results) {
    const ok = x.median < x.aim ? 'ok' : 'MISSED';
    console.log(
      `  ${x.name.padEnd(44)} ${x.median.toFixed(1).padStart(6)} ms ${x.p95.toFixed(1).padStart(6)} ms ${x.cpu.toFixed(1).padStart(6)} ms  < ${x.aim} ms: ${ok}   ${x.shows}`,
    );
  }
  console.log(`  server process RSS after the run ${mb(r.rss)}, peak ${mb(r.peak)}`);
  console.log(`  plan of the deep team page:\n    ${(await explain(url, targets)).join('\n    ')}`);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'seatwise-bench-pages-'));
  try {
    // BENCH_SQLITE=0: PostgreSQL only (a full-size run of each engine takes minutes).
    if (process.env.BENCH_SQLITE !== '0') await run('SQLite (better-sqlite3, WAL)', `sqlite:${join(dir, 'bench.db')}`);
  } finally {
    if (process.env.BENCH_KEEP) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) return console.log('\n(PostgreSQL skipped: set BENCH_DATABASE_URL=postgres://… to measure it too)');
  const schema = `bench_pages_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  try {
    await run('PostgreSQL (CPU time is the Node process only; the server works in its own)', u.toString());
  } finally {
    if (process.env.BENCH_KEEP) console.log(`kept schema ${schema}`);
    else await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

if (process.env.BENCH_MEASURE) await measure(process.env.BENCH_MEASURE, JSON.parse(process.env.BENCH_TARGETS!));
else await main();
