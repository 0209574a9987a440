import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';

// Security headers on every response (as @fastify/helmet sets them): a Content-Security-Policy the built web
// app passes, X-Content-Type-Options: nosniff, no framing (frame-ancestors 'none' and
// X-Frame-Options), no referrer to other sites. The web app loads only its own files: Vite puts
// no inline script in index.html; Ant Design injects <style> elements at run time, hence
// style-src 'unsafe-inline'; ECharts draws on canvas; the favicon is a data: URL. The API docs
// (swagger-ui) live under the same policy: no inline script, inline styles like Ant Design's.
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  // Call recordings play from the telephony system's own server (interactions.recording_url),
  // often plain HTTP on the intranet; media cannot run script.
  mediaSrc: ["'self'", 'https:', 'http:', 'blob:'],
  objectSrc: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // Served over plain HTTP on an intranet as well: never rewrite its requests to https.
  upgradeInsecureRequests: null,
};

// Headers a response brings of its own; everything else a probe answer carries is helmet's.
const OWN_HEADERS = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);

/** The headers helmet sets for these options, read once from a probe answer: @fastify/helmet
 *  builds its middleware again on every request (~10% of a short API request's CPU, issue 23),
 *  while with fixed options its headers never change. */
async function helmetHeaders(options: FastifyHelmetOptions) {
  const probe = Fastify({ logger: false });
  await probe.register(helmet, options);
  probe.get('/', async () => '');
  const res = await probe.inject({ method: 'GET', url: '/' });
  await probe.close();
  return Object.fromEntries(
    Object.entries(res.headers)
      .filter(([name]) => !OWN_HEADERS.has(name))
      .map(([name, value]) => [name, String(value)]),
  );
}

export async function registerSecurityHeaders(app: FastifyInstance, opts: { https: boolean }) {
  const fixed = await helmetHeaders({
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    frameguard: { action: 'deny' },
    // Only where the site is reached over HTTPS: HSTS on a plain-HTTP intranet host would lock
    // browsers out of it once it was ever served over TLS.
    strictTransportSecurity: opts.https ? { maxAge: 180 * 86_400 } : false,
  });
  app.addHook('onRequest', async (_req, reply) => {
    reply.headers(fixed);
  });
  // API answers hold personal data: no browser or proxy keeps a copy.
  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
