import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendError } from './error-handler.js';

// Serves the built web app (dist/web) beside the API. The web app routes on the client: any
// non-API GET that is not a file gets index.html.
//
// Caching: Vite names everything under /assets by its content hash, so a browser may keep those a
// year without asking again; index.html (and the SPA fallback, which is index.html) names the
// current hashes, so it is never reused without asking (no-cache: revalidated by ETag).
// Compression: the build writes .br and .gz beside each text file (scripts/build-compress.mjs);
// @fastify/static picks the best one the browser accepts and says so in Content-Encoding.
// One wildcard route rather than a route per file (wildcard: false): registering ~900 routes
// cost start-up time and a glob of the folder.

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

const assetsDir = `${sep}assets${sep}`;

/** Cache-Control for a served file: hashed assets for a year, everything else revalidated. */
const setCacheHeaders = (reply: FastifyReply, path: string) =>
  reply.header('cache-control', path.includes(assetsDir) ? IMMUTABLE : REVALIDATE);

export async function registerWebApp(app: FastifyInstance, o: { serveWeb: boolean; webRoot?: string }) {
  const webRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dist/web');
  const webRootAlt = resolve(process.cwd(), 'dist/web');
  const root = o.webRoot ?? (existsSync(webRoot) ? webRoot : webRootAlt);
  const hasWeb = o.serveWeb && existsSync(join(root, 'index.html'));
  if (hasWeb)
    await app.register(fastifyStatic, {
      root,
      wildcard: true,
      index: ['index.html'],
      preCompressed: true,
      // send's own max-age=0 would be set first; setHeaders replaces it per file.
      cacheControl: false,
      setHeaders: setCacheHeaders,
    });
  app.setNotFoundHandler((req, reply) => {
    // A missing /assets file (a chunk of an older build) is a 404, not index.html: the browser
    // would otherwise try to run HTML as a script.
    if (hasWeb && req.method === 'GET' && !req.url.startsWith('/api') && !req.url.startsWith('/assets/'))
      return reply.type('text/html').sendFile('index.html');
    return sendError(reply, 404, 'NOT_FOUND', `No route ${req.method} ${req.url.split('?')[0]}`);
  });
}
