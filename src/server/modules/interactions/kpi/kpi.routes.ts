import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, allow, ok, okSchema } from '../../../lib/http.js';
import { getSetting, onSettingChange } from '../../../lib/settings.js';
import * as S from '../interactions.schema.js';
import { requestRecount } from '../service-level/service-level.job.js';
import * as kpi from './kpi.service.js';

// Daily KPIs per agent, team and department, and the team the team KPI page opens on.
export const kpiRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const kpiTags = ['kpis'];
  // The rollups' csat_satisfied is counted with this setting: a change recounts the stored days
  // with the service-level recount (which recounts both counters), at the current SL threshold.
  onSettingChange('appraisal.csatSatisfiedMin', async (trx) =>
    requestRecount(trx, await getSetting(trx, 'interactions.serviceLevelSeconds')),
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
