import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  SwapInput,
  SwapListQuery,
  SwapOptions,
  SwapOptionsQuery,
  SwapStepInput,
  SwapView,
} from '../../../../common/attendance-swaps.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import { overtimeRoutes } from './overtime.routes.js';
import * as service from './swaps.service.js';
import * as steps from './swaps.steps.js';

// The swaps part of attendance (issue 19 item 4), under /api/attendance: shift swaps here,
// overtime and time off in lieu in overtime.routes.ts. Who may act on which swap is decided in
// the service (swaps.access.ts); each route also needs its permission.
export const swapsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['attendance'];
  const request = allow('attendance.request');

  app.get(
    '/swaps',
    {
      preHandler: allow('attendance.read'),
      schema: {
        tags,
        summary:
          'Swaps: scope=mine (I asked or was asked), to_decide (waiting for my answer or my approval), team (all I approve; HR all), newest first',
        querystring: SwapListQuery,
        response: { 200: pageSchema(SwapView) },
      },
    },
    async (req) => {
      const { data, total } = await service.listSwaps(db, actorOf(req), req.query);
      return page(data, total);
    },
  );

  app.get(
    '/swaps/options',
    {
      preHandler: request,
      schema: {
        tags,
        summary:
          'For a proposal: my published entries on the day(s) and each colleague of my team with theirs and the problems a swap with them would meet (skills, rest, overlap). 422 NO_EMPLOYEE',
        querystring: SwapOptionsQuery,
        response: { 200: okSchema(SwapOptions) },
      },
    },
    async (req) => ok(await service.swapOptions(db, actorOf(req), req.query)),
  );

  app.post(
    '/swaps',
    {
      preHandler: request,
      schema: {
        tags,
        summary:
          'Propose a swap: the colleague works my shift on requesterDay, I work theirs on colleagueDay (the same day for a plain exchange); the colleague is told. 422 NO_EMPLOYEE / SWAP_SELF / SWAP_NOT_SAME_TEAM / SWAP_DAY_PAST / SWAP_NOT_ROSTERED / SWAP_NO_SHIFT / SWAP_NOTHING_TO_EXCHANGE / SWAP_SKILL_MISSING / SWAP_OVERLAP / SWAP_REST_TOO_SHORT / SWAP_TOO_MANY_DAYS_IN_ROW; 409 SWAP_ALREADY_OPEN',
        body: SwapInput,
        response: { 200: okSchema(z.object({ id: z.string() })) },
      },
    },
    async (req) => ok({ id: await service.propose(db, actorOf(req), req.body) }),
  );

  const step = (
    path: string,
    summary: string,
    permission: 'attendance.request' | 'attendance.approve',
    run: (actor: ReturnType<typeof actorOf>, id: string, body: z.output<typeof SwapStepInput>) => Promise<void>,
  ) =>
    app.post(
      `/swaps/:id/${path}`,
      {
        preHandler: allow(permission),
        schema: { tags, summary, params: IdParams, body: SwapStepInput, response: { 200: okSchema(SwapView) } },
      },
      async (req) => {
        const actor = actorOf(req);
        await run(actor, req.params.id, req.body);
        return ok((await service.swapViews(db, actor, [await steps.swapById(db, actor, req.params.id)]))[0]);
      },
    );

  step(
    'accept',
    'The colleague accepts; the team lead is asked to approve. 403 not the colleague; 409 SWAP_NOT_OPEN / VERSION_CONFLICT; 422 when the swap no longer fits the roster (SWAP_* codes)',
    'attendance.request',
    (actor, id, body) => steps.accept(db, actor, id, body),
  );
  step(
    'decline',
    'The colleague declines. 403 not the colleague; 409 SWAP_NOT_OPEN / VERSION_CONFLICT',
    'attendance.request',
    (actor, id, body) => steps.decline(db, actor, id, body),
  );
  step(
    'approve',
    'The team lead of the team (or its center manager) approves an accepted swap: the schedule exchanges the two entries, both are told. 403 not their lead; 409 SWAP_NOT_OPEN / VERSION_CONFLICT; 422 SWAP_DAY_PAST or a SWAP_* code when the roster changed',
    'attendance.approve',
    (actor, id, body) => steps.decide(db, actor, id, body, true),
  );
  step(
    'reject',
    'The team lead (or center manager) rejects an accepted swap, with a note. 403 not their lead; 409 SWAP_NOT_OPEN / VERSION_CONFLICT',
    'attendance.approve',
    (actor, id, body) => steps.decide(db, actor, id, body, false),
  );
  step(
    'cancel',
    'The requester withdraws the swap before it is decided. 403 not the requester; 409 SWAP_NOT_OPEN / VERSION_CONFLICT',
    'attendance.request',
    (actor, id, body) => steps.cancel(db, actor, id, body),
  );

  await app.register(overtimeRoutes);
};
