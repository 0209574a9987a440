import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  MyScoringRound,
  MyScoringSheet,
  PanelSetupInput,
  PanelView,
  PublishedResults,
  PublishInput,
  SheetInput,
} from '../../../../common/careers-panel.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import { myRounds, mySheet, submitSheet } from './scoring.service.js';
import { publishedResults, publishResults } from './publish.service.js';
import { panelView, saveSetup } from './setup.service.js';

// The panel part of careers (issue 21 item 1, from the talk on), under /api/careers/panel:
// HR's setup, score matrix and publishing (careers.reserve.manage); scorers' sheets and the
// published results (careers.path, everyone). See API.md.
const RoundParams = z.object({ roundId: z.string().min(1).max(64) });
const SheetParams = RoundParams.extend({ nominationId: z.string().min(1).max(64) });

export const panelRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['careers'];
  const manage = allow('careers.reserve.manage');
  const path = allow('careers.path');

  app.get(
    '/panel/rounds/:id',
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          "A round's panel for HR: the sheet, the scorers, each candidate's sheets, averages (missing panel sheets named), final score, rank and the suggested choice",
        params: IdParams,
        response: { 200: okSchema(PanelView) },
      },
    },
    async (req) => ok(await panelView(db, req.params.id)),
  );

  app.put(
    '/panel/rounds/:id/setup',
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          'Set the sheet and the scorers. 400 DUPLICATE_ITEM_KEY / DUPLICATE_SCORER; 409 ROUND_CLOSED / STALE / SHEET_LOCKED / SCORER_HAS_SCORED; 422 UNKNOWN_SCORER / SCORER_LEFT',
        params: IdParams,
        body: PanelSetupInput,
        response: { 200: okSchema(z.object({ version: z.number().int() })) },
      },
    },
    async (req) => ok(await saveSetup(db, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/panel/rounds/:id/publish',
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          'Publish the results with the chosen; they join the cohort; career events. 400 DUPLICATE_CHOSEN; 409 ROUND_NOT_SCORING / STALE; 422 NOT_A_CANDIDATE / NO_RESULT / OVER_SEATS / EMPLOYEE_LEFT / UNKNOWN_COHORT',
        params: IdParams,
        body: PublishInput,
        response: { 200: okSchema(z.object({ chosen: z.number().int(), cohortId: z.string().nullable() })) },
      },
    },
    async (req) => ok(await publishResults(db, actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/panel/rounds/:id/results',
    {
      preHandler: path,
      schema: {
        tags,
        summary:
          "A round's published results, for everyone: names, averages, final score, who was chosen. 409 RESULTS_NOT_PUBLISHED",
        params: IdParams,
        response: { 200: okSchema(PublishedResults) },
      },
    },
    async (req) => ok(await publishedResults(db, req.params.id)),
  );

  app.get(
    '/panel/scoring',
    {
      preHandler: path,
      schema: {
        tags,
        summary: 'The rounds I am named to score in (panel or peer), with how many sheets I handed in',
        response: { 200: okSchema(z.array(MyScoringRound)) },
      },
    },
    async (req) => ok(await myRounds(db, actorOf(req))),
  );

  app.get(
    '/panel/scoring/:roundId',
    {
      preHandler: path,
      schema: {
        tags,
        summary: 'The sheet and my scores per candidate in a round I score in (404 otherwise)',
        params: RoundParams,
        response: { 200: okSchema(MyScoringSheet) },
      },
    },
    async (req) => ok(await mySheet(db, actorOf(req), req.params.roundId)),
  );

  app.put(
    '/panel/scoring/:roundId/sheets/:nominationId',
    {
      preHandler: path,
      schema: {
        tags,
        summary:
          'Hand in (or replace) my sheet for a candidate. 400 DUPLICATE_ITEM; 403 NOT_A_SCORER / SELF_SCORE; 409 ROUND_NOT_SCORING / SCORING_CLOSED; 422 NOT_A_CANDIDATE / UNKNOWN_ITEM / SCORE_OVER_MAX / SHEET_INCOMPLETE',
        params: SheetParams,
        body: SheetInput,
        response: { 200: okSchema(z.object({ total: z.number() })) },
      },
    },
    async (req) => ok(await submitSheet(db, actorOf(req), req.params.roundId, req.params.nominationId, req.body)),
  );
};
