import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DailySummaryDto,
  DailySummaryQuery,
  FollowupDto,
  FollowupHandlingInput,
  FollowupListQuery,
  MentorFigureDto,
  MentorFiguresQuery,
  RedLineDto,
  RedLineInput,
  RedLineUpdate,
  RulingInput,
  SummaryActionInput,
} from '../../../../common/quality-feedback.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import * as redLines from './summary.red-lines.js';
import * as followups from './summary.followups.js';
import * as summary from './summary.service.js';

// The daily summary, follow-ups, mentors' figures and the red-line list (SPEC §7–8, issue 7
// item 7) under /api/quality.
export const summaryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['quality: summary'];
  const Done = okSchema(z.null());
  const Created = okSchema(z.object({ id: z.string() }));

  app.get(
    '/summary/daily',
    {
      preHandler: allow('quality.read'),
      schema: {
        tags,
        summary:
          'A day’s evaluations grouped by problem (failed item), with agents, trainee errors, red-line breaches and the planned action',
        querystring: DailySummaryQuery,
        response: { 200: okSchema(DailySummaryDto) },
      },
    },
    async (req) => ok(await summary.dailySummary(db, actorOf(req), req.query)),
  );

  app.post(
    '/summary/actions',
    {
      preHandler: allow('quality.review'),
      schema: {
        tags,
        summary:
          'Plan the action for a problem of a day (a team lead for their team; a QA lead for any team or, without teamId, the center)',
        body: SummaryActionInput,
        response: { 200: Created },
      },
    },
    async (req) => ok({ id: await summary.recordAction(db, actorOf(req), req.body) }),
  );

  app.get(
    '/summary/mentors',
    {
      preHandler: allow('quality.read'),
      schema: {
        tags,
        summary:
          'Mentors’ figures from their mentees’ evaluations; errors before regular status are excluded (shown apart)',
        querystring: MentorFiguresQuery,
        response: { 200: okSchema(z.array(MentorFigureDto)) },
      },
    },
    async (req) => ok(await summary.mentorFigures(db, actorOf(req), req.query)),
  );

  app.get(
    '/followups',
    {
      preHandler: allow('quality.read'),
      schema: {
        tags,
        summary:
          'Follow-ups on agents’ problems: open until a later evaluation passes the item (paged, newest first, with the total)',
        querystring: FollowupListQuery,
        response: { 200: pageSchema(FollowupDto) },
      },
    },
    async (req) => {
      const { items, total } = await followups.listFollowups(db, actorOf(req), req.query);
      return page(items, total);
    },
  );

  app.post(
    '/followups/:id/handling',
    {
      preHandler: allow('quality.review'),
      schema: {
        tags,
        summary: 'How a trainee’s error is handled: recitation, re-test or improvement plan (409 NOT_A_TRAINEE_ERROR)',
        params: IdParams,
        body: FollowupHandlingInput,
        response: { 200: Done },
      },
    },
    async (req) => {
      await followups.setHandling(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  app.get(
    '/red-lines',
    {
      preHandler: allow('quality.read'),
      schema: {
        tags,
        summary: 'The red-line list with breach counts',
        response: { 200: okSchema(z.array(RedLineDto)) },
      },
    },
    async () => ok(await redLines.listRedLines(db)),
  );

  app.post(
    '/red-lines',
    {
      preHandler: allow('quality.lead'),
      schema: {
        tags,
        summary: 'Add a red line covering form item keys (422 UNKNOWN_ITEM)',
        body: RedLineInput,
        response: { 200: Created },
      },
    },
    async (req) => ok({ id: await redLines.createRedLine(db, actorOf(req), req.body) }),
  );

  app.put(
    '/red-lines/:id',
    {
      preHandler: allow('quality.lead'),
      schema: {
        tags,
        summary: 'Change a red line (version for concurrent edits)',
        params: IdParams,
        body: RedLineUpdate,
        response: { 200: Done },
      },
    },
    async (req) => {
      await redLines.updateRedLine(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  app.delete(
    '/red-lines/:id',
    {
      preHandler: allow('quality.lead'),
      schema: {
        tags,
        summary: 'Delete a red line nobody breached (409 RED_LINE_IN_USE: deactivate it instead)',
        params: IdParams,
        response: { 200: Done },
      },
    },
    async (req) => {
      await redLines.deleteRedLine(db, actorOf(req), req.params.id);
      return ok(null);
    },
  );

  app.post(
    '/evaluations/:id/red-line-ruling',
    {
      preHandler: allow('quality.lead'),
      schema: {
        tags,
        summary: 'The review board rules on an evaluation’s error: breach confirmed, unusual error, or not a breach',
        params: IdParams,
        body: RulingInput,
        response: { 200: Done },
      },
    },
    async (req) => {
      await redLines.ruleOnEvaluation(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );
};
