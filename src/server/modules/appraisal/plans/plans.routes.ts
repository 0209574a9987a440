import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ForcedDistribution,
  PlanContent,
  PlanCreate,
  PlanDetailDto,
  PlanDraftSave,
  PlanRevisionOnly,
  PlanSummaryDto,
} from '../../../../common/appraisal-plans.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema, PagingQuery } from '../../../lib/http.js';
import * as service from './plans.service.js';

// Appraisal plans (SPEC §9, issue 18 item 1) under /api/appraisal/plans. Everyone reads plans
// (agents should know what is measured and how, SPEC §9); setting them up needs appraisal.plans,
// and a center manager sets up their own department's only.
export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['appraisal: plans'];
  const manage = allow('appraisal.plans');

  app.get(
    '/plans',
    {
      preHandler: allow('appraisal.read'),
      schema: {
        tags,
        summary: 'Appraisal plans, by name',
        querystring: PagingQuery,
        response: { 200: pageSchema(PlanSummaryDto) },
      },
    },
    async (req) => {
      const { rows, total } = await service.listPlans(db, req.query);
      return page(rows, total);
    },
  );

  app.get(
    '/plans/defaults',
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          'What a new plan starts from (settings appraisal.*), and the forced distribution offered when switched on',
        response: {
          200: okSchema(
            z.object({ content: PlanContent.omit({ name: true }), forcedDistribution: ForcedDistribution }),
          ),
        },
      },
    },
    async () => ok(await service.defaults(db)),
  );

  app.post(
    '/plans',
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          'Make a plan: draft version 1, from the given content or the defaults. 400 WEIGHTS_NOT_100, BANDS_OVERLAP, GRADES_NOT_DESCENDING, … naming the field; 422 UNKNOWN_TEAM, TEAM_NOT_IN_DEPARTMENT',
        body: PlanCreate,
        response: { 200: okSchema(PlanDetailDto) },
      },
    },
    async (req) => ok(await service.createPlan(db, actorOf(req), req.body)),
  );

  app.get(
    '/plans/:id',
    {
      preHandler: allow('appraisal.read'),
      schema: {
        tags,
        summary: 'A plan with every version (draft, published, superseded)',
        params: IdParams,
        response: { 200: okSchema(PlanDetailDto) },
      },
    },
    async (req) => ok(await service.getPlan(db, req.params.id)),
  );

  app.put(
    '/plans/:id/draft',
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          'Save the draft; editing a published plan starts a new draft version (a published version never changes). 409 STALE_VERSION',
        params: IdParams,
        body: PlanDraftSave,
        response: { 200: okSchema(PlanDetailDto) },
      },
    },
    async (req) => ok(await service.saveDraft(db, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/plans/:id/publish',
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          'Publish the draft: new cycles use it, the previous version is superseded. 409 TEAM_IN_OTHER_PLAN (a team is in one published plan), STALE_VERSION; 422 NO_DRAFT, PLAN_HAS_NO_TEAMS',
        params: IdParams,
        body: PlanRevisionOnly,
        response: { 200: okSchema(PlanDetailDto) },
      },
    },
    async (req) => ok(await service.publish(db, actorOf(req), req.params.id, req.body.revision)),
  );
};
