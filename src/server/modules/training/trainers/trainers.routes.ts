import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Created } from '../../../../common/training.js';
import { TrainerDto, TrainerInput, TrainerUpdate } from '../../../../common/training-courses.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import * as trainers from './trainers.service.js';

// Trainers with their certification, computed teaching hours and learners' ratings.
export const trainerRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['training'];
  const manage = allow('training.manage');
  const ListQuery = z.object({
    activeOnly: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  });

  app.get(
    '/trainers',
    {
      preHandler: allow('training.read'),
      schema: {
        tags,
        summary: 'Trainers with teaching hours and ratings',
        querystring: ListQuery,
        response: { 200: okSchema(z.array(TrainerDto)) },
      },
    },
    async (req) => ok(await trainers.listTrainers(db, { activeOnly: req.query.activeOnly })),
  );

  app.get(
    '/trainers/:id',
    {
      preHandler: allow('training.read'),
      schema: { tags, summary: 'A trainer', params: IdParams, response: { 200: okSchema(TrainerDto) } },
    },
    async (req) => ok(await trainers.getTrainer(db, req.params.id)),
  );

  app.post(
    '/trainers',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Add a trainer: internal (employeeId) or external (name); 409 DUPLICATE_TRAINER',
        body: TrainerInput,
        response: { 200: okSchema(Created) },
      },
    },
    async (req) => ok({ id: await trainers.createTrainer(db, actorOf(req), req.body) }),
  );

  app.put(
    '/trainers/:id',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Change a trainer (send the version you read)',
        params: IdParams,
        body: TrainerUpdate,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await trainers.updateTrainer(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );
};
