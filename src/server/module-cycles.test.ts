// No import cycle between modules (issue 24): a module is a folder under src/server/modules, and
// module A depends on module B when a file of A imports a file of B at run time. The graph of
// modules must have no cycle — not only no cycle of files — so each module can be read, tested
// and changed knowing what sits below it. When two modules need each other, one side states what
// it needs and the other provides it (see evaluation/case-facts.ts).
// Counted: imports and re-exports that survive compilation, dynamic import() too. Not counted:
// type-only imports (erased) and test code (*.test.ts, *.testkit.ts, *.bad-input.ts), which may
// drive several modules at once.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const MODULES = resolve(dirname(fileURLToPath(import.meta.url)), 'modules');
const TEST_CODE = /\.(test|testkit|bad-input)\.tsx?$/;

/** The relative specifiers a file imports at run time. */
function runtimeImports(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  const allTypes = (els: ts.NodeArray<ts.ImportSpecifier | ts.ExportSpecifier>) =>
    els.length > 0 && els.every((e) => e.isTypeOnly);
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const c = st.importClause;
      const typeOnly =
        !!c?.isTypeOnly ||
        (!!c &&
          !c.name &&
          !!c.namedBindings &&
          ts.isNamedImports(c.namedBindings) &&
          allTypes(c.namedBindings.elements));
      if (!typeOnly) out.push(st.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
      const typeOnly =
        st.isTypeOnly ||
        (!!st.exportClause && ts.isNamedExports(st.exportClause) && allTypes(st.exportClause.elements));
      if (!typeOnly) out.push(st.moduleSpecifier.text);
    }
  }
  const visit = (n: ts.Node) => {
    if (
      ts.isCallExpression(n) &&
      n.expression.kind === ts.SyntaxKind.ImportKeyword &&
      n.arguments[0] &&
      ts.isStringLiteralLike(n.arguments[0])
    )
      out.push(n.arguments[0].text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out.filter((s) => s.startsWith('.'));
}

/** Module → the modules it imports at run time, from files given by their path under the modules folder. */
export function moduleGraph(files: Map<string, string>): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const [path, text] of files) {
    if (TEST_CODE.test(path)) continue;
    const from = path.split('/')[0];
    if (!path.includes('/')) continue; // modules/index.ts mounts them all; it is not a module
    const deps = graph.get(from) ?? graph.set(from, new Set()).get(from)!;
    for (const spec of runtimeImports(path, text)) {
      const target = normalize(join(dirname(path), spec))
        .split(sep)
        .join('/');
      if (target.startsWith('..')) continue; // lib/, db/, common/: below every module
      const to = target.split('/')[0];
      if (to !== from && target.includes('/')) deps.add(to);
    }
  }
  return graph;
}

/** Each cycle of the graph once, as the modules on it (strongly connected components of two or more). */
export function moduleCycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const idx = new Map<string, number>(),
    low = new Map<string, number>(),
    stack: string[] = [],
    on = new Set<string>();
  const out: string[][] = [];
  const connect = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) connect(v);
  return out;
}

/** For a cycle, one import per edge on it that a reader can follow (file → specifier). */
function witnesses(files: Map<string, string>, cycle: string[]) {
  const lines: string[] = [];
  for (const [path, text] of files) {
    if (TEST_CODE.test(path) || !cycle.includes(path.split('/')[0])) continue;
    for (const spec of runtimeImports(path, text)) {
      const to = normalize(join(dirname(path), spec))
        .split(sep)
        .join('/')
        .split('/')[0];
      if (to !== path.split('/')[0] && cycle.includes(to)) lines.push(`${path} → ${spec}`);
    }
  }
  return lines;
}

function sourceFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const f of readdirSync(MODULES, { recursive: true, encoding: 'utf8' })) {
    if (!/\.tsx?$/.test(f)) continue;
    files.set(f.split(sep).join('/'), readFileSync(join(MODULES, f), 'utf8'));
  }
  return files;
}

describe('module cycles', () => {
  it('finds no import cycle between the modules under src/server/modules', () => {
    const files = sourceFiles();
    const cycles = moduleCycles(moduleGraph(files));
    expect(cycles.map((c) => `${c.join(' ⇄ ')}:\n  ${witnesses(files, c).join('\n  ')}`)).toEqual([]);
  });

  it('catches a deliberate cycle, through a re-export and a dynamic import too, and ignores types and tests', () => {
    const files = new Map<string, string>([
      [
        'a/a.service.ts',
        "import { b } from '../b/b.service.js';\nimport type { C } from '../c/c.service.js';\nexport const a = b;",
      ],
      ['b/b.service.ts', "export { c as b } from '../c/sub/c.inner.js';"],
      ['c/sub/c.inner.ts', "export const c = 1;\nexport const later = () => import('../../a/a.service.js');"],
      ['d/d.service.ts', "import { a } from '../a/a.service.js';\nimport { x } from '../../lib/x.js';"],
      ['e/e.test.ts', "import { d } from '../d/d.service.js';"],
      ['d/d.testkit.ts', "import { e } from '../e/e.service.js';"],
      ['e/e.service.ts', "import { type D } from '../d/d.service.js';\nexport const e = 1;"],
    ]);
    const graph = moduleGraph(files);
    expect([...graph.get('a')!]).toEqual(['b']);
    expect(moduleCycles(graph)).toEqual([['a', 'b', 'c']]);
    expect(witnesses(files, ['a', 'b', 'c'])).toEqual([
      'a/a.service.ts → ../b/b.service.js',
      'b/b.service.ts → ../c/sub/c.inner.js',
      'c/sub/c.inner.ts → ../../a/a.service.js',
    ]);
    // Breaking the edge back (c no longer loads a) leaves no cycle.
    files.set('c/sub/c.inner.ts', 'export const c = 1;');
    expect(moduleCycles(moduleGraph(files))).toEqual([]);
  });
});
