// Hand joins to the org tables (issue 24 item 3): "name, team, department, lead of person X" is
// answered by the people module's identity read-model (modules/people/identity.service.ts), and a
// repository that must filter or sort by those facts in SQL uses its expressions
// (modules/people/identity.query.ts) instead of joining employees, teams or departments itself.
// This test counts the joins that remain outside the people module, file by file, and fails when
// a file holds more than KNOWN_JOINS allows — or fewer: then lower its entry, so the list only
// shrinks. Tests and their kits (*.test.ts, *.testkit.ts, src/server/test/) and the demo loader
// (src/server/demo/, which writes the demo center like a test sets up its data) may join freely.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Files outside the people module that still join the org tables, with how many joins each may
 * hold. The session lookup (lib/ may not import a module) and the user list
 * (people imports users, so users may not import people) stay here on purpose; the rest wait for
 * their module to be converted.
 */
const KNOWN_JOINS: Record<string, number> = {
  'src/server/lib/sessions.ts': 2,
  'src/server/modules/users/users.repo.ts': 1,
};

const OWNER = 'src/server/modules/people/';
const TESTS = 'src/server/test/';
const DEMO = 'src/server/demo/';

/** Joins (`innerJoin('employees …`, `leftJoin("teams …`, raw `join departments`) in one source text. */
export function countOrgJoins(text: string): number {
  const builder = /\.(?:inner|left|right|full|cross)Join\(\s*['"`](?:employees|teams|departments)\b/g;
  const raw = /\bjoin\s+(?:employees|teams|departments)\b/gi;
  return (text.match(builder)?.length ?? 0) + (text.match(raw)?.length ?? 0);
}

/** Per file (relative to the repo), the org joins outside the people module; tests, test kits and the demo left out. */
export function orgJoins(files: Map<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [file, text] of files) {
    if ([OWNER, TESTS, DEMO].some((dir) => file.startsWith(dir)) || /\.(test|testkit)\.tsx?$/.test(file)) continue;
    const n = countOrgJoins(text);
    if (n) out.set(file, n);
  }
  return out;
}

/** Files holding more joins than allowed (`grown`) and entries that allow more than are left (`stale`). */
export function compareJoins(found: Map<string, number>, known: Record<string, number>) {
  const grown: string[] = [];
  const stale: string[] = [];
  for (const [file, n] of found) if (n > (known[file] ?? 0)) grown.push(`${file}: ${n} (allowed ${known[file] ?? 0})`);
  for (const [file, allowed] of Object.entries(known)) {
    const n = found.get(file) ?? 0;
    if (n < allowed) stale.push(`${file}: ${n} (listed ${allowed})`);
  }
  return { grown: grown.sort(), stale: stale.sort() };
}

function sourceFiles(dir: string, acc = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) sourceFiles(full, acc);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
      acc.set(relative(ROOT, full).split(sep).join('/'), readFileSync(full, 'utf8'));
  }
  return acc;
}

describe('org-table joins outside the people module', () => {
  // Migrations define the schema (a trigger may follow an agent's team); they are not readers.
  const readers = new Map(
    [...sourceFiles(join(ROOT, 'src/server'))].filter(([f]) => !f.startsWith('src/server/db/migrations/')),
  );
  const found = orgJoins(readers);

  it('reads the source tree', () => {
    expect(sourceFiles(join(ROOT, 'src/server')).size).toBeGreaterThan(300);
  });

  it('no file joins employees, teams or departments more than KNOWN_JOINS allows (the list only shrinks)', () => {
    const { grown, stale } = compareJoins(found, KNOWN_JOINS);
    expect(
      grown,
      'ask modules/people/identity.service.ts (identities, teamLeads, people…) or use identity.query.ts',
    ).toEqual([]);
    expect(stale, 'fewer joins than listed: lower (or delete) these KNOWN_JOINS entries').toEqual([]);
  });

  it(`in all, ${Object.values(KNOWN_JOINS).reduce((a, b) => a + b, 0)} joins at most`, () => {
    const total = [...found.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(Object.values(KNOWN_JOINS).reduce((a, b) => a + b, 0));
  });
});

describe('the join counter itself (fixtures)', () => {
  it('counts builder joins over line breaks, either quote, and raw SQL joins; not other tables', () => {
    const text = [
      "db.selectFrom('x as a').innerJoin('employees as e', 'e.id', 'a.employee_id')",
      '  .leftJoin(\n    "teams as t",\n    "t.id",\n    "e.team_id",\n  )',
      "  .innerJoin('employee_status_history as h', 'h.employee_id', 'e.id')",
      "  .leftJoin('users as u', 'u.id', 'a.user_id');",
      'sql`select 1 from x join departments d on d.id = x.department_id`;',
    ].join('\n');
    expect(countOrgJoins(text)).toBe(3);
  });

  it('leaves out the people module and test files, and finds a file that grew or shrank', () => {
    const join = "q.innerJoin('teams as t', 't.id', 'e.team_id');";
    const found = orgJoins(
      new Map([
        ['src/server/modules/people/identity.repo.ts', join],
        ['src/server/modules/quality/x.test.ts', join],
        ['src/server/modules/quality/x.testkit.ts', join],
        ['src/server/test/helpers.ts', join],
        ['src/server/demo/seed.ts', join],
        ['src/server/modules/quality/x.repo.ts', join + join],
        ['src/server/modules/exams/y.repo.ts', join],
      ]),
    );
    expect([...found]).toEqual([
      ['src/server/modules/quality/x.repo.ts', 2],
      ['src/server/modules/exams/y.repo.ts', 1],
    ]);
    const { grown, stale } = compareJoins(found, {
      'src/server/modules/quality/x.repo.ts': 1,
      'src/server/modules/training/z.repo.ts': 1,
    });
    expect(grown).toEqual([
      'src/server/modules/exams/y.repo.ts: 1 (allowed 0)',
      'src/server/modules/quality/x.repo.ts: 2 (allowed 1)',
    ]);
    expect(stale).toEqual(['src/server/modules/training/z.repo.ts: 0 (listed 1)']);
  });
});
