import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PathView } from '../../../../common/careers-path.js';
import { actorOf, allow, ok, okSchema } from '../../../lib/http.js';
import { myPath, pathOf } from './path.service.js';

// The path part of careers (issue 21 item 4), under /api/careers/path: where a person stands
// against their next step, and their career record. See ../panel/API.md.
const EmployeeParams = z.object({ employeeId: z.string().min(1).max(64) });

export const pathRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['careers'];
  const path = allow('careers.path');

  app.get(
    '/path/me',
    {
      preHandler: path,
      schema: {
        tags,
        summary: 'My path: my next steps with where I stand on each criterion, and my career record. 422 NO_EMPLOYEE',
        response: { 200: okSchema(PathView) },
      },
    },
    async (req) => ok(await myPath(db, actorOf(req))),
  );

  app.get(
    '/path/:employeeId',
    {
      preHandler: path,
      schema: {
        tags,
        summary:
          "A person's path, for someone whose people scope holds them (404 otherwise, as one who does not exist)",
        params: EmployeeParams,
        response: { 200: okSchema(PathView) },
      },
    },
    async (req) => ok(await pathOf(db, actorOf(req), req.params.employeeId)),
  );
};
