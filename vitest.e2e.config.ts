import { defineConfig } from 'vitest/config';

// Browser journeys (e2e/**/*.e2e.ts): Playwright driving Debian's Chromium against the BUILT
// server (run `npm run build` first). `npm test` (vitest.config.ts) never includes them;
// `npm run test:e2e` always runs them — no env switch, so a journey is never skipped silently.
// One file at a time in one fork: no two browsers compete for the 2 cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    reporters: ['default', './scripts/test/count-reporter.ts'],
  },
});
