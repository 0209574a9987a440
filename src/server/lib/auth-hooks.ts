import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { AppError, forbidden, unauthorized } from './errors.js';
import { resolveSession, SESSION_COOKIE } from './sessions.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// A state-changing request from a browser must come from our own origin. Requests without an
// Origin header (curl, the CLI, server-to-server) are judged by the CSRF token alone.
function checkOrigin(req: FastifyRequest, trusted: string[]) {
  const origin = req.headers.origin;
  if (!origin) return;
  const own = `${req.protocol}://${req.headers.host}`;
  if (origin !== own && !trusted.includes(origin)) throw forbidden('Cross-site request refused');
}

export function registerAuthHooks(app: FastifyInstance, config: Pick<Config, 'trustedOrigins'>) {
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const cfg = req.routeOptions.config ?? {};
    const unsafe = !SAFE_METHODS.has(req.method);
    if (unsafe) checkOrigin(req, config.trustedOrigins);

    const token = req.cookies[SESSION_COOKIE];
    if (token) req.actor = await resolveSession(app.handle.db, token);
    const csrfRefused = () => unsafe && req.actor && req.headers['x-csrf-token'] !== req.actor.csrfToken;
    // Sign-out is public (an expired session may still sign out) but, with a live session, a
    // cross-site form must not be able to end it: it takes the token like any other write.
    if (cfg.public && !(cfg.csrfWhenSignedIn && csrfRefused())) return;
    if (!req.actor) throw unauthorized();
    if (csrfRefused()) {
      throw new AppError(403, 'CSRF_TOKEN_INVALID', 'Missing or wrong X-CSRF-Token header; sign in again');
    }
    if (req.actor.mustChangePassword && !cfg.beforePasswordChange) {
      throw new AppError(403, 'PASSWORD_CHANGE_REQUIRED', 'Change your initial password first');
    }
  });
}
