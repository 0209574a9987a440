import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ArchiveInput,
  DraftSave,
  FormCreate,
  FormDetailDto,
  FormListQuery,
  FormSummaryDto,
  PreviewInput,
  ScoreResultDto,
  VersionOnly,
} from '../../../../common/quality-forms.js';
import { scoreEvaluation } from '../../../../common/quality-scoring.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import * as service from './forms.service.js';

// Scorecards (SPEC §8, issue 7 item 1) under /api/quality/forms. Everyone may read forms (agents
// should know what is measured and how, SPEC §9); building and publishing needs quality.forms.
export const formRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['quality: forms'];
  const build = allow('quality.forms');

  app.get(
    '/forms',
    {
      preHandler: allow('quality.read'),
      schema: {
        tags,
        summary: 'Scorecards, by kind (inbound, outbound, non-voice)',
        querystring: FormListQuery,
        response: { 200: okSchema(z.array(FormSummaryDto)) },
      },
    },
    async (req) => ok(await service.listForms(db, req.query)),
  );

  app.post(
    '/forms',
    {
      preHandler: build,
      schema: {
        tags,
        summary: 'Make a scorecard: it starts as draft version 1',
        body: FormCreate,
        response: { 200: okSchema(z.object({ id: z.string(), versionId: z.string() })) },
      },
    },
    async (req) => ok(await service.createForm(db, actorOf(req), req.body)),
  );

  app.get(
    '/forms/:id',
    {
      preHandler: allow('quality.read'),
      schema: {
        tags,
        summary: 'A scorecard with every version (draft, published, superseded)',
        params: IdParams,
        response: { 200: okSchema(FormDetailDto) },
      },
    },
    async (req) => ok(await service.getForm(db, req.params.id)),
  );

  app.put(
    '/forms/:id/draft',
    {
      preHandler: build,
      schema: {
        tags,
        summary: 'Save the draft; editing a published form starts a new draft version (the published one stays frozen)',
        params: IdParams,
        body: DraftSave,
        response: { 200: okSchema(z.object({ draftVersionId: z.string(), version: z.number() })) },
      },
    },
    async (req) => ok(await service.saveDraft(db, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/forms/:id/publish',
    {
      preHandler: build,
      schema: {
        tags,
        summary: 'Publish the draft: it is frozen and new evaluations use it; the previous version is superseded',
        params: IdParams,
        body: VersionOnly,
        response: {
          200: okSchema(z.object({ publishedVersionId: z.string(), number: z.number(), version: z.number() })),
        },
      },
    },
    async (req) => ok(await service.publish(db, actorOf(req), req.params.id, req.body.version)),
  );

  app.post(
    '/forms/:id/archive',
    {
      preHandler: build,
      schema: {
        tags,
        summary: 'Archive (no new evaluations) or restore a scorecard',
        params: IdParams,
        body: ArchiveInput,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await service.setArchived(db, actorOf(req), req.params.id, req.body.archived, req.body.version);
      return ok(null);
    },
  );

  app.post(
    '/forms/preview',
    {
      preHandler: allow('quality.read'),
      schema: {
        tags,
        body: PreviewInput,
        response: { 200: okSchema(ScoreResultDto) },
        summary:
          'Score answers on a form without saving (the live preview). Precedence: evaluation-critical beats section-critical beats N/A beats weights; an N/A critical item cannot fail; a section with every item N/A is excluded',
      },
    },
    async (req) => ok(scoreEvaluation(req.body.content, req.body.answers, req.body.passScore)),
  );
};
