// `npm start`: run the built app, building first only when the build is missing or older than
// its sources — a restart should take a second, not a full Vite and tsc run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = 'dist/.build-stamp';
const ENTRY = 'dist/server/server/main.js';
// Everything the build reads; a change to any of them makes the build stale.
const INPUTS = [
  'src',
  'package-lock.json',
  'package.json',
  'vite.config.ts',
  'scripts/build-compress.mjs',
  'tsconfig.base.json',
  'tsconfig.server.json',
  'tsconfig.web.json',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs; // a deleted or renamed file changes its folder's mtime
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function buildIsStale() {
  if (!existsSync(STAMP) || !existsSync(ENTRY)) return true;
  return Math.max(...INPUTS.map(newestMtime)) > statSync(STAMP).mtimeMs;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (process.argv.includes('--build') || buildIsStale()) {
  console.log('seatwise: building (sources changed since the last build)');
  rmSync('dist/server', { recursive: true, force: true }); // no compiled leftovers of moved files
  run('npm', ['run', 'build']);
  writeFileSync(STAMP, new Date().toISOString() + '\n'); // machine time: compared with file mtimes
} else {
  console.log('seatwise: build is current');
}
if (!process.argv.includes('--build-only')) run('node', [ENTRY]);
