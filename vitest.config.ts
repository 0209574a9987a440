import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Worker threads start faster than forked processes (each file still gets a fresh module
    // graph: isolation stays on, for the one clock and the settings cache). better-sqlite3 and
    // argon2 work in threads; nothing in the tests needs a process of its own.
    pool: 'threads',
    // Vitest's default is one worker less than the cores: one on a 2-core machine. A test file
    // waits on PostgreSQL, on the file system and on timers, so two overlap well even there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Migrates and seeds the template databases each test file copies (src/server/test/templates.ts).
    globalSetup: ['./src/server/test/global-setup.ts'],
    reporters: ['default', './scripts/test/count-reporter.ts'],
  },
});
