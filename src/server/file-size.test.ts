// House rule (CONVENTIONS, issue 24): a source file stays under ~300 lines, and never over
// FILE_LINE_LIMIT. Past that it is split by concept (a service into its steps, a test file by
// what it covers, a locale catalog by page), so a reader can hold one file in mind at a time.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const FILE_LINE_LIMIT = 400;

/** Where the rule applies: every TypeScript source, test and script of the project. */
const SOURCE_DIRS = ['src', 'e2e', 'scripts'];

/**
 * Files still over the limit, waiting to be split. The test fails on any other file over the
 * limit, and on an entry here that is within it now (or gone) — so this list only shrinks. New
 * work never goes here (the appraisal module, for one, may not be listed).
 */
const OVERSIZED: string[] = [];

/** Paths that must comply from the start: no entry of OVERSIZED may lie under them. */
const NEVER_LISTED = ['src/server/modules/appraisal/'];

export function lineCount(text: string) {
  if (!text) return 0;
  const n = text.split('\n').length;
  return text.endsWith('\n') ? n - 1 : n;
}

function sources(): string[] {
  const out: string[] = [];
  for (const dir of SOURCE_DIRS) {
    for (const f of readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
      if (f.split(sep).includes('node_modules')) continue;
      if (/\.(ts|tsx|mts|cts)$/.test(f)) out.push(join(dir, f).split(sep).join('/'));
    }
  }
  return out.sort();
}

/** What breaks the rule: files over the limit and not allowed, allowed ones now within it, and allowed ones that may not be. */
export function sizeBreaches(sizes: Map<string, number>, limit: number, allowed: string[], neverListed: string[]) {
  return {
    over: [...sizes].filter(([f, n]) => n > limit && !allowed.includes(f)).map(([f, n]) => `${f}: ${n}`),
    stale: allowed.filter((f) => (sizes.get(f) ?? 0) <= limit),
    banned: allowed.filter((f) => neverListed.some((p) => f.startsWith(p))),
  };
}

describe('file size', () => {
  it('counts lines as wc -l does', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount('a\nb\n')).toBe(2);
  });

  it('catches a file over the limit, a stale allowance and an allowance that may not be', () => {
    const sizes = new Map([
      ['src/a.ts', 401],
      ['src/b.ts', 400],
      ['src/c.ts', 500],
      ['src/new/d.ts', 450],
    ]);
    expect(sizeBreaches(sizes, 400, ['src/b.ts', 'src/c.ts', 'src/new/d.ts', 'src/gone.ts'], ['src/new/'])).toEqual({
      over: ['src/a.ts: 401'],
      stale: ['src/b.ts', 'src/gone.ts'],
      banned: ['src/new/d.ts'],
    });
  });

  it(`no source file is over ${FILE_LINE_LIMIT} lines (beyond OVERSIZED, which may only shrink)`, () => {
    const sizes = new Map(sources().map((f) => [f, lineCount(readFileSync(join(ROOT, f), 'utf8'))]));
    const { over, stale, banned } = sizeBreaches(sizes, FILE_LINE_LIMIT, OVERSIZED, NEVER_LISTED);
    expect(over, `split these files by concept (house limit ${FILE_LINE_LIMIT} lines)`).toEqual([]);
    expect(stale, 'OVERSIZED entries within the limit now (or gone): delete them').toEqual([]);
    expect(banned, 'these files must comply with the limit; they may not be listed in OVERSIZED').toEqual([]);
  });
});
