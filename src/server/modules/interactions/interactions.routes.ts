import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, allow, ok, okSchema, page, pageSchema } from '../../lib/http.js';
import { JobRunner } from '../../lib/jobs.js';
import { onSettingChange } from '../../lib/settings.js';
import { importRoutes } from './imports.routes.js';
import { IMPORT_JOB, importJobHandler } from './import.worker.js';
import * as S from './interactions.schema.js';
import * as service from './interactions.service.js';
import * as kpi from './kpi.service.js';
import { recountJobHandler, requestRecount, SL_RECOUNT_JOB } from './service-level.job.js';

// Interactions and KPIs (SPEC §8–9, issue 6). The module owns the in-process job worker that
// runs imports and service-level recounts (one at a time): it starts when the app is ready
// (taking up any job a previous process left queued or running) and hands its job back to the
// queue when the app closes. SEATWISE_JOBS=off leaves the worker stopped (tests that drive
// workers themselves).
export const interactionsModule: FastifyPluginAsyncZod = async (app) => {
  const runner = new JobRunner(
    app.handle.db,
    {
      [IMPORT_JOB]: importJobHandler(app.handle),
      [SL_RECOUNT_JOB]: recountJobHandler(app.handle.db),
    },
    {
      onError: (err, job) => app.log.error({ err, jobId: job.id }, `${job.kind} job failed`),
    },
  );
  onSettingChange('interactions.serviceLevelSeconds', (trx, value) => requestRecount(trx, Number(value)));
  if (process.env.SEATWISE_JOBS !== 'off') {
    app.addHook('onReady', async () => runner.start());
    app.addHook('onClose', async () => runner.stop());
  }
  await app.register(importRoutes, { runner });
  await app.register(interactionRoutes);
};

const interactionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['interactions'];
  const kpiTags = ['kpis'];

  app.get(
    '/interactions',
    {
      preHandler: allow('interactions.read'),
      schema: {
        tags,
        summary:
          'The interactions behind a KPI figure: by agentId, teamId or departmentId, a date or from/to, and filters',
        querystring: S.InteractionListQuery,
        response: { 200: pageSchema(S.InteractionDto) },
      },
    },
    async (req) => {
      const { items, total } = await service.listInteractions(db, actorOf(req), req.query);
      return page(items, total);
    },
  );

  app.get(
    '/interactions/:id',
    {
      preHandler: allow('interactions.read'),
      schema: {
        tags,
        summary: 'One interaction (by its source interaction ID)',
        params: z.object({ id: z.string().min(1).max(64) }),
        response: { 200: okSchema(S.InteractionDto) },
      },
    },
    async (req) => ok(await service.getInteraction(db, actorOf(req), req.params.id)),
  );

  app.get(
    '/kpis/agents/:employeeId/daily',
    {
      preHandler: allow('interactions.read'),
      schema: {
        tags: kpiTags,
        summary: 'An agent’s daily KPIs (agents: only their own)',
        params: S.AgentParams,
        querystring: S.KpiQuery,
        response: { 200: okSchema(S.DailyKpis) },
      },
    },
    async (req) => ok(await kpi.daily(db, actorOf(req), { agentId: req.params.employeeId }, req.query)),
  );

  app.get(
    '/kpis/teams/default',
    {
      preHandler: allow('interactions.teams'),
      schema: {
        tags: kpiTags,
        summary:
          'The team the team KPI page opens on: the caller’s own team if it had interactions in the range, else the first visible team that had, else the own team, else the first visible team',
        querystring: S.DefaultTeamQuery,
        response: { 200: okSchema(S.DefaultTeam) },
      },
    },
    async (req) => ok(await kpi.defaultTeam(db, actorOf(req), req.query)),
  );

  app.get(
    '/kpis/teams/:teamId/daily',
    {
      preHandler: allow('interactions.teams'),
      schema: {
        tags: kpiTags,
        summary: 'A team’s daily KPIs (its current members)',
        params: S.TeamParams,
        querystring: S.KpiQuery,
        response: { 200: okSchema(S.DailyKpis) },
      },
    },
    async (req) => ok(await kpi.daily(db, actorOf(req), { teamId: req.params.teamId }, req.query)),
  );

  app.get(
    '/kpis/teams/:teamId/agents',
    {
      preHandler: allow('interactions.teams'),
      schema: {
        tags: kpiTags,
        summary: 'Each team member’s KPIs over a range (the team page), and the team total',
        params: S.TeamParams,
        querystring: S.KpiQuery,
        response: { 200: okSchema(S.TeamAgentKpis) },
      },
    },
    async (req) => ok(await kpi.teamAgents(db, actorOf(req), req.params.teamId, req.query)),
  );

  app.get(
    '/kpis/departments/:id/daily',
    {
      preHandler: allow('interactions.teams'),
      schema: {
        tags: kpiTags,
        summary: 'A department’s daily KPIs',
        params: z.object({ id: z.string().min(1).max(64) }),
        querystring: S.KpiQuery,
        response: { 200: okSchema(S.DailyKpis) },
      },
    },
    async (req) => ok(await kpi.daily(db, actorOf(req), { departmentId: req.params.id }, req.query)),
  );
};
