import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Migrates and seeds the template databases each test file copies (src/server/test/templates.ts).
    globalSetup: ['./src/server/test/global-setup.ts'],
    reporters: ['default', './scripts/test/count-reporter.ts'],
  },
});
