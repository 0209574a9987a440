import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FollowUp, FollowUpListQuery, FollowUpUpdate, PersonGrade } from '../../../../common/appraisal-results.js';
import { requirePersonInScope } from '../../../lib/access.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import { placeOf } from '../../people/identity.service.js';
import { gradesOf } from '../appraisal.facts.js';
import * as service from './followups.service.js';

// Follow-ups a low grade opens (issue 18 item 7) and a person's grades per cycle, under
// /api/appraisal. Scoped like sheets: yourself, a lead their team, a center manager their
// department, HR, training managers and admin all.
export const followUpRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['appraisal'];
  const read = allow('appraisal.read');

  app.get(
    '/followups',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'Follow-ups (training need + improvement plan) opened by a D or a second C, that you may see; newest first',
        querystring: FollowUpListQuery,
        response: { 200: pageSchema(FollowUp) },
      },
    },
    async (req) => {
      const { data, total } = await service.listFollowUps(db, actorOf(req), req.query);
      return page(data, total);
    },
  );

  app.get(
    '/followups/:id',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'A follow-up (404 when out of sight)',
        params: IdParams,
        response: { 200: okSchema(FollowUp) },
      },
    },
    async (req) => ok(await service.followUpDetail(db, actorOf(req), req.params.id)),
  );

  app.patch(
    '/followups/:id',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'Write the training need and improvement plan, move the due day, or close it with its outcome — the owner, the team lead, a center manager, HR, a training manager or admin. 403 otherwise; 409 FOLLOWUP_CLOSED / VERSION_CONFLICT; 422 FOLLOWUP_OUTCOME_REQUIRED',
        params: IdParams,
        body: FollowUpUpdate,
        response: { 200: okSchema(FollowUp) },
      },
    },
    async (req) => ok(await service.updateFollowUp(db, actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/people/:id/grades',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'A person’s grades per published cycle, oldest first (404 when the person is out of your sight)',
        params: IdParams,
        response: { 200: okSchema(z.array(PersonGrade)) },
      },
    },
    async (req) => {
      requirePersonInScope(actorOf(req), await placeOf(db, req.params.id));
      return ok(await gradesOf(db, req.params.id));
    },
  );
};
