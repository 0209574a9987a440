import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CohortDetail,
  CohortDto,
  CohortInput,
  CohortMembersInput,
  PlanDto,
  PlanInput,
  PlanListQuery,
  PlanUpdate,
} from '../../../../common/training-plans.js';
import { Created } from '../../../../common/training.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import * as cohorts from './cohorts.service.js';
import * as plans from './plans.service.js';

// Training plans with phases, and the cohorts new-hire plans run for.
export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['training'];
  const manage = allow('training.manage');

  app.get(
    '/plans',
    {
      preHandler: allow('training.read'),
      schema: {
        tags,
        summary: 'Training plans with phases and courses',
        querystring: PlanListQuery,
        response: { 200: okSchema(z.array(PlanDto)) },
      },
    },
    async (req) => ok(await plans.listPlans(db, req.query)),
  );

  app.get(
    '/plans/:id',
    {
      preHandler: allow('training.read'),
      schema: { tags, summary: 'A plan', params: IdParams, response: { 200: okSchema(PlanDto) } },
    },
    async (req) => ok(await plans.getPlan(db, req.params.id)),
  );

  app.post(
    '/plans',
    {
      preHandler: manage,
      schema: {
        tags,
        body: PlanInput,
        response: { 200: okSchema(Created) },
        summary:
          'Make a plan. 422: COHORT_REQUIRED (new_hire), RECURRENCE_REQUIRED (on_the_job), TRIGGER_REQUIRED (adhoc), PHASE_OUTSIDE_PLAN, UNKNOWN_COURSE',
      },
    },
    async (req) => ok({ id: await plans.createPlan(db, actorOf(req), req.body) }),
  );

  app.put(
    '/plans/:id',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Replace a plan and its phases (send the version you read)',
        params: IdParams,
        body: PlanUpdate,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await plans.updatePlan(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  app.post(
    '/plans/:id/repeat',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Copy a monthly / quarterly / half-yearly plan into its next cycle (a draft)',
        params: IdParams,
        response: { 200: okSchema(Created) },
      },
    },
    async (req) => ok({ id: await plans.repeatPlan(db, actorOf(req), req.params.id) }),
  );

  app.get(
    '/cohorts',
    {
      preHandler: allow('training.read'),
      schema: { tags, summary: 'Cohorts', response: { 200: okSchema(z.array(CohortDto)) } },
    },
    async () => ok(await cohorts.listCohorts(db)),
  );

  app.get(
    '/cohorts/:id',
    {
      preHandler: allow('training.read'),
      schema: {
        tags,
        summary: 'A cohort with the members you may see',
        params: IdParams,
        response: { 200: okSchema(CohortDetail) },
      },
    },
    async (req) => ok(await cohorts.getCohort(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/cohorts',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Make a cohort from people, or from a team’s current trainees',
        body: CohortInput,
        response: { 200: okSchema(Created) },
      },
    },
    async (req) => ok({ id: await cohorts.createCohort(db, actorOf(req), req.body) }),
  );

  app.put(
    '/cohorts/:id/members',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Replace the members',
        params: IdParams,
        body: CohortMembersInput,
        response: { 200: okSchema(z.object({ count: z.number().int() })) },
      },
    },
    async (req) => ok({ count: await cohorts.setMembers(db, actorOf(req), req.params.id, req.body.employeeIds) }),
  );
};
