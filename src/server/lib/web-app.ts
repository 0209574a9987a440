import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendError } from './error-handler.js';

// Serves the built web app (dist/web) beside the API. The web app routes on the client: any
// non-API GET that is not a file gets index.html.
export async function registerWebApp(app: FastifyInstance, o: { serveWeb: boolean; webRoot?: string }) {
  const webRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dist/web');
  const webRootAlt = resolve(process.cwd(), 'dist/web');
  const root = o.webRoot ?? (existsSync(webRoot) ? webRoot : webRootAlt);
  const hasWeb = o.serveWeb && existsSync(join(root, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((req, reply) => {
    if (hasWeb && req.method === 'GET' && !req.url.startsWith('/api'))
      return reply.type('text/html').sendFile('index.html');
    return sendError(reply, 404, 'NOT_FOUND', `No route ${req.method} ${req.url.split('?')[0]}`);
  });
}
