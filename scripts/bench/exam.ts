// Load benchmark of issue 4: N simulated examinees in one exam, each saving an answer every 2 s
// for M minutes and then submitting, against the production build (dist/server) started as a
// child process on a free port with a temporary SQLite database — and on PostgreSQL as well
// when BENCH_DATABASE_URL is set (a fresh schema is made and dropped there).
// Prints saves/s, save latency percentiles, and counts lost and mis-scored answers (must be 0).
//   npm run bench:exam -- [--minutes 5] [--examinees 500] [--interval 2] [--skip-build]
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { connect } from '../../src/server/db/connect.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { seedDemo, DEMO_PASSWORD } from '../../src/server/demo/seed.js';
import { newId } from '../../src/server/lib/ids.js';
import { nowIso } from '../../src/server/lib/clock.js';
import { hashPassword } from '../../src/server/lib/passwords.js';
import { createSession } from '../../src/server/lib/sessions.js';
import { employeeRow, insertEmployees, insertUser } from './setup.js';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    examinees: { type: 'string', default: '500' },
    interval: { type: 'string', default: '2' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const MINUTES = Number(args.minutes);
const N = Number(args.examinees);
const INTERVAL_MS = Number(args.interval) * 1000;
const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'dist/server/server/main.js');

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, () => {
      const p = (s.address() as any).port;
      s.close(() => ok(p));
    });
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Session {
  token: string;
  csrf: string;
}
interface Key {
  id: string;
  type: string;
  points: number;
  options: { id: string; fraction: number }[];
  answer: boolean | null;
  blanks: string[][];
}

/** Demo center plus N examinees with sessions, written straight to the database (no HTTP logins). */
async function prepare(url: string) {
  const handle = connect(url);
  await migrateToLatest(handle);
  await seedDemo(handle.db);
  const team = await handle.db.selectFrom('teams').select('id').where('code', '=', 'TRN-NH').executeTakeFirstOrThrow();
  const hash = await hashPassword(DEMO_PASSWORD);
  const at = nowIso();
  const people: { employeeId: string; session: Session }[] = [];
  for (let i = 0; i < N; i++) {
    const employeeId = newId();
    const userId = newId();
    await insertEmployees(handle.db, [
      employeeRow(
        {
          id: employeeId,
          employee_no: `B${100000 + i}`,
          name: `考生${i}`,
          team_id: team.id,
          hire_date: '2026-11-16',
          status: 'trainee',
          status_since: '2026-11-16',
          position: null,
        },
        at,
      ),
    ]);
    await insertUser(
      handle.db,
      { id: userId, username: `bench${i}`, displayName: `考生${i}`, role: 'agent', employeeId, passwordHash: hash },
      at,
    );
    const s = await createSession(handle.db, userId);
    people.push({ employeeId, session: { token: s.token, csrf: s.csrfToken } });
  }
  const trainer = await handle.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'trainer')
    .executeTakeFirstOrThrow();
  const ts = await createSession(handle.db, trainer.id);
  await handle.close();
  return { people, trainer: { token: ts.token, csrf: ts.csrfToken } };
}

function client(base: string, s: Session) {
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(base + path, {
      method,
      headers: {
        cookie: `sw_session=${s.token}`,
        'x-csrf-token': s.csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as any;
    if (res.status !== 200) throw new Error(`${method} ${path}: ${res.status} ${json.errorCode} ${json.errorMessage}`);
    return json.data;
  };
}

/** Independent of the server's code: the scoring rules as documented in grading.score.ts. */
function expectedScore(k: Key, a: any): number {
  if (!a) return 0;
  const r = (n: number) => Math.round(n * 10_000) / 10_000;
  if (k.type === 'single')
    return r(k.points * Math.max(0, k.options.find((o) => o.id === a.optionIds?.[0])?.fraction ?? 0));
  if (k.type === 'multiple')
    return r(
      k.points *
        Math.min(
          1,
          Math.max(
            0,
            k.options.filter((o) => a.optionIds.includes(o.id)).reduce((s, o) => s + o.fraction, 0),
          ),
        ),
    );
  if (k.type === 'true_false') return a.value === k.answer ? k.points : 0;
  const right = k.blanks.filter((acc, i) =>
    acc.some(
      (v) =>
        v.toLowerCase().replace(/\s/g, '') ===
        String(a.blanks[i] ?? '')
          .toLowerCase()
          .replace(/\s/g, ''),
    ),
  ).length;
  return r((k.points * right) / k.blanks.length);
}

function randomAnswer(k: Key, rand: () => number) {
  if (k.type === 'single') return { optionIds: [k.options[Math.floor(rand() * k.options.length)].id] };
  if (k.type === 'multiple') return { optionIds: k.options.filter(() => rand() < 0.5).map((o) => o.id) };
  if (k.type === 'true_false') return { value: rand() < 0.5 };
  return { blanks: k.blanks.map((acc) => (rand() < 0.6 ? acc[Math.floor(rand() * acc.length)] : '不知道')) };
}

async function run(label: string, url: string) {
  console.log(`\n== ${label}: ${N} examinees, a save every ${INTERVAL_MS / 1000} s for ${MINUTES} min ==`);
  const t0 = Date.now();
  const { people, trainer } = await prepare(url);
  console.log(`prepared the database in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}/api`;
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/health`)).ok) break;
      } catch {
        /* not up yet */
      }
      if (i > 100) throw new Error('the server did not start');
      await sleep(100);
    }
    const t = client(base, trainer);
    const keys: Key[] = [];
    const opts = (n: number, right: number[]) =>
      Array.from({ length: n }, (_, i) => ({ text: `选项${i}`, correct: right.includes(i) }));
    for (let i = 0; i < 20; i++) {
      const q =
        i % 4 === 0
          ? {
              type: 'single',
              stem: `单选${i}`,
              options: [
                { text: '全对', fraction: 1 },
                { text: '半对', fraction: 0.5 },
                { text: '错' },
                { text: '错2' },
              ],
            }
          : i % 4 === 1
            ? { type: 'multiple', stem: `多选${i}`, options: opts(5, [0, 2]) }
            : i % 4 === 2
              ? { type: 'true_false', stem: `判断${i}`, answer: i % 8 === 2 }
              : {
                  type: 'fill_blank',
                  stem: `填空${i} ____ ____`,
                  blanks: [{ accepted: ['95555', '955-55'] }, { accepted: ['CRM'] }],
                };
      const { id } = await t('POST', '/exams/questions', { ...q, points: 1 + (i % 3) });
      const d = await t('GET', `/exams/questions/${id}`);
      keys.push({
        id,
        type: d.type,
        points: d.points,
        options: d.options.map((o: any) => ({ id: o.id, fraction: o.fraction })),
        answer: d.answer,
        blanks: d.blanks.map((b: any) => b.accepted),
      });
    }
    const paper = await t('POST', '/exams/papers', {
      title: '压测卷',
      mode: 'fixed',
      items: keys.map((k) => ({ questionId: k.id })),
    });
    const now = Date.now();
    const exam = await t('POST', '/exams', {
      title: '压测考试',
      paperId: paper.id,
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + (MINUTES + 30) * 60_000).toISOString(),
      timeLimitMinutes: Math.ceil(MINUTES) + 10,
    });
    await t('PUT', `/exams/${exam.id}/examinees`, { employeeIds: people.map((p) => p.employeeId) });
    await t('POST', `/exams/${exam.id}/open`);
    const keyOf = new Map(keys.map((k) => [k.id, k]));

    const latencies: number[] = [];
    let errors = 0;
    const startAll = Date.now();
    const endAt = startAll + MINUTES * 60_000;
    const outcomes = await Promise.all(
      people.map(async (p, n) => {
        const c = client(base, p.session);
        let seed = n + 1;
        const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
        await sleep(rand() * INTERVAL_MS);
        const v = await c('POST', `/exams/${exam.id}/attempts`);
        const last = new Map<string, any>();
        let seq = 0;
        while (Date.now() < endAt) {
          const item = v.items[Math.floor(rand() * v.items.length)];
          const answer = randomAnswer(keyOf.get(item.questionId)!, rand);
          const t1 = performance.now();
          try {
            await c('PUT', `/exams/attempts/${v.attemptId}/answers/${item.questionId}`, {
              ...answer,
              clientSeq: ++seq,
            });
            latencies.push(performance.now() - t1);
            last.set(item.questionId, answer);
          } catch (err) {
            errors++;
            if (errors < 5) console.error(String(err));
          }
          const wait = INTERVAL_MS - (performance.now() - t1);
          if (wait > 0) await sleep(wait);
        }
        // Resume as after a reload: every saved answer must come back as last sent.
        const back = await c('GET', `/exams/attempts/${v.attemptId}`);
        let lost = 0;
        for (const i of back.items)
          if (JSON.stringify(i.answer ?? null) !== JSON.stringify(last.get(i.questionId) ?? null)) lost++;
        await c('POST', `/exams/attempts/${v.attemptId}/submit`);
        const raw = [...keyOf.keys()].reduce((s, id) => s + expectedScore(keyOf.get(id)!, last.get(id)), 0);
        const max = keys.reduce((s, k) => s + k.points, 0);
        return { attemptId: v.attemptId, lost, expected: Math.round((raw / max) * 10000) / 100, saves: last.size };
      }),
    );
    const elapsed = (Date.now() - startAll) / 1000;
    const results = await t('GET', `/exams/${exam.id}/results`);
    const scoreOf = new Map(results.map((r: any) => [r.attemptId, r.score]));
    const misScored = outcomes.filter(
      (o) => Math.abs((scoreOf.get(o.attemptId) as number) - o.expected) > 0.011,
    ).length;
    latencies.sort((a, b) => a - b);
    const pct = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]?.toFixed(1);
    console.log(
      `saves: ${latencies.length} in ${elapsed.toFixed(0)} s = ${(latencies.length / elapsed).toFixed(1)} saves/s; errors ${errors}`,
    );
    console.log(
      `save latency ms: p50 ${pct(50)}  p95 ${pct(95)}  p99 ${pct(99)}  max ${latencies[latencies.length - 1]?.toFixed(1)}`,
    );
    console.log(
      `lost answers: ${outcomes.reduce((s, o) => s + o.lost, 0)}   mis-scored attempts: ${misScored} of ${outcomes.length}   graded: ${results.filter((r: any) => r.status === 'graded').length}`,
    );
    return { lost: outcomes.reduce((s, o) => s + o.lost, 0), misScored };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function main() {
  if (!args['skip-build'] || !existsSync(MAIN)) {
    console.log('building the server (tsc -p tsconfig.server.json)…');
    try {
      execSync('npx tsc -p tsconfig.server.json', { cwd: ROOT, stdio: 'inherit' });
    } catch {
      // tsc still writes the JavaScript when it reports type errors; go on if the entry exists.
      if (!existsSync(MAIN)) throw new Error('the server build failed');
      console.warn('tsc reported type errors (see above); benchmarking the JavaScript it emitted');
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'seatwise-bench-'));
  const outcomes = [await run('SQLite', `sqlite:${join(dir, 'bench.db')}`)];
  rmSync(dir, { recursive: true, force: true });
  if (process.env.BENCH_DATABASE_URL) {
    const schema = `bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const u = new URL(process.env.BENCH_DATABASE_URL);
    u.searchParams.set('options', `-c search_path=${schema}`);
    try {
      outcomes.push(await run('PostgreSQL', u.toString()));
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  } else {
    console.log('\n(PostgreSQL skipped: set BENCH_DATABASE_URL=postgres://… to run it too)');
  }
  if (outcomes.some((o) => o.lost || o.misScored)) process.exitCode = 1;
}

await main();
