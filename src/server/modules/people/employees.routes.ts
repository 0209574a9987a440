import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  EmployeeCreate,
  EmployeeDetail,
  EmployeeListQuery,
  EmployeePatch,
  EmployeeSummary,
  StatusChange,
  TeamMove,
} from '../../../common/people.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../lib/http.js';
import * as service from './employees.service.js';

export const employeeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, dialect } = app.handle;
  const tags = ['people'];
  const Done = okSchema(z.null());

  app.get(
    '/employees',
    {
      preHandler: allow('people.read'),
      schema: {
        tags,
        summary: 'People the caller may see, with search, filters and paging',
        querystring: EmployeeListQuery,
        response: { 200: pageSchema(EmployeeSummary) },
      },
      // The busiest read (bench:api): its items are built field by field (toSummary), so there is
      // nothing for the schema to strip; plain JSON spares a zod pass over every row per request.
      // The schema above still documents the answer and the tests check it.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (req) => {
      const { items, total } = await service.listEmployees(db, dialect, actorOf(req), req.query);
      return page(items, total);
    },
  );

  app.get(
    '/employees/:id',
    {
      preHandler: allow('people.read'),
      schema: {
        tags,
        summary: 'A person with status and team history',
        params: IdParams,
        response: { 200: okSchema(EmployeeDetail) },
      },
    },
    async (req) => ok(await service.getEmployee(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/employees',
    {
      preHandler: allow('people.write'),
      schema: {
        tags,
        summary: 'Add a person',
        body: EmployeeCreate,
        response: { 200: okSchema(z.object({ id: z.string() })) },
      },
    },
    async (req) => ok({ id: await service.createEmployee(db, actorOf(req), req.body) }),
  );

  app.patch(
    '/employees/:id',
    {
      preHandler: allow('people.write'),
      schema: {
        tags,
        summary: 'Edit a person (send the version you read)',
        params: IdParams,
        body: EmployeePatch,
        response: { 200: Done },
      },
    },
    async (req) => {
      await service.updateEmployee(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  app.post(
    '/employees/:id/status',
    {
      preHandler: allow('people.write'),
      schema: {
        tags,
        summary: 'Change employment status, dated, with a reason',
        params: IdParams,
        body: StatusChange,
        response: { 200: Done },
      },
    },
    async (req) => {
      await service.changeStatus(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  app.post(
    '/employees/:id/move',
    {
      preHandler: allow('people.write'),
      schema: {
        tags,
        summary: 'Move to another team, dated, with a reason',
        params: IdParams,
        body: TeamMove,
        response: { 200: Done },
      },
    },
    async (req) => {
      await service.moveToTeam(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );
};
