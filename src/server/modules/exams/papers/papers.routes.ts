import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PaperDto, PaperInput, PaperRule, RuleCheck } from '../../../../common/exams-papers.js';
import { notFound } from '../../../lib/errors.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import { runsAll } from '../shared/exams.access.js';
import * as service from './papers.service.js';

export const paperRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['exams: papers'];
  const author = allow('exams.author');

  app.get(
    '/exams/papers',
    {
      preHandler: author,
      schema: { tags, summary: 'Papers (a trainer sees their own)', response: { 200: okSchema(z.array(PaperDto)) } },
    },
    async (req) => ok(await service.listPapers(db, actorOf(req))),
  );

  app.get(
    '/exams/papers/:id',
    {
      preHandler: author,
      schema: { tags, summary: 'A paper', params: IdParams, response: { 200: okSchema(PaperDto) } },
    },
    async (req) => {
      const p = await service.findPaper(db, req.params.id);
      const actor = actorOf(req);
      if (!runsAll(actor) && p.created_by !== actor.userId) throw notFound('Paper');
      return ok(service.toDto(p));
    },
  );

  app.post(
    '/exams/papers',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'Make a fixed or random paper',
        body: PaperInput,
        response: { 200: okSchema(z.object({ id: z.string() })) },
      },
    },
    async (req) => ok({ id: await service.createPaper(db, actorOf(req), req.body) }),
  );

  app.put(
    '/exams/papers/:id',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'Change a paper nobody has drawn from yet',
        params: IdParams,
        body: PaperInput.and(z.object({ version: z.number().int().min(1) })),
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await service.updatePaper(db, actorOf(req), req.params.id, req.body as never);
      return ok(null);
    },
  );

  app.post(
    '/exams/papers/check',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'How many questions each random rule can draw (before saving or opening)',
        body: z.object({ rules: z.array(PaperRule).min(1).max(50) }),
        response: { 200: okSchema(z.array(RuleCheck)) },
      },
    },
    async (req) => ok(await service.checkRules(db, req.body.rules)),
  );
};
