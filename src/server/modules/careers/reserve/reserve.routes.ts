import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  EligibleQuery,
  EligibleRow,
  MyRoundView,
  Nomination,
  NominateInput,
  RecommendInput,
  Round,
  RoundInput,
  RoundPatch,
  RoundSummary,
  ScreenInput,
  ShortlistEntry,
  VersionInput,
} from '../../../../common/careers-reserve.js';
import { Created } from '../../../../common/training.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import * as reads from './nominations.read.js';
import * as nominations from './nominations.service.js';
import { toRound } from './rounds.facts.js';
import * as rounds from './rounds.service.js';

// The reserve part of careers (issue 21), under /api/careers; see modules/careers/index.ts and
// API.md beside this file. Everyone (careers.path) sees the rounds that are not drafts, their own
// eligibility and entry, and published shortlists; careers.reserve.view the eligibility and
// entries of their scope; careers.reserve.recommend recommends; careers.reserve.manage (HR) runs rounds.
export const reserveRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['careers'];
  const everyone = allow('careers.path');
  const view = allow('careers.reserve.view');
  const manage = allow('careers.reserve.manage');
  const base = '/reserve/rounds';

  app.get(
    base,
    {
      preHandler: everyone,
      schema: {
        tags,
        summary: 'Reserve rounds, newest first (drafts only for reserve viewers)',
        response: { 200: okSchema(z.array(RoundSummary)) },
      },
    },
    async (req) => ok(await rounds.listRounds(db, actorOf(req))),
  );

  app.post(
    base,
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          'HR drafts a round; the window defaults to today..+nominationDays-1. 400 WINDOW_ORDER / TALK_BEFORE_CLOSE',
        body: RoundInput,
        response: { 200: okSchema(Round) },
      },
    },
    async (req) => ok(await rounds.createRound(db, actorOf(req), req.body)),
  );

  app.get(
    `${base}/:id`,
    {
      preHandler: everyone,
      schema: { tags, summary: 'One round', params: IdParams, response: { 200: okSchema(Round) } },
    },
    async (req) => ok(toRound(await rounds.requireRound(db, actorOf(req), req.params.id))),
  );

  app.patch(
    `${base}/:id`,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Edit a draft or open round; 409 STALE / ROUND_NOT_EDITABLE; 400 WINDOW_ORDER',
        params: IdParams,
        body: RoundPatch,
        response: { 200: okSchema(Round) },
      },
    },
    async (req) => ok(await rounds.updateRound(db, actorOf(req), req.params.id, req.body)),
  );

  for (const move of ['open', 'close', 'publish', 'cancel'] as const)
    app.post(
      `${base}/:id/${move}`,
      {
        preHandler: manage,
        schema: {
          tags,
          summary: `Move the round (${move}); 409 ROUND_NOT_DRAFT/_NOMINATING/_SCREENING or ROUND_FINISHED from the wrong status, STALE on an old version`,
          params: IdParams,
          body: VersionInput,
          response: { 200: okSchema(Round) },
        },
      },
      async (req) => ok(await rounds.moveRound(db, actorOf(req), req.params.id, move, req.body.version)),
    );

  app.get(
    `${base}/:id/me`,
    {
      preHandler: everyone,
      schema: {
        tags,
        summary: 'My eligibility for the round and my entry',
        params: IdParams,
        response: { 200: okSchema(MyRoundView) },
      },
    },
    async (req) => ok(await reads.myRound(db, actorOf(req), req.params.id)),
  );

  app.get(
    `${base}/:id/eligibility`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: "Agents in my scope with each criterion and its evidence, judged with the round's criteria",
        params: IdParams,
        querystring: EligibleQuery,
        response: { 200: okSchema(z.array(EligibleRow)) },
      },
    },
    async (req) => ok(await reads.eligibleOf(db, actorOf(req), req.params.id, req.query)),
  );

  app.get(
    `${base}/:id/nominations`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: "The round's entries (HR all; others their scope)",
        params: IdParams,
        response: { 200: okSchema(z.array(Nomination)) },
      },
    },
    async (req) => ok(await reads.listNominations(db, actorOf(req), req.params.id)),
  );

  app.post(
    `${base}/:id/nominations`,
    {
      preHandler: everyone,
      schema: {
        tags,
        summary:
          'Enter myself with a statement; 422 RESERVE_NOT_ELIGIBLE names the unmet criteria; 409 NOMINATIONS_CLOSED / ALREADY_ENTERED',
        params: IdParams,
        body: NominateInput,
        response: { 200: okSchema(Created) },
      },
    },
    async (req) => ok(await nominations.nominateSelf(db, actorOf(req), req.params.id, req.body.statement)),
  );

  app.post(
    `${base}/:id/recommendations`,
    {
      preHandler: allow('careers.reserve.recommend'),
      schema: {
        tags,
        summary:
          'A lead recommends one of their people (added to their entry or a new one); 422 RESERVE_NOT_ELIGIBLE; 409 NOMINATIONS_CLOSED / ALREADY_RECOMMENDED',
        params: IdParams,
        body: RecommendInput,
        response: { 200: okSchema(Created) },
      },
    },
    async (req) => ok(await nominations.recommend(db, actorOf(req), req.params.id, req.body)),
  );

  app.get(
    `${base}/:id/shortlist`,
    {
      preHandler: everyone,
      schema: {
        tags,
        summary: 'The published shortlist (name, team, department, statement); empty before publishing except for HR',
        params: IdParams,
        response: { 200: okSchema(z.array(ShortlistEntry)) },
      },
    },
    async (req) => ok(await reads.publishedShortlist(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/reserve/nominations/:id/withdraw',
    {
      preHandler: everyone,
      schema: {
        tags,
        summary: 'Withdraw my entry before screening; 409 CANNOT_WITHDRAW',
        params: IdParams,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await nominations.withdraw(db, actorOf(req), req.params.id);
      return ok(null);
    },
  );

  app.post(
    '/reserve/nominations/:id/screen',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'HR shortlists or declines an entry with a reason; 409 ROUND_NOT_SCREENING / STALE',
        params: IdParams,
        body: ScreenInput,
        response: { 200: okSchema(Nomination) },
      },
    },
    async (req) => ok(await nominations.screen(db, actorOf(req), req.params.id, req.body)),
  );
};
