import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Created } from '../../../../common/training.js';
import {
  MySurvey,
  SurveyAnswerInput,
  SurveyDto,
  SurveyInput,
  SurveySummary,
} from '../../../../common/training-plans.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import * as needs from './needs.service.js';
import { surveySummary } from './needs.summary.js';

// Training needs surveys: sent by a training manager, answered by their recipients.
export const needsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['training'];
  const manage = allow('training.manage');

  app.get(
    '/surveys',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Needs surveys with answer counts and the plans they feed',
        response: { 200: okSchema(z.array(SurveyDto)) },
      },
    },
    async () => ok(await needs.listSurveys(db)),
  );

  app.post(
    '/surveys',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Send a needs survey to an audience (cohort, team or role) and their supervisors',
        body: SurveyInput,
        response: { 200: okSchema(Created) },
      },
    },
    async (req) => ok({ id: await needs.createSurvey(db, actorOf(req), req.body) }),
  );

  app.get(
    '/surveys/mine',
    {
      preHandler: allow('training.learn'),
      schema: {
        tags,
        summary: 'Surveys sent to you, with your answers',
        response: { 200: okSchema(z.array(MySurvey)) },
      },
    },
    async (req) => ok(await needs.mySurveys(db, actorOf(req))),
  );

  app.get(
    '/surveys/:id',
    {
      preHandler: manage,
      schema: { tags, summary: 'A survey', params: IdParams, response: { 200: okSchema(SurveyDto) } },
    },
    async (req) => ok(await needs.getSurvey(db, req.params.id)),
  );

  app.post(
    '/surveys/:id/answers',
    {
      preHandler: allow('training.learn'),
      schema: {
        tags,
        summary:
          'Answer (again, while open): { answers: { questionId: "option" | ["options"] | 1-5 | "text" } }; 409 SURVEY_CLOSED',
        params: IdParams,
        body: SurveyAnswerInput,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await needs.answer(db, actorOf(req), req.params.id, req.body.answers);
      return ok(null);
    },
  );

  app.post(
    '/surveys/:id/close',
    {
      preHandler: manage,
      schema: { tags, summary: 'Stop taking answers', params: IdParams, response: { 200: okSchema(z.null()) } },
    },
    async (req) => {
      await needs.closeSurvey(db, actorOf(req), req.params.id);
      return ok(null);
    },
  );

  app.get(
    '/surveys/:id/summary',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Results, organization needs weighted above individual wishes (settings training.needsWeight*)',
        params: IdParams,
        response: { 200: okSchema(SurveySummary) },
      },
    },
    async (req) => ok(await surveySummary(db, req.params.id)),
  );
};
