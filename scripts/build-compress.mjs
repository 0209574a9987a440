// Precompressed copies of the built web app: for each text file in dist/web big enough to gain,
// a .br (brotli, best quality) and a .gz (gzip -9) beside it, which the server hands out by the
// browser's Accept-Encoding (src/server/lib/web-app.ts) — no compression work per request.
// Run by the Vite build (vite.config.ts, after the bundle is written); by hand:
//   node scripts/build-compress.mjs [dir]   (default dist/web)
import { readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** The kinds worth compressing (images and fonts are compressed already). */
const TEXT = /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;
/** Below this a compressed copy saves less than a packet. */
const MIN_BYTES = 1024;

async function* files(dir) {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.isFile()) yield p;
  }
}

/**
 * Writes `<file>.br` and `<file>.gz` for each text file of `dir` (stale copies of an earlier run
 * are removed first). A copy not smaller than the file is not written. Returns the totals.
 */
export async function compressDir(dir) {
  const all = [];
  for await (const p of files(dir)) all.push(p);
  await Promise.all(all.filter((p) => /\.(br|gz)$/.test(p)).map((p) => unlink(p)));
  const todo = all.filter((p) => TEXT.test(p));
  const totals = { files: 0, bytes: 0, br: 0, gzip: 0 };
  // A few at a time: zlib's async calls run on libuv's pool (4 threads).
  for (let i = 0; i < todo.length; i += 8) {
    await Promise.all(
      todo.slice(i, i + 8).map(async (p) => {
        if ((await stat(p)).size < MIN_BYTES) return;
        const body = await readFile(p);
        const [b, g] = await Promise.all([
          brotli(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            },
          }),
          gz(body, { level: 9 }),
        ]);
        totals.files++;
        totals.bytes += body.length;
        if (b.length < body.length) {
          await writeFile(`${p}.br`, b);
          totals.br += b.length;
        }
        if (g.length < body.length) {
          await writeFile(`${p}.gz`, g);
          totals.gzip += g.length;
        }
      }),
    );
  }
  return totals;
}

/** The Vite plugin: compresses the output folder once the bundle is written (build only). */
export function precompress() {
  let outDir = '';
  return {
    name: 'seatwise-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const t = await compressDir(outDir);
      const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
      console.log(`precompressed ${t.files} files: ${kb(t.bytes)} → br ${kb(t.br)}, gzip ${kb(t.gzip)}`);
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = resolve(process.argv[2] ?? 'dist/web');
  console.log(await compressDir(dir));
}
