// bench:web (issue 23): how much the browser fetches before the first page, and how fast the
// built server starts. Run `npm run build` first; see scripts/bench/README-web.md.
//
// 1. First load: the JS and CSS index.html pulls in before any route (the entry chunk and its
//    static imports, from Vite's manifest) plus the messages of the starting language (zh-CN),
//    which main.tsx fetches before the first render. Gzip size as served (the build's .gz
//    copies), brotli beside it. Aim ≤ 250 KB gzip.
// 2. The largest chunks and the total of all JS and CSS.
// 3. Cold start: `node dist/server/server/main.js` on a migrated SQLite file without the demo,
//    from spawn to the first 200 on /api/health; median of BENCH_RUNS (5) after one start that
//    migrates. CPU time of the process up to that answer beside the wall time. Aim < 0.8 s.
// Env: BENCH_RUNS, BENCH_SERVER (another built main.js, e.g. dist-a/server/server/main.js),
// BENCH_WEB (another built web folder). Never exits non-zero on a figure.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fmt, loadLine } from './setup.js';

const WEB = resolve(process.env.BENCH_WEB ?? 'dist/web');
const SERVER = resolve(process.env.BENCH_SERVER ?? 'dist/server/server/main.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const AIM_FIRST_KB = 250;
const AIM_START_S = 0.8;
/** The messages chunk main.tsx waits for before the first render (the default language). */
const START_MESSAGES = 'locales/zh-CN/index.ts';

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; imports?: string[]; css?: string[] };
type Manifest = Record<string, ManifestChunk>;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const verdict = (ok: boolean) => (ok ? 'meets the aim' : 'MISSES the aim');

/** Bytes of a built file as gzip and brotli: the build's own copies, or compressed here when it wrote none. */
function sizes(file: string) {
  const path = join(WEB, file);
  const body = readFileSync(path);
  const gz = existsSync(`${path}.gz`) ? readFileSync(`${path}.gz`).length : gzipSync(body, { level: 9 }).length;
  const br = existsSync(`${path}.br`)
    ? readFileSync(`${path}.br`).length
    : brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { file, raw: body.length, gz: Math.min(gz, body.length), br: Math.min(br, body.length) };
}

/** The files a manifest entry needs before it runs: itself, its static imports (deep) and their CSS. */
function closure(manifest: Manifest, keys: string[]) {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no ${key}`);
    files.add(chunk.file);
    chunk.css?.forEach((c) => files.add(c));
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return [...files];
}

function firstLoad() {
  const manifestPath = join(WEB, '.vite/manifest.json');
  if (!existsSync(manifestPath)) {
    console.log(`  no ${manifestPath}: run \`npm run build:web\` first`);
    return;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry);
  const shell = closure(manifest, entries).map(sizes);
  const messagesKey = Object.keys(manifest).find((k) => k.endsWith(START_MESSAGES));
  const shellFiles = new Set(shell.map((s) => s.file));
  const messages = messagesKey
    ? closure(manifest, [messagesKey])
        .filter((f) => !shellFiles.has(f))
        .map(sizes)
    : [];
  const sum = (xs: ReturnType<typeof sizes>[], k: 'raw' | 'gz' | 'br') => xs.reduce((n, x) => n + x[k], 0);
  const all = [...shell, ...messages];
  const html = sizes('index.html');

  console.log('\nFirst load (before any route)');
  console.log(`  index.html                       ${kb(html.raw).padStart(10)}  gzip ${kb(html.gz).padStart(9)}`);
  console.log(
    `  app shell: ${String(shell.length).padStart(3)} files              ${kb(sum(shell, 'raw')).padStart(10)}  gzip ${kb(sum(shell, 'gz')).padStart(9)}  br ${kb(sum(shell, 'br')).padStart(9)}`,
  );
  console.log(
    `  zh-CN messages: ${String(messages.length).padStart(2)} files          ${kb(sum(messages, 'raw')).padStart(10)}  gzip ${kb(sum(messages, 'gz')).padStart(9)}  br ${kb(sum(messages, 'br')).padStart(9)}`,
  );
  const firstGz = sum(all, 'gz');
  console.log(
    `  first load JS+CSS                ${kb(sum(all, 'raw')).padStart(10)}  gzip ${kb(firstGz).padStart(9)}  br ${kb(sum(all, 'br')).padStart(9)}   aim ≤ ${AIM_FIRST_KB} KB gzip: ${verdict(firstGz <= AIM_FIRST_KB * 1024)}`,
  );
  console.log('  its largest files (gzip):');
  for (const s of [...all].sort((a, b) => b.gz - a.gz).slice(0, 6))
    console.log(`    ${kb(s.gz).padStart(9)}  ${s.file}`);

  const built = readdirSync(join(WEB, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => sizes(`assets/${f}`));
  console.log(`\nAll chunks: ${built.length} JS/CSS files, ${kb(sum(built, 'raw'))}, gzip ${kb(sum(built, 'gz'))}`);
  console.log('  largest (loaded only by the pages that use them unless listed above):');
  for (const s of [...built].sort((a, b) => b.gz - a.gz).slice(0, 8))
    console.log(`    ${kb(s.raw).padStart(10)}  gzip ${kb(s.gz).padStart(9)}  ${s.file}`);
}

/** CPU seconds (user + system) a live process has used, from /proc (Linux); null elsewhere. */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100/s)
  } catch {
    return null;
  }
}

/** One start: spawn to the first 200 on /api/health; wall and CPU seconds. */
async function startOnce(dbFile: string, port: number) {
  const started = performance.now();
  const child = spawn(process.execPath, [SERVER], {
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${dbFile}`,
      SEED_DEMO: 'false',
      SEATWISE_DEMO: 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  try {
    for (;;) {
      if (exited) throw new Error(`the server exited before answering:\n${stderr}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (res.status === 200) break;
      } catch {
        /* not listening yet */
      }
      if (performance.now() - started > 60_000) throw new Error('no answer within 60 s');
      await new Promise((r) => setTimeout(r, 5));
    }
    return { wall: (performance.now() - started) / 1000, cpu: cpuSeconds(child.pid!) };
  } finally {
    child.kill('SIGKILL');
    await new Promise((r) => (exited ? r(null) : child.once('exit', r)));
  }
}

async function coldStart() {
  console.log('\nCold start (spawn → first 200 on /api/health, SQLite, no demo)');
  if (!existsSync(SERVER)) {
    console.log(`  no ${SERVER}: run \`npm run build\` first (or set BENCH_SERVER)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'seatwise-bench-web-'));
  const db = join(dir, 'bench.db');
  const port = 39_000 + (process.pid % 1000);
  try {
    const first = await startOnce(db, port);
    console.log(`  first start (migrates a new file): ${first.wall.toFixed(2)} s, not counted`);
    const runs: { wall: number; cpu: number | null }[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await startOnce(db, port));
    const wall = median(runs.map((r) => r.wall));
    const cpus = runs.map((r) => r.cpu).filter((c): c is number => c !== null);
    const cpu = cpus.length ? `, CPU ${median(cpus).toFixed(2)} s` : '';
    console.log(`  runs: ${runs.map((r) => r.wall.toFixed(2)).join(' ')} s`);
    console.log(
      `  median of ${fmt(RUNS)}: ${wall.toFixed(2)} s wall${cpu}   aim < ${AIM_START_S} s: ${verdict(wall < AIM_START_S)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`bench:web — web ${WEB}, server ${SERVER}`);
firstLoad();
await coldStart();
console.log(`\n${loadLine()}`);
console.log('  (a busy machine makes the start slower; the CPU time shows what the process itself spent)');
