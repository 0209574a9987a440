import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ActionHistoryQuery,
  ActionHistoryRow,
  SweepResult,
  Warning,
  WarningActionInput,
  WarningListQuery,
} from '../../../../common/analytics-warnings.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import * as service from './warnings.service.js';

// The warnings part of analytics (issue 22 item 5), under /api/analytics; see API.md beside it.
export const warningsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['analytics'];
  const lead = allow('analytics.warnings');

  app.get(
    '/warnings',
    {
      preHandler: lead,
      schema: {
        tags,
        summary:
          'Early warnings of the people in your scope (a team lead: their team), open first: weekly values, the fall, its causes and the actions taken',
        querystring: WarningListQuery,
        response: { 200: pageSchema(Warning) },
      },
    },
    async (req) => {
      const { data, total } = await service.warningsFor(db, actorOf(req), req.query);
      return page(data, total);
    },
  );

  app.get(
    '/warnings/actions',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'The actions leads recorded on warnings of people in your scope, newest first (from/to: center dates)',
        querystring: ActionHistoryQuery,
        response: { 200: pageSchema(ActionHistoryRow) },
      },
    },
    async (req) => {
      const { data, total } = await service.actionHistoryFor(db, actorOf(req), {
        ...req.query,
        from: req.query.from,
        to: req.query.to && `${req.query.to}T23:59:59.999Z`,
      });
      return page(data, total);
    },
  );

  app.post(
    '/warnings/sweep',
    {
      preHandler: allow('analytics.manage'),
      schema: {
        tags,
        summary:
          'Sweep now: flag declines of the last full weeks, refresh live warnings, resolve those whose decline ended',
        response: { 200: okSchema(SweepResult) },
      },
    },
    async () => ok(await service.sweepWarnings(db)),
  );

  app.get(
    '/warnings/:id',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'One warning with its actions (404 when the person is outside your scope)',
        params: IdParams,
        response: { 200: okSchema(Warning) },
      },
    },
    async (req) => ok(await service.warningDetail(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/warnings/:id/actions',
    {
      preHandler: lead,
      schema: {
        tags,
        summary:
          'Record the action taken (mentoring, retraining, drills, coaching, other); the first closes an open warning. 409 WARNING_RESOLVED; 422 WARNING_DUE_PAST',
        params: IdParams,
        body: WarningActionInput,
        response: { 200: okSchema(Warning) },
      },
    },
    async (req) => ok(await service.recordAction(db, actorOf(req), req.params.id, req.body)),
  );
};
