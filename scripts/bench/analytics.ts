// Training-proof benchmark (issue 22). Run: `npm run bench:analytics`.
//
// Builds BENCH_PEOPLE (default 10,000) hires over 5 years straight into the analytics rollups and
// the small source tables the pages read (analytics-data.ts; no raw interactions), on a fresh
// SQLite database and, with BENCH_DATABASE_URL (or TEST_DATABASE_URL) = postgres://…, in a fresh
// schema of that PostgreSQL (dropped afterwards). Then it finds every GET endpoint under
// /api/analytics in the app's OpenAPI document, and times each through app.inject as the demo's
// training manager: BENCH_WARMUP (2) calls, then BENCH_RUNS (15) measured; median and p95 next to
// the aim (< 300 ms per page). Endpoints added later are picked up by themselves; those whose
// parameters it cannot fill are listed. The monthly report is timed twice: as readers find it
// (its rollup figures kept since the last rebuild) and as the first reader after a rebuild.
// BENCH_ONLY=<regex> times only the matching calls. Never exits non-zero on a time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../../src/server/app.js';
import { connect } from '../../src/server/db/connect.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { DEMO_PASSWORD, seedDemo } from '../../src/server/demo/seed.js';
import { seedAnalyticsBench, type BenchIds } from './analytics-data.js';
import { fmt, loadLine } from './setup.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const AIM_MS = 300;
/** Time only the calls whose path matches this regular expression (e.g. BENCH_ONLY='levels|report'). */
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
const PREFIX = '/api/analytics';

/** The calls to time, by endpoint (the path as in OpenAPI, relative to /api/analytics). */
function cases(ids: BenchIds): Record<string, string[]> {
  const [p1] = ids.programs.slice(-12);
  const [t1, t2] = ids.trainers;
  const month = ids.lastMonth;
  const q = (path: string, ...queries: string[]) => queries.map((x) => path + x);
  return {
    '/facts/state': q('/facts/state', ''),
    '/retention': q(
      '/retention',
      '?by=hire_month',
      '?by=program',
      '?by=department',
      '?by=trainer',
      '?by=mentor',
      `?by=trainer&programId=${p1}`,
    ),
    '/retention/compare': q(
      '/retention/compare',
      `?by=trainer&a=${t1}&b=${t2}`,
      `?by=program&a=${ids.programs[0]}&b=${p1}`,
    ),
    '/retention/people': q(
      '/retention/people',
      `?by=program&group=${p1}&show=exited`,
      '?by=hire_month&show=at_risk&months=12',
    ),
    '/rates': q('/rates', '?by=program', '?by=course', '?by=exam', '?by=trainer'),
    '/rates/eliminations': q('/rates/eliminations', ''),
    '/rates/people': q('/rates/people', `?by=program&key=${p1}&outcome=failed`),
    '/rates/export.xlsx': q('/rates/export.xlsx', '?by=program'),
    '/levels': q('/levels', ''),
    '/levels/programs/{id}': [`/levels/programs/${p1}`, `/levels/programs/${ids.otjPlans[ids.otjPlans.length - 2]}`],
    '/levels/programs/{id}/exams': [`/levels/programs/${p1}/exams`],
    '/effects': q('/effects', '?kind=trainer', '?kind=mentor'),
    '/effects/compare/{a}/{b}': [`/effects/compare/${t1}/${t2}?kind=trainer`],
    '/warnings': q('/warnings', '', '?status=all'),
    '/warnings/actions': q('/warnings/actions', ''),
    '/report': q('/report', `?month=${month}`),
    '/report.xlsx': q('/report.xlsx', `?month=${month}&locale=zh-CN`),
  };
}

/** A call for a path with no case: path parameters filled with a program, query left empty. */
function fallback(path: string, ids: BenchIds): string | null {
  if (path === '/warnings/{id}' && ids.warningId) return `/warnings/${ids.warningId}`;
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  if (!names.length) return path;
  if (names.every((n) => n === 'id') && path.includes('program')) return path.replace('{id}', ids.programs[50]);
  return null;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function run(label: string, url: string) {
  console.log(`\n== ${label}`);
  console.log(loadLine());
  const handle = connect(url);
  await migrateToLatest(handle);
  const t0 = performance.now();
  await seedDemo(handle.db);
  const manager = await handle.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'training')
    .executeTakeFirstOrThrow();
  const ids = await seedAnalyticsBench(handle.db, PEOPLE, manager.id);
  console.log(
    `  seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${Object.entries(ids.counts)
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(', ')}`,
  );
  if (handle.dialect === 'postgres') await sql`ANALYZE`.execute(handle.db);
  const app = await buildApp({
    config: { logLevel: 'silent', secureCookies: false, trustedOrigins: [] },
    handle,
    serveWeb: false,
  });
  try {
    await app.ready();
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'training', password: DEMO_PASSWORD },
    });
    const setCookie = login.headers['set-cookie'];
    const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)!.split(';')[0];
    const spec = app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const paths = Object.keys(spec.paths)
      .filter((p) => p.startsWith(PREFIX) && spec.paths[p].get)
      .map((p) => p.slice(PREFIX.length))
      .sort();
    const known = cases(ids);
    const rows: string[][] = [];
    const skipped: string[] = [];
    for (const path of paths) {
      const guess = fallback(path, ids);
      const calls = known[path] ?? (guess ? [guess] : []);
      if (!calls.length) {
        skipped.push(path);
        continue;
      }
      // The report keeps its rollup figures until the next rebuild (report.cache.ts): timed as a
      // reader finds it, and as the first reader after a rebuild does (nothing kept yet).
      const variants = calls.flatMap((call) =>
        call.startsWith('/report') ? [{ call }, { call, cold: true }] : [{ call }],
      );
      for (const { call, cold } of variants) {
        if (ONLY && !ONLY.test(call)) continue;
        const times: number[] = [];
        const cpu: number[] = [];
        let status = 0;
        let bytes = 0;
        for (let i = 0; i < WARMUP + RUNS; i++) {
          if (cold) await handle.db.deleteFrom('analytics_report_cache').execute();
          const started = performance.now();
          const cpuStart = process.cpuUsage();
          const res = await app.inject({ method: 'GET', url: PREFIX + call, headers: { cookie } });
          const ms = performance.now() - started;
          const used = process.cpuUsage(cpuStart);
          status = res.statusCode;
          bytes = res.rawPayload.length;
          if (i >= WARMUP) {
            times.push(ms);
            cpu.push((used.user + used.system) / 1000);
          }
        }
        const median = pct(times, 50);
        const p95 = pct(times, 95);
        const label = cold ? `${call} (first after a rebuild)` : call;
        rows.push([
          label.length > 70 ? `${label.slice(0, 67)}…` : label,
          String(status),
          fmt(bytes),
          median.toFixed(1),
          p95.toFixed(1),
          pct(cpu, 50).toFixed(1),
          status !== 200 ? 'error' : p95 < AIM_MS ? 'ok' : median < AIM_MS ? 'p95 over' : 'OVER',
        ]);
      }
    }
    const head = ['GET /api/analytics…', 'status', 'bytes', 'median ms', 'p95 ms', 'cpu ms', `aim < ${AIM_MS} ms`];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r: string[]) =>
      `  | ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
    console.log(line(head));
    console.log(`  |${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
    for (const r of rows) console.log(line(r));
    console.log(`  ${RUNS} runs after ${WARMUP} warm-up calls each; ${loadLine().trim()}`);
    if (skipped.length) console.log(`  not timed (parameters unknown to the bench): ${skipped.join(', ')}`);
  } finally {
    await app.close();
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'seatwise-bench-analytics-'));
  try {
    await run('SQLite (better-sqlite3, WAL)', `sqlite:${join(dir, 'bench.db')}`);
  } finally {
    if (process.env.BENCH_KEEP) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) return console.log('\n(PostgreSQL skipped: set BENCH_DATABASE_URL=postgres://… to measure it too)');
  const schema = `bench_analytics_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  try {
    await run('PostgreSQL', u.toString());
  } finally {
    if (process.env.BENCH_KEEP) console.log(`kept schema ${schema}`);
    else await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

await main();
