import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CalibrationCreate,
  CalibrationDetailDto,
  CalibrationListQuery,
  CalibrationReportDto,
  CalibrationScoreInput,
  CalibrationSummaryDto,
  ConsensusInput,
} from '../../../../common/quality-calibration.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import * as scoring from './calibration.scoring.js';
import * as service from './calibration.service.js';

// Calibration sessions (issue 7 item 8) under /api/quality/calibrations. Who sees what (blind
// scoring, no agent ever, who sees whose results) is decided in calibration.service.ts.
export const calibrationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['quality'];
  const read = allow('quality.read');
  const lead = allow('quality.lead');
  const Scored = okSchema(z.object({ interactionId: z.string(), score: z.number(), criticalFailure: z.string() }));

  app.get(
    '/calibrations',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Calibration sessions: all for QA leads and HR, the invited ones for an evaluator, 403 for others',
        querystring: CalibrationListQuery,
        response: { 200: pageSchema(CalibrationSummaryDto) },
      },
    },
    async (req) => {
      const { items, total } = await service.listSessions(db, actorOf(req), req.query);
      return page(items, total);
    },
  );

  app.post(
    '/calibrations',
    {
      preHandler: lead,
      schema: {
        tags,
        summary:
          'Start a session on a form’s published version: interactions, invited evaluators (the caller facilitates)',
        body: CalibrationCreate,
        response: { 200: okSchema(CalibrationDetailDto) },
      },
    },
    async (req) => ok(await service.createSession(db, actorOf(req), req.body)),
  );

  app.get(
    '/calibrations/:id',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'A session; before close only the caller’s own scores (blind); after close the consensus, and everyone’s scores to QA leads, HR and the facilitator (view full) or one’s own to an invited evaluator (view own); 404 to an evaluator not in it, 403 to roles outside calibration',
        params: IdParams,
        response: { 200: okSchema(CalibrationDetailDto) },
      },
    },
    async (req) => ok(await service.getSession(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/calibrations/:id/scores',
    {
      preHandler: allow('quality.evaluate'),
      schema: {
        tags,
        summary: 'Score one interaction of the session (invited evaluators, until close; scoring again replaces)',
        params: IdParams,
        body: CalibrationScoreInput,
        response: { 200: Scored },
      },
    },
    async (req) => ok(await scoring.submitScore(db, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/calibrations/:id/close',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'Close scoring (facilitator): scores become visible to the session and the consensus can be set',
        params: IdParams,
        response: { 200: okSchema(CalibrationDetailDto) },
      },
    },
    async (req) => ok(await scoring.closeScoring(db, actorOf(req), req.params.id)),
  );

  app.put(
    '/calibrations/:id/consensus',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'Set the consensus answers of one interaction (facilitator, after close)',
        params: IdParams,
        body: ConsensusInput,
        response: { 200: Scored },
      },
    },
    async (req) => ok(await scoring.setConsensus(db, actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/calibrations/:id/report',
    {
      preHandler: read,
      schema: {
        tags,
        summary:
          'Deviation from consensus per evaluator and item, tolerance flags, spread and Fleiss’ kappa (after close); an invited evaluator gets only their own rows and the anonymous spread and kappa (view own)',
        params: IdParams,
        response: { 200: okSchema(CalibrationReportDto) },
      },
    },
    async (req) => ok(await service.getReport(db, actorOf(req), req.params.id)),
  );
};
