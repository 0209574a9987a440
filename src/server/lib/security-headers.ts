import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

// Security headers on every response (@fastify/helmet): a Content-Security-Policy the built web
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

export async function registerSecurityHeaders(app: FastifyInstance, opts: { https: boolean }) {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    frameguard: { action: 'deny' },
    // Only where the site is reached over HTTPS: HSTS on a plain-HTTP intranet host would lock
    // browsers out of it once it was ever served over TLS.
    strictTransportSecurity: opts.https ? { maxAge: 180 * 86_400 } : false,
  });
  // API answers hold personal data: no browser or proxy keeps a copy.
  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}
