import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, allow, IdParams, ok, okSchema } from '../../lib/http.js';
import { Department, DepartmentBody, DepartmentPatch, TeamBody, TeamPatch } from './org.schema.js';
import * as service from './org.service.js';

export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.handle.db;
  const tags = ['organization'];
  const Created = okSchema(z.object({ id: z.string() }));
  const Done = okSchema(z.null());

  app.get(
    '/departments',
    {
      schema: {
        tags,
        summary:
          'Departments with their teams and headcounts, as far as the caller’s role sees: all (HR, admin, training manager, trainer, QA evaluator), their department (center manager), their own team (team lead, agent, trainee, mentor)',
        response: { 200: okSchema(z.array(Department)) },
      },
    },
    async (req) => ok(await service.orgTree(db, actorOf(req))),
  );

  app.post(
    '/departments',
    { preHandler: allow('org.write'), schema: { tags, body: DepartmentBody, response: { 200: Created } } },
    async (req) => ok({ id: await service.createDepartment(db, actorOf(req), req.body) }),
  );

  app.patch(
    '/departments/:id',
    {
      preHandler: allow('org.write'),
      schema: { tags, params: IdParams, body: DepartmentPatch, response: { 200: Done } },
    },
    async (req) => {
      await service.updateDepartment(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  app.delete(
    '/departments/:id',
    { preHandler: allow('org.write'), schema: { tags, params: IdParams, response: { 200: Done } } },
    async (req) => {
      await service.deleteDepartment(db, actorOf(req), req.params.id);
      return ok(null);
    },
  );

  app.post(
    '/teams',
    { preHandler: allow('org.write'), schema: { tags, body: TeamBody, response: { 200: Created } } },
    async (req) => ok({ id: await service.createTeam(db, actorOf(req), req.body) }),
  );

  app.patch(
    '/teams/:id',
    { preHandler: allow('org.write'), schema: { tags, params: IdParams, body: TeamPatch, response: { 200: Done } } },
    async (req) => {
      await service.updateTeam(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  app.delete(
    '/teams/:id',
    { preHandler: allow('org.write'), schema: { tags, params: IdParams, response: { 200: Done } } },
    async (req) => {
      await service.deleteTeam(db, actorOf(req), req.params.id);
      return ok(null);
    },
  );
};
