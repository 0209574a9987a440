import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, badRequest } from '../../lib/errors.js';
import { actorOf, ok, okSchema } from '../../lib/http.js';
import { totpRoutes } from './totp.routes.js';
import { resolveSession, SESSION_COOKIE } from '../../lib/sessions.js';
import { getSetting } from '../../lib/settings.js';
import { LoginBody, Me, PasswordBody, PreferencesBody, SignInOptions } from './auth.schema.js';
import * as service from './auth.service.js';
import { createAddressThrottle, SignInThrottle } from './auth.throttle.js';

export const authRoutes: FastifyPluginAsyncZod<{ secureCookies: boolean }> = async (app, opts) => {
  const db = app.handle.db;
  const tags = ['auth'];
  const throttle = createAddressThrottle(db);
  /** Runs a password check counted against the client's address (auth.throttle.ts). */
  const checked = async <T>(req: FastifyRequest, reply: FastifyReply, work: () => Promise<T>) => {
    try {
      await throttle.take(req.ip);
    } catch (err) {
      if (err instanceof SignInThrottle) reply.header('retry-after', String(err.retryAfterSeconds));
      throw err;
    }
    const result = await work(); // a wrong password throws: the attempt stays counted
    throttle.forgive(req.ip);
    return result;
  };

  app.post(
    '/login',
    {
      config: { public: true },
      schema: { tags, summary: 'Sign in; sets the session cookie', body: LoginBody, response: { 200: okSchema(Me) } },
    },
    async (req, reply) => {
      const result = await checked(req, reply, () =>
        service.login(db, req.body.username, req.body.password, { ip: req.ip }, req.body.code || undefined),
      );
      if ('totpRequired' in result)
        throw new AppError(401, 'TOTP_REQUIRED', 'Enter the code from your authenticator app', 'code');
      const { token, expires } = result;
      // Max-Age, not Expires: a browser whose clock differs from the server's still keeps the
      // session for its whole length instead of dropping a cookie it thinks has expired.
      const maxAge = Math.max(0, Math.round((expires.getTime() - Date.now()) / 1000)); // machine time, as the session's
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: opts.secureCookies,
        maxAge,
      });
      const actor = await resolveSession(db, token);
      return ok(service.toMe(actor!));
    },
  );

  await app.register(totpRoutes);

  app.get(
    '/options',
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          'What the sign-in page may say: whether this is the demo (its published sign-ins), and the password rule',
        response: { 200: okSchema(SignInOptions) },
      },
    },
    async () =>
      ok({
        demo: app.deployment.demo,
        production: app.deployment.mode === 'production',
        minPasswordLength: await getSetting(db, 'auth.minPasswordLength'),
      }),
  );

  app.post(
    '/logout',
    {
      config: { public: true, csrfWhenSignedIn: true },
      // No body or an empty JSON object (Fastify shows a missing body as null; a JSON null is refused):
      // anything else is a client that does not mean to sign out.
      preValidation: async (req) => {
        if (req.body === null && req.headers['content-type'])
          throw badRequest('VALIDATION_FAILED', 'Send no body or {}');
      },
      schema: {
        tags,
        summary: 'Sign out (with a live session, send its X-CSRF-Token)',
        body: z.object({}).strict().nullable(),
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req, reply) => {
      if (req.actor) await service.logout(db, req.actor, { ip: req.ip });
      reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: opts.secureCookies });
      return ok(null);
    },
  );

  app.get(
    '/me',
    {
      config: { beforePasswordChange: true },
      schema: { tags, summary: 'Who is signed in (401 when nobody is)', response: { 200: okSchema(Me) } },
    },
    async (req) => ok(service.toMe(actorOf(req))),
  );

  app.patch(
    '/me',
    {
      config: { beforePasswordChange: true },
      schema: {
        tags,
        summary: 'Change my preferences (language)',
        body: PreferencesBody,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await service.setPreferences(db, actorOf(req), req.body.locale);
      return ok(null);
    },
  );

  app.post(
    '/password',
    {
      config: { beforePasswordChange: true },
      schema: { tags, summary: 'Change my password', body: PasswordBody, response: { 200: okSchema(z.null()) } },
    },
    async (req, reply) => {
      await checked(req, reply, () =>
        service.changePassword(db, actorOf(req), req.body.currentPassword, req.body.newPassword),
      );
      return ok(null);
    },
  );
};
