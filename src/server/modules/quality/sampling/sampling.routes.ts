import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ChangeEventCreate,
  ChangeEventDto,
  ChangeEventListQuery,
  DrawCreate,
  DrawDetail,
  DrawDto,
  DrawListQuery,
  SampleDto,
  SampleListQuery,
  SamplingSettingsDto,
} from '../../../../common/quality-sampling.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import * as sampling from './sampling.service.js';
import * as changeEvents from './change-events.service.js';

// Sampling plans and weekly draws (SPEC §8; issue 7 item 2). The plan's numbers are settings
// (quality.sampling.*), changed through PUT /api/settings/{key} (administrators, audited).
export const samplingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['quality'];
  const lead = allow('quality.lead');

  app.get(
    '/sampling/settings',
    {
      preHandler: allow('quality.read'),
      schema: {
        tags,
        summary: 'The sampling plan and quota numbers in force (settings quality.sampling.*, quality.quota.*)',
        response: { 200: okSchema(SamplingSettingsDto) },
      },
    },
    async () => ok(await sampling.samplingSettings(db)),
  );

  app.get(
    '/change-events',
    {
      preHandler: allow('quality.read'),
      schema: {
        tags,
        summary: 'Change events (knowledge, system, process) that raise sampling, overlapping from..to',
        querystring: ChangeEventListQuery,
        response: { 200: okSchema(z.array(ChangeEventDto)) },
      },
    },
    async (req) => ok(await changeEvents.listChangeEvents(db, req.query)),
  );

  app.post(
    '/change-events',
    {
      preHandler: lead,
      schema: {
        tags,
        summary:
          'Record a change event: raises everyone’s (or a department’s / business type’s) sampling for N days (audited)',
        body: ChangeEventCreate,
        response: { 200: okSchema(z.object({ id: z.string() })) },
      },
    },
    async (req) => ok(await changeEvents.createChangeEvent(db, actorOf(req), req.body)),
  );

  app.delete(
    '/change-events/:id',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'Delete a change event (audited); draws already made keep their reasons',
        params: IdParams,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await changeEvents.deleteChangeEvent(db, actorOf(req), req.params.id);
      return ok(null);
    },
  );

  app.get(
    '/draws',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'Weekly draws, newest first',
        querystring: DrawListQuery,
        response: { 200: okSchema(z.array(DrawDto)) },
      },
    },
    async (req) => ok(await sampling.listDraws(db, req.query.weekStart)),
  );

  app.post(
    '/draws',
    {
      preHandler: lead,
      schema: {
        tags,
        body: DrawCreate,
        response: { 200: okSchema(DrawDetail) },
        summary:
          'Draw a week’s samples (seeded: the same seed and data give the same samples) and assign them to evaluators by quota. 409 DRAW_EXISTS unless replace; 422 WEEK_START_NOT_MONDAY, WEEK_IN_FUTURE, CALENDAR_YEAR_MISSING',
      },
    },
    async (req) => ok(await sampling.drawWeek(db, actorOf(req), req.body)),
  );

  app.get(
    '/draws/:id',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'A draw: seed, counts per reason, and per agent (those you may see)',
        params: IdParams,
        response: { 200: okSchema(DrawDetail) },
      },
    },
    async (req) => ok(await sampling.getDraw(db, actorOf(req), req.params.id)),
  );

  app.get(
    '/samples',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'Samples of the agents you may see, filtered',
        querystring: SampleListQuery,
        response: { 200: pageSchema(SampleDto) },
      },
    },
    async (req) => {
      const { items, total } = await sampling.listSamples(db, actorOf(req), req.query);
      return page(items, total);
    },
  );
};
