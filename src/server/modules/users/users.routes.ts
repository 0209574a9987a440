import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../lib/http.js';
import {
  InitialPassword,
  ResetPassword,
  UnlockBody,
  UserCreate,
  UserDto,
  UserListQuery,
  UserPatch,
} from './users.schema.js';
import * as service from './users.service.js';

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, dialect } = app.handle;
  const tags = ['users'];
  const admin = allow('users.manage');

  app.get(
    '/users',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Accounts and their roles',
        querystring: UserListQuery,
        response: { 200: pageSchema(UserDto) },
      },
    },
    async (req) => {
      const { items, total } = await service.listUsers(db, dialect, req.query);
      return page(items, total);
    },
  );

  app.post(
    '/users',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Create an account; the initial password is shown once',
        body: UserCreate,
        response: { 200: okSchema(InitialPassword) },
      },
    },
    async (req) => ok(await service.createUser(db, actorOf(req), req.body)),
  );

  app.patch(
    '/users/:id',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Rename, assign roles, link to a person, disable',
        params: IdParams,
        body: UserPatch,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await service.updateUser(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  app.post(
    '/users/:id/reset-password',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Reset a password; it must be changed at next sign-in',
        params: IdParams,
        body: ResetPassword,
        response: { 200: okSchema(InitialPassword) },
      },
    },
    async (req) => ok(await service.resetPassword(db, actorOf(req), req.params.id, req.body.password)),
  );

  app.post(
    '/users/:id/reset-totp',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: "Turn off a user's second sign-in step (a lost phone); audited",
        params: IdParams,
        body: UnlockBody,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await service.resetSecondStep(db, actorOf(req), req.params.id, req.body.reason);
      return ok(null);
    },
  );

  app.post(
    '/users/:id/unlock',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Lift a sign-in lock now (audited)',
        params: IdParams,
        body: UnlockBody,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await service.unlockUser(db, actorOf(req), req.params.id, req.body.reason);
      return ok(null);
    },
  );
};
