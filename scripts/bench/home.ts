// Home page benchmark (issue 26). Run: `npm run bench:home`.
//
// For each size in BENCH_SIZES (default 500 and 10,000 agents) it seeds a fresh SQLite database
// and, with BENCH_DATABASE_URL (or TEST_DATABASE_URL) = postgres://…, a fresh schema of that
// PostgreSQL (dropped afterwards; ANALYZE after seeding): centers of 500 agents in teams of 20,
// QA and KPI history, and work waiting in every area (home-*.ts). Then, through app.inject, it
// times GET /api/home/work and GET /api/home/panels as a center manager (500 agents), a team
// lead, a QA evaluator, an agent and the other roles (BENCH_WARMUP 2 calls, then BENCH_RUNS 15:
// median and p95 next to the aim, < 300 ms), and each work source's own items() call for each
// role, so a slow one shows. Never exits non-zero on a time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../../src/server/app.js';
import { connect, type DbHandle } from '../../src/server/db/connect.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { DEMO_PASSWORD } from '../../src/server/demo/seed.js';
import { getCalendar } from '../../src/server/lib/calendar.js';
import { todayInCenter } from '../../src/server/lib/center-time.js';
import { nowIso } from '../../src/server/lib/clock.js';
import { hashPassword } from '../../src/server/lib/passwords.js';
import { resolveSession } from '../../src/server/lib/sessions.js';
import { WORK_SOURCES } from '../../src/server/modules/home/work/sources.js';
import { seedAppraisal } from './home-appraisal.js';
import { seedCalls, seedOversight, seedSchedule } from './home-extra.js';
import { seedOrg, type Accounts } from './home-org.js';
import { seedAttendance, seedElimination } from './home-people.js';
import { seedKpi, seedQuality } from './home-quality.js';
import { seedDrills, seedExams, seedSessions } from './home-training.js';
import { fmt, loadLine } from './setup.js';

const SIZES = (process.env.BENCH_SIZES ?? '500,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const AIM_MS = 300;
/** The roles timed, in the report's order (BENCH_ROLES=manager,agent to time fewer). */
const ROLES = (process.env.BENCH_ROLES ?? 'manager,teamlead,qa,agent,trainee,trainer,training,hr,admin').split(
  ',',
) as (keyof Accounts)[];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Runs `fn` WARMUP + RUNS times; median and p95 of the measured runs, and the last result. */
async function time<T>(fn: () => Promise<T>, runs = RUNS): Promise<{ median: number; p95: number; last: T }> {
  const times: number[] = [];
  let last!: T;
  for (let i = 0; i < WARMUP + runs; i++) {
    const started = performance.now();
    last = await fn();
    if (i >= WARMUP) times.push(performance.now() - started);
  }
  return { median: pct(times, 50), p95: pct(times, 95), last };
}

function table(head: string[], rows: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    `  | ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(head));
  console.log(`  |${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

const verdict = (median: number, p95: number) => (p95 < AIM_MS ? 'ok' : median < AIM_MS ? 'p95 over' : 'OVER');

async function seed(handle: DbHandle, agents: number) {
  const { db } = handle;
  const t0 = performance.now();
  const today = await todayInCenter(db);
  const org = await seedOrg(db, agents, today, nowIso(), await hashPassword(DEMO_PASSWORD));
  const counts: Record<string, number> = { agents: org.agents.length, trainees: org.trainees.length };
  Object.assign(counts, await seedQuality(db, org, org.accounts.qa));
  counts.kpiRows = await seedKpi(db, org);
  Object.assign(counts, await seedAttendance(db, org));
  Object.assign(counts, await seedElimination(db, org));
  Object.assign(counts, await seedExams(db, org));
  Object.assign(counts, await seedSchedule(db, org));
  Object.assign(counts, await seedOversight(db, org));
  Object.assign(counts, await seedAppraisal(db, org));
  Object.assign(counts, await seedDrills(db, org));
  Object.assign(counts, await seedSessions(db, org));
  Object.assign(counts, await seedCalls(db, org));
  if (handle.dialect === 'postgres') await sql`ANALYZE`.execute(db);
  console.log(
    `  seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s (today ${today}): ${Object.entries(counts)
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(', ')}`,
  );
  return org;
}

async function run(label: string, url: string, agents: number) {
  console.log(`\n== ${label}, ${fmt(agents)} agents`);
  console.log(loadLine());
  const handle = connect(url);
  await migrateToLatest(handle);
  const org = await seed(handle, agents);
  const app = await buildApp({
    config: { logLevel: 'silent', secureCookies: false, trustedOrigins: [] },
    handle,
    serveWeb: false,
  });
  try {
    await app.ready();
    const endpoints: string[][] = [];
    const perSource = new Map<string, string[]>(WORK_SOURCES.map((s) => [s.name, []]));
    const ctx = { today: await todayInCenter(handle.db), calendar: await getCalendar(handle.db) };
    for (const role of ROLES) {
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: org.usernames[role], password: DEMO_PASSWORD },
      });
      const setCookie = login.headers['set-cookie'];
      if (login.statusCode !== 200 || !setCookie) {
        console.log(`  ${role}: sign-in failed (${login.statusCode}) ${login.body.slice(0, 120)}`);
        continue;
      }
      const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0];
      for (const path of ['/api/home/work', '/api/home/panels']) {
        const t = await time(() => app.inject({ method: 'GET', url: path, headers: { cookie } }));
        const res = t.last;
        const body = res.statusCode === 200 ? (res.json() as { data?: { total?: number } }) : null;
        endpoints.push([
          `${role} ${path}`,
          String(res.statusCode),
          fmt(res.rawPayload.length),
          body?.data?.total !== undefined ? fmt(body.data.total) : '',
          t.median.toFixed(1),
          t.p95.toFixed(1),
          res.statusCode === 200 ? verdict(t.median, t.p95) : 'error',
        ]);
      }
      const actor = await resolveSession(handle.db, decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1)));
      if (!actor) throw new Error(`no session for ${role}`);
      for (const s of WORK_SOURCES) {
        if (!s.appliesTo(actor)) {
          perSource.get(s.name)!.push('–');
          continue;
        }
        try {
          const t = await time(() => s.items(handle.db, actor, ctx));
          perSource.get(s.name)!.push(`${t.median.toFixed(1)} (${t.last.length})`);
        } catch (e) {
          perSource.get(s.name)!.push(`error: ${(e as Error).message.slice(0, 40)}`);
        }
      }
    }
    table(['GET as role', 'status', 'bytes', 'items', 'median ms', 'p95 ms', `aim < ${AIM_MS} ms`], endpoints);
    console.log(`  ${RUNS} runs after ${WARMUP} warm-up calls each; ${loadLine().trim()}`);
    console.log(`\n  each work source alone: median ms of ${RUNS} items() calls (items), – where it does not apply`);
    if (!WORK_SOURCES.length) console.log('  (no work sources registered yet)');
    else
      table(
        ['source', ...ROLES],
        [...perSource].map(([name, cells]) => [name, ...cells]),
      );
  } finally {
    await app.close();
  }
}

async function main() {
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  for (const agents of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), 'seatwise-bench-home-'));
    try {
      await run('SQLite (better-sqlite3, WAL)', `sqlite:${join(dir, 'bench.db')}`, agents);
    } finally {
      if (process.env.BENCH_KEEP) console.log(`kept ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
    }
    if (!pgUrl) continue;
    const schema = `bench_home_${process.pid}_${agents}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const u = new URL(pgUrl);
    u.searchParams.set('options', `-c search_path=${schema}`);
    try {
      await run('PostgreSQL', u.toString(), agents);
    } finally {
      if (process.env.BENCH_KEEP) console.log(`kept schema ${schema}`);
      else await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  }
  if (!pgUrl) console.log('\n(PostgreSQL skipped: set BENCH_DATABASE_URL=postgres://… to measure it too)');
}

await main();
