import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, ok, okSchema } from '../../lib/http.js';
import { TotpCode, TotpEnrolment, TotpStatus } from './auth.schema.js';
import * as service from './totp.service.js';

// The second sign-in step: one's own set-up under /auth/totp (an administrator's reset is under /users).
export const totpRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.handle.db;
  const tags = ['auth'];

  app.get(
    '/totp',
    {
      schema: {
        tags,
        summary: 'Whether I may and do sign in with a second step',
        response: { 200: okSchema(TotpStatus) },
      },
    },
    async (req) => ok(await service.totpStatus(db, actorOf(req))),
  );

  app.post(
    '/totp/enrol',
    {
      schema: {
        tags,
        summary: 'Start setting up the second step (administrators and HR): a secret and an otpauth:// link',
        response: { 200: okSchema(TotpEnrolment) },
      },
    },
    async (req) => ok(await service.startEnrolment(db, actorOf(req))),
  );

  app.post(
    '/totp/confirm',
    {
      schema: {
        tags,
        summary: 'Turn the second step on with a code from the app',
        body: TotpCode,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await service.confirmEnrolment(db, actorOf(req), req.body.code);
      return ok(null);
    },
  );
};
