// Import boundaries (CONVENTIONS "Layout"; issue 24), checked by reading the source:
//  (a) a module under src/server/modules/<a>/ never imports another module's *.repo.ts (not
//      even its types);
//  (b) src/common imports nothing from src/server or src/web; src/server nothing from src/web;
//      src/web takes from src/server only types (`import type`) — tests excepted;
//  (c) no import cycle among the non-type imports of src/server;
//  (d) no folder under src/server/modules/ holds more than 25 files directly: past that a module
//      is split into subfolders by concept (quality/forms, quality/sampling, …), each with its
//      routes, service, repository and tests together.
// Type-only imports (`import type`, `import { type A }`, `export type … from`) are erased by the
// compiler, so they never take part in a cycle. Dynamic `import()` loads lazily and does not
// either, but it still counts for (a) and (b).
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Cycles that could not be broken yet. Each is a chain of files under src/server, the last
 * importing the first. The test fails on any import edge that lies on a cycle and is not part of
 * one of these chains, and on a chain here that is no longer a cycle — so this list only shrinks.
 */
const KNOWN_CYCLES: string[][] = [];

/** Files directly in one folder of src/server/modules/ beyond which it must be split by concept. */
export const FOLDER_LIMIT = 25;

/**
 * Module folders that still hold more than FOLDER_LIMIT files directly, waiting to be split. The
 * test fails on any other crowded folder, and on a folder here that is no longer crowded — so
 * this list only shrinks.
 */
const CROWDED_FOLDERS: string[] = [];

type Edge = { from: string; to: string; typeOnly: boolean; dynamic: boolean };

/** Every import/export-from of one file, with whether it survives compilation. */
export function importsOf(file: string, text: string): { spec: string; typeOnly: boolean; dynamic: boolean }[] {
  const sf = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    false,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: { spec: string; typeOnly: boolean; dynamic: boolean }[] = [];
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const c = st.importClause;
      let typeOnly = !!c?.isTypeOnly;
      if (c && !typeOnly && !c.name && c.namedBindings && ts.isNamedImports(c.namedBindings)) {
        const els = c.namedBindings.elements;
        typeOnly = els.length > 0 && els.every((e) => e.isTypeOnly);
      }
      out.push({ spec: st.moduleSpecifier.text, typeOnly, dynamic: false });
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
      let typeOnly = st.isTypeOnly;
      if (!typeOnly && st.exportClause && ts.isNamedExports(st.exportClause)) {
        const els = st.exportClause.elements;
        typeOnly = els.length > 0 && els.every((e) => e.isTypeOnly);
      }
      out.push({ spec: st.moduleSpecifier.text, typeOnly, dynamic: false });
    }
  }
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = n.arguments;
      if (arg && ts.isStringLiteralLike(arg)) out.push({ spec: arg.text, typeOnly: false, dynamic: true });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** `./x.js` → `x.ts`, `./x` → `x.ts(x)` or `x/index.ts(x)`, relative to `from`; bare packages → null. */
function resolveSpec(from: string, spec: string, exists: (p: string) => boolean): string | null {
  if (!spec.startsWith('.')) return null;
  const base = join(dirname(from), spec);
  const stem = base.replace(/\.(js|jsx|ts|tsx)$/, '');
  for (const cand of [stem + '.ts', stem + '.tsx', join(stem, 'index.ts'), join(stem, 'index.tsx'), base]) {
    if (exists(cand)) return cand;
  }
  return null;
}

/** The import graph of a set of files (paths relative to the repo, with '/'). */
export function buildGraph(files: Map<string, string>): Edge[] {
  const edges: Edge[] = [];
  const exists = (p: string) => files.has(p);
  for (const [file, text] of files) {
    for (const imp of importsOf(file, text)) {
      const to = resolveSpec(file, imp.spec, exists);
      if (to) edges.push({ from: file, to, typeOnly: imp.typeOnly, dynamic: imp.dynamic });
    }
  }
  return edges;
}

/** Strongly connected components with more than one file (or a file importing itself). */
function cyclicComponents(nodes: string[], adj: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>(),
    low = new Map<string, number>(),
    onStack = new Set<string>();
  const stack: string[] = [],
    out: string[][] = [];
  const strong = (v: string) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of adj.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (adj.get(v) ?? []).includes(v)) out.push(comp.sort());
    }
  };
  for (const v of nodes) if (!idx.has(v)) strong(v);
  return out;
}

/** Shortest path from → to inside `allowed`, by breadth-first search. */
function shortestPath(from: string, to: string, adj: Map<string, string[]>, allowed: Set<string>): string[] {
  const prev = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length) {
    const v = queue.shift()!;
    if (v === to) break;
    for (const w of adj.get(v) ?? [])
      if (allowed.has(w) && !prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
  }
  const path = [to];
  while (path[0] !== from) path.unshift(prev.get(path[0])!);
  return path;
}

/**
 * Import cycles among runtime (non-type, static) imports, as chains `a → b → … → a`, minus those
 * in `known`. Every edge that lies on a cycle must belong to a known chain; otherwise the shortest
 * cycle through it is reported. `stale` lists known chains that are no longer cycles.
 */
export function findCycles(edges: Edge[], known: string[][] = []): { cycles: string[][]; stale: string[][] } {
  const adj = new Map<string, string[]>();
  const nodes = new Set<string>();
  for (const e of edges) {
    if (e.typeOnly || e.dynamic) continue;
    nodes.add(e.from);
    nodes.add(e.to);
    const list = adj.get(e.from) ?? [];
    if (!list.includes(e.to)) list.push(e.to);
    adj.set(e.from, list);
  }
  const key = (a: string, b: string) => `${a}\u0000${b}`;
  const knownEdges = new Set<string>();
  for (const chain of known) chain.forEach((f, i) => knownEdges.add(key(f, chain[(i + 1) % chain.length])));
  const comps = cyclicComponents([...nodes].sort(), adj);
  const compOf = new Map<string, number>();
  comps.forEach((c, i) => c.forEach((f) => compOf.set(f, i)));

  const cycles: string[][] = [];
  const seen = new Set<string>();
  for (const [i, comp] of comps.entries()) {
    const inComp = new Set(comp);
    for (const from of comp) {
      for (const to of adj.get(from) ?? []) {
        if (compOf.get(to) !== i || knownEdges.has(key(from, to))) continue;
        const chain = [from, ...shortestPath(to, from, adj, inComp)];
        // one report per distinct cycle, whichever of its edges found it
        const rot = chain.slice(0, -1);
        const start = rot.indexOf([...rot].sort()[0]);
        const canon = [...rot.slice(start), ...rot.slice(0, start)].join(' → ');
        if (!seen.has(canon)) {
          seen.add(canon);
          cycles.push([...rot.slice(start), ...rot.slice(0, start), rot[start]]);
        }
      }
    }
  }
  const stale = known.filter((chain) =>
    chain.some((f, i) => {
      const to = chain[(i + 1) % chain.length];
      return !(adj.get(f) ?? []).includes(to) || compOf.get(f) === undefined || compOf.get(f) !== compOf.get(to);
    }),
  );
  return { cycles, stale };
}

/** Rule (a): `modules/<a>/…` importing `modules/<b>/….repo.ts` for b ≠ a — types included: a
 *  repository's row shapes are as private as its queries (ask the other module's service). */
export function repoReaches(edges: Edge[]): string[] {
  const mod = (f: string) => /^src\/server\/modules\/([^/]+)\//.exec(f)?.[1];
  return edges
    .filter((e) => mod(e.from) && mod(e.to) && mod(e.from) !== mod(e.to) && /\.repo\.ts$/.test(e.to))
    .map((e) => `${e.from} imports ${e.to}`);
}

/** Rule (b): layers that must not look up or sideways. */
export function layerBreaches(edges: Edge[]): string[] {
  const isTest = (f: string) => /\.test\.tsx?$/.test(f);
  const out: string[] = [];
  for (const e of edges) {
    const [from, to] = [e.from, e.to];
    if (from.startsWith('src/common/') && (to.startsWith('src/server/') || to.startsWith('src/web/')))
      out.push(`${from} imports ${to}`);
    else if (from.startsWith('src/server/') && to.startsWith('src/web/')) out.push(`${from} imports ${to}`);
    else if (from.startsWith('src/web/') && to.startsWith('src/server/') && !e.typeOnly && !isTest(from))
      out.push(`${from} imports ${to} (only \`import type\` may cross from web to server)`);
  }
  return out;
}

/** Rule (d): folders with more than `limit` files directly in them, as `folder (n files)`, minus
 *  those in `known`; `stale` lists known folders that are within the limit now (or gone). */
export function crowdedFolders(
  files: string[],
  limit = FOLDER_LIMIT,
  known: string[] = [],
): { crowded: string[]; stale: string[] } {
  const count = new Map<string, number>();
  for (const f of files) count.set(dirname(f), (count.get(dirname(f)) ?? 0) + 1);
  const over = [...count].filter(([, n]) => n > limit).sort(([a], [b]) => a.localeCompare(b));
  return {
    crowded: over.filter(([d]) => !known.includes(d)).map(([d, n]) => `${d} (${n} files)`),
    stale: known.filter((d) => (count.get(d) ?? 0) <= limit),
  };
}

/** Every file under a folder (any kind: docs and fixtures count too), relative to the repo. */
function allFiles(dir: string, acc: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) allFiles(full, acc);
    else acc.push(relative(ROOT, full).split(sep).join('/'));
  }
  return acc;
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

const rel = (chain: string[]) => chain.map((f) => f.replace(/^src\/server\//, '')).join(' → ');

describe('import boundaries', () => {
  const edges = buildGraph(sourceFiles(join(ROOT, 'src')));

  it('reads the source tree', () => {
    expect(edges.length).toBeGreaterThan(1000);
  });

  it("no module imports another module's repository", () => {
    expect(repoReaches(edges)).toEqual([]);
  });

  it('common imports neither server nor web; server never imports web; web takes only types from server', () => {
    expect(layerBreaches(edges)).toEqual([]);
  });

  it('no import cycles in src/server (beyond KNOWN_CYCLES, which may only shrink)', () => {
    for (const chain of KNOWN_CYCLES)
      for (const f of chain) expect(existsSync(join(ROOT, f)), `KNOWN_CYCLES names a missing file ${f}`).toBe(true);
    const server = edges.filter((e) => e.from.startsWith('src/server/') && e.to.startsWith('src/server/'));
    const { cycles, stale } = findCycles(server, KNOWN_CYCLES);
    expect(cycles.map(rel), 'new import cycles').toEqual([]);
    expect(stale.map(rel), 'KNOWN_CYCLES entries that are no longer cycles: delete them').toEqual([]);
  });

  it(`no module folder holds more than ${FOLDER_LIMIT} files directly (beyond CROWDED_FOLDERS, which may only shrink)`, () => {
    const { crowded, stale } = crowdedFolders(
      allFiles(join(ROOT, 'src/server/modules')),
      FOLDER_LIMIT,
      CROWDED_FOLDERS,
    );
    expect(crowded, 'split these into subfolders by concept (routes, service, repo and tests together)').toEqual([]);
    expect(stale, 'CROWDED_FOLDERS entries within the limit now: delete them').toEqual([]);
  });
});

describe('the boundary rules themselves (fixtures)', () => {
  const graph = (files: Record<string, string>) => buildGraph(new Map(Object.entries(files)));

  it('finds a deliberate cycle and reports it as a chain', () => {
    const edges = graph({
      'src/server/a.ts': "import { b } from './b.js';\nexport const a = 1;",
      'src/server/b.ts': "import {\n  c,\n} from './sub/c.js';\nexport const b = 2;",
      'src/server/sub/c.ts': "export { a as c } from '../a.js';",
    });
    expect(findCycles(edges).cycles.map(rel)).toEqual(['a.ts → b.ts → sub/c.ts → a.ts']);
  });

  it('ignores type-only and dynamic imports, and comments', () => {
    const edges = graph({
      'src/server/a.ts':
        "import type { B } from './b.js';\nimport { type C } from './c.js';\n// import { b } from './b.js';\nexport const a = 1;",
      'src/server/b.ts': "import { a } from './a.js';\nexport type B = 1;",
      'src/server/c.ts': "import { a } from './a.js';\nexport type C = 1;\nexport const load = () => import('./a.js');",
    });
    expect(findCycles(edges).cycles).toEqual([]);
  });

  it('a known cycle passes, a second cycle through the same files fails, a gone one is stale', () => {
    const files = {
      'src/server/a.ts': "import './b.js';",
      'src/server/b.ts': "import './a.js';\nimport './c.js';",
      'src/server/c.ts': "import './b.js';",
    };
    const known = [['src/server/a.ts', 'src/server/b.ts']];
    expect(findCycles(graph(files), known).cycles.map(rel)).toEqual(['b.ts → c.ts → b.ts']);
    const fixed = graph({ ...files, 'src/server/a.ts': '' });
    expect(findCycles(fixed, known).stale).toEqual(known);
  });

  it("flags a module reaching into another module's repo, and layer breaches", () => {
    const edges = graph({
      'src/server/modules/quality/x.service.ts':
        "import { q } from '../people/employees.repo.js';\nimport { r } from './own.repo.js';",
      'src/server/modules/people/employees.repo.ts': '',
      'src/server/modules/quality/own.repo.ts': '',
      'src/common/roles.ts': "import { s } from '../server/lib/settings.js';",
      'src/server/lib/settings.ts': '',
      'src/web/page.tsx':
        "import { s } from '../server/lib/settings';\nimport type { T } from '../server/lib/settings';",
    });
    expect(repoReaches(edges)).toEqual([
      'src/server/modules/quality/x.service.ts imports src/server/modules/people/employees.repo.ts',
    ]);
    expect(layerBreaches(edges)).toHaveLength(2);
  });

  it('flags a folder with more files than the limit, counting only the files directly in it', () => {
    const files = (dir: string, n: number) => Array.from({ length: n }, (_, i) => `${dir}/f${i}.ts`);
    const tree = [
      ...files('src/server/modules/big', 3),
      ...files('src/server/modules/big/sub', 2),
      ...files('src/server/modules/fine', 2),
      ...files('src/server/modules/fine/a', 2),
      ...files('src/server/modules/fine/b', 2),
    ];
    expect(crowdedFolders(tree, 2).crowded).toEqual(['src/server/modules/big (3 files)']);
    expect(crowdedFolders(tree, 2, ['src/server/modules/big']).crowded).toEqual([]);
    expect(crowdedFolders(tree, 3, ['src/server/modules/big']).stale).toEqual(['src/server/modules/big']);
    expect(crowdedFolders(tree, 2, ['src/server/modules/gone']).stale).toEqual(['src/server/modules/gone']);
  });
});
