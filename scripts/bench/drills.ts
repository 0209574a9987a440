// Drills benchmark (issue 20). Run: `npm run bench:drills` (SQLite in a temp folder), or with
// DATABASE_URL / TEST_DATABASE_URL = postgres://… to run on PostgreSQL (in a schema of its own,
// dropped afterwards).
//
// Loads BENCH_PEOPLE (500) people × BENCH_CARDS (2,000) cards in 10 decks meant for everyone, each
// person with an FSRS state for BENCH_SEEN (1,000) of them (about 5% overdue, 3% due today) and
// BENCH_REVIEWS_PER_CARD (2) past reviews each, and 30 days of practice, written in bulk. Then:
//   1. a person's daily queue: practice's dueCards and the /queue payload (queueView), p50/p99 over
//      200 people (aim < 50 ms), and GET /api/drills/queue through the app for one of them;
//   2. a review write (recordReview: grading, ts-fsrs, the review, the day) p50/p99 with 64
//      reviewers answering at once (aim p99 < 20 ms);
//   3. the team view of all 500 people (GET /api/drills/team, 7 days): first and best of 5.
// Prints figures; never exits non-zero on a time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildApp } from '../../src/server/app.js';
import { connect, type DbHandle } from '../../src/server/db/connect.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { nowIso, setClock } from '../../src/server/lib/clock.js';
import { newId } from '../../src/server/lib/ids.js';
import { hashPassword } from '../../src/server/lib/passwords.js';
import { dueCards } from '../../src/server/modules/drills/practice/queue.service.js';
import { queueView } from '../../src/server/modules/drills/practice/queue.view.js';
import { recordReview } from '../../src/server/modules/drills/practice/review.service.js';
import { loadDrillsBench } from './drills-data.js';
import { fmt, insertUser, loadLine } from './setup.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 500);
const CARDS = Number(process.env.BENCH_CARDS ?? 2000);
const SEEN = Math.min(CARDS, Number(process.env.BENCH_SEEN ?? 1000));
const REVIEWS_PER_CARD = Number(process.env.BENCH_REVIEWS_PER_CARD ?? 2);
const REVIEWERS = 64;
const REVIEWS_EACH = 16; // half answered paced, half in a burst
const NOW = '2026-11-05T02:00:00.000Z'; // Thursday 10:00 in Beijing
const TODAY = '2026-11-05';
const log = (s = '') => process.stdout.write(`${s}\n`);
const ms = (n: number) => `${n.toFixed(1)} ms`;
const pct = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function timed<T>(fn: () => Promise<T>) {
  const t = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t };
}

async function run(handle: DbHandle, where: string) {
  setClock(NOW);
  const db = handle.db;
  await migrateToLatest(handle);
  const loaded = await timed(() =>
    loadDrillsBench(db, {
      people: PEOPLE,
      cards: CARDS,
      seen: SEEN,
      reviewsPerCard: REVIEWS_PER_CARD,
      now: NOW,
      today: TODAY,
    }),
  );
  const { people, states, reviews } = loaded.value;
  log(
    `${where}: loaded ${fmt(PEOPLE)} people × ${fmt(CARDS)} cards — ${fmt(states)} states, ${fmt(reviews)} reviews, ${fmt(PEOPLE * 30)} practice days in ${(loaded.ms / 1000).toFixed(1)} s`,
  );

  // 1. The daily queue.
  const sample = Array.from({ length: 200 }, (_, i) => people[(i * 7919) % people.length]);
  await dueCards(db, sample[0], { limit: 20 }); // warm the statement cache and the settings
  const due: number[] = [];
  const payload: number[] = [];
  let size = 0;
  for (const id of sample) {
    due.push((await timed(() => dueCards(db, id, { limit: 20 }))).ms);
    const v = await timed(() => queueView(db, id, 20));
    payload.push(v.ms);
    size = v.value.length;
  }
  log(`Daily queue of one person, 20 cards (aim < 50 ms), 200 people:`);
  log(`  dueCards   p50 ${ms(pct(due, 50))}, p99 ${ms(pct(due, 99))}`);
  log(`  /queue payload (queueView) p50 ${ms(pct(payload, 50))}, p99 ${ms(pct(payload, 99))} (${size} cards)`);

  const app = await buildApp({
    config: { logLevel: 'silent', secureCookies: false, trustedOrigins: [] },
    handle,
    serveWeb: false,
  });
  await app.ready();
  const password = 'Bench-2026-drills';
  await insertUser(
    db,
    {
      id: newId(),
      username: 'benchlearner',
      displayName: '压测',
      role: 'agent',
      employeeId: people[1],
      passwordHash: await hashPassword(password),
    },
    nowIso(),
  );
  await insertUser(
    db,
    {
      id: newId(),
      username: 'benchmanager',
      displayName: '压测',
      role: 'training_manager',
      passwordHash: await hashPassword(password),
    },
    nowIso(),
  );
  const cookieOf = async (username: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    const c = res.headers['set-cookie'];
    return (Array.isArray(c) ? c[0] : (c ?? '')).split(';')[0];
  };
  const learner = await cookieOf('benchlearner');
  const http: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    const res = await app.inject({ method: 'GET', url: '/api/drills/queue?limit=20', headers: { cookie: learner } });
    http.push(performance.now() - t);
    if (res.statusCode !== 200) {
      log(`  GET /api/drills/queue answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
      break;
    }
  }
  log(`  GET /api/drills/queue over HTTP (app.inject) p50 ${ms(pct(http, 50))}, p99 ${ms(pct(http, 99))}`);

  // 2. Review writes, 64 reviewers at once, each answering their due cards.
  const first = people.length >= 100 + REVIEWERS ? 100 : 0; // people the queue sample above did not warm first
  const reviewers = people.slice(first, first + REVIEWERS);
  const queues = await Promise.all(reviewers.map((id) => dueCards(db, id, { limit: REVIEWS_EACH })));
  const answers = new Map(
    (await db.selectFrom('drill_cards').select(['id', 'answer']).execute()).map((c) => [c.id, c.answer]),
  );
  // Burst: every reviewer answers again the moment the last answer returns (the write path saturated).
  // Paced: each waits 0.5–1.5 s between answers — about 64 reviews a second, far faster than people
  // answer (a card takes 20–60 s), so the latency is the write's own plus what queueing remains.
  const rounds = async (label: string, offset: number, think: () => number) => {
    const writes: number[] = [];
    let failed = 0;
    const wall = await timed(() =>
      Promise.all(
        reviewers.map(async (employeeId, r) => {
          for (let k = offset; k < queues[r].length; k += 2) {
            const card = queues[r][k];
            const t = performance.now();
            try {
              await recordReview(
                db,
                { employeeId },
                { cardId: card.cardId, answer: k % 5 === 0 ? '不记得' : answers.get(card.cardId), durationMs: 25_000 },
              );
              writes.push(performance.now() - t);
            } catch {
              failed++;
            }
            const wait = think();
            if (wait) await new Promise((done) => setTimeout(done, wait));
          }
        }),
      ),
    );
    log(
      `  ${label}: ${fmt(writes.length)} reviews in ${ms(wall.ms)}, p50 ${ms(pct(writes, 50))}, p99 ${ms(pct(writes, 99))}${failed ? `, ${failed} failed` : ''}`,
    );
  };
  log(`Review write, ${REVIEWERS} reviewers at once (aim p99 < 20 ms):`);
  await rounds('paced (each answers every 0.5–1.5 s)', 0, () => 500 + Math.random() * 1000);
  await rounds('burst (no pause between answers)', 1, () => 0);

  // 3. The team view of everyone.
  const manager = await cookieOf('benchmanager');
  const team: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const res = await app.inject({
      method: 'GET',
      url: `/api/drills/team?from=2026-10-30&to=${TODAY}`,
      headers: { cookie: manager },
    });
    team.push(performance.now() - t);
    bytes = res.body.length;
    if (res.statusCode !== 200) {
      log(`  GET /api/drills/team answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
      break;
    }
  }
  log(`Team view of ${fmt(PEOPLE)} people, 7 days (GET /api/drills/team):`);
  log(`  first ${ms(team[0])}, best of ${team.length} ${ms(Math.min(...team))} (${fmt(bytes)} bytes)`);
  await app.close();
}

async function main() {
  log('Drills benchmark (issue 20)');
  log(loadLine());
  const url = [process.env.DATABASE_URL, process.env.TEST_DATABASE_URL].find((u) => u?.startsWith('postgres'));
  if (url) {
    const schema = `bench_drills_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const u = new URL(url);
    u.searchParams.set('options', `-c search_path=${schema}`);
    const handle = connect(u.toString());
    try {
      await run(handle, 'PostgreSQL');
    } finally {
      await handle.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'seatwise-bench-drills-'));
  const handle = connect(`sqlite:${join(dir, 'bench.db')}`);
  try {
    await run(handle, 'SQLite');
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => log(`bench failed: ${err instanceof Error ? err.stack : String(err)}`));
