import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CompletionRow, DueMaterial, MaterialDto, MaterialInput } from '../../../../common/training-courses.js';
import { Created } from '../../../../common/training.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import * as materials from './materials.service.js';

// Learning materials of a course, each person's completion, and what is due.
export const materialRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['training'];
  const manage = allow('training.manage');

  app.get(
    '/courses/:id/materials',
    {
      preHandler: allow('training.read'),
      schema: {
        tags,
        summary: 'Materials of a course',
        params: IdParams,
        response: { 200: okSchema(z.array(MaterialDto)) },
      },
    },
    async (req) => ok(await materials.listMaterials(db, req.params.id)),
  );

  app.post(
    '/courses/:id/materials',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Attach a document, video or micro-course (an http(s) link or a site path)',
        params: IdParams,
        body: MaterialInput,
        response: { 200: okSchema(Created) },
      },
    },
    async (req) => ok({ id: await materials.addMaterial(db, actorOf(req), req.params.id, req.body) }),
  );

  app.put(
    '/materials/:id',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Change a material (archived: true retires it)',
        params: IdParams,
        body: MaterialInput,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await materials.updateMaterial(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  app.post(
    '/materials/:id/complete',
    {
      preHandler: allow('training.learn'),
      schema: {
        tags,
        summary: 'Mark a material done (for yourself; you must be booked on its course)',
        params: IdParams,
        response: { 200: okSchema(z.object({ completedAt: z.string() })) },
      },
    },
    async (req) => ok({ completedAt: await materials.complete(db, actorOf(req), req.params.id) }),
  );

  app.get(
    '/materials/:id/completions',
    {
      preHandler: allow('training.teach'),
      schema: {
        tags,
        summary: 'Who booked on the course has completed it (people you may see)',
        params: IdParams,
        response: { 200: okSchema(z.array(CompletionRow)) },
      },
    },
    async (req) => ok(await materials.completions(db, actorOf(req), req.params.id)),
  );

  const DueQuery = z.object({
    employeeId: z.string().min(1).max(64).optional(),
    all: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  });
  app.get(
    '/materials/due',
    {
      preHandler: allow('training.learn'),
      schema: {
        tags,
        summary:
          'Materials due for you (or employeeId, someone you may see): required and not done; all=true lists done and optional ones too',
        querystring: DueQuery,
        response: { 200: okSchema(z.array(DueMaterial)) },
      },
    },
    async (req) => ok(await materials.dueFor(db, actorOf(req), req.query.employeeId, req.query.all)),
  );
};
