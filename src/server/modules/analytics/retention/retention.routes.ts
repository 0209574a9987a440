import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CompareQuery,
  RetentionComparison,
  RetentionOptions,
  RetentionOverview,
  RetentionPeopleQuery,
  RetentionPerson,
  RetentionQuery,
} from '../../../../common/analytics-retention.js';
import { peopleScope } from '../../../lib/access.js';
import { actorOf, allow, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import { compareRetention, retentionOptions, retentionOverview, retentionPeople } from './retention.service.js';

// The retention part of analytics (issue 22), under /api/analytics; see API.md beside this file.
export const retentionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['analytics'];
  const view = allow('analytics.view');

  app.get(
    '/retention',
    {
      preHandler: view,
      schema: {
        tags,
        summary: 'Kaplan–Meier retention per group, 3/6/12 months with bands, exits by kind, the baseline',
        querystring: RetentionQuery,
        response: { 200: okSchema(RetentionOverview) },
      },
    },
    async (req) => ok(await retentionOverview(db, peopleScope(actorOf(req)), req.query)),
  );

  app.get(
    '/retention/options',
    {
      preHandler: view,
      schema: {
        tags,
        summary: 'The programs, departments, trainers, mentors and hiring months of the people in scope',
        response: { 200: okSchema(RetentionOptions) },
      },
    },
    async (req) => ok(await retentionOptions(db, peopleScope(actorOf(req)))),
  );

  app.get(
    '/retention/compare',
    {
      preHandler: view,
      schema: {
        tags,
        summary: 'Two groups’ curves and the log-rank test. 422 RETENTION_SAME_GROUP',
        querystring: CompareQuery,
        response: { 200: okSchema(RetentionComparison) },
      },
    },
    async (req) => ok(await compareRetention(db, peopleScope(actorOf(req)), req.query)),
  );

  app.get(
    '/retention/people',
    {
      preHandler: view,
      schema: {
        tags,
        summary: 'The people behind a retention figure: a group’s exits (of a kind, within months), those at risk',
        querystring: RetentionPeopleQuery,
        response: { 200: pageSchema(RetentionPerson) },
      },
    },
    async (req) => {
      const { data, total } = await retentionPeople(db, peopleScope(actorOf(req)), req.query);
      return page(data, total);
    },
  );
};
