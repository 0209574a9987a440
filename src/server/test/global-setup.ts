import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { dropPostgresDatabases, makePostgresTemplates, makeSqliteTemplates, type Templates } from './templates.js';

// Vitest globalSetup (vitest.config.ts): builds the template databases once per run, before any
// test file, and removes them after the last. The demo seed reads the one clock, so the copies
// hold the center as it was when the run started: still "today" for a run of minutes, and under
// faketime the templates are made with the same faked clock as the tests.

declare module 'vitest' {
  export interface ProvidedContext {
    templates: Templates;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'seatwise-templates-'));
  const url = process.env.TEST_DATABASE_URL;
  let postgres: Templates['postgres'] = null;
  try {
    // One engine after the other: on 2 cores, building both at once gains little.
    const sqlite = await makeSqliteTemplates(dir);
    if (url) postgres = await makePostgresTemplates(url);
    project.provide('templates', { sqlite, postgres });
  } catch (e) {
    await teardown();
    throw e;
  }
  async function teardown() {
    rmSync(dir, { recursive: true, force: true });
    if (url && postgres) await dropPostgresDatabases(url, Object.values(postgres));
  }
  return teardown;
}
