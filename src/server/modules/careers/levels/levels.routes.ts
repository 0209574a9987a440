import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ConfirmInput,
  Grade,
  GradeInput,
  GradeUpdate,
  TrainerLevelDetail,
  TrainerLevelRow,
  TrainersQuery,
} from '../../../../common/careers-levels.js';
import { Created } from '../../../../common/training.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import * as grades from './grades.service.js';
import * as levels from './levels.service.js';

// The levels part of careers (issue 21), under /api/careers; see modules/careers/index.ts and
// levels/API.md. Reading: careers.levels.view (a trainer sees only their own row); changing
// grades and confirming levels: careers.levels.manage.
export const levelsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['careers'];
  const view = allow('careers.levels.view');
  const manage = allow('careers.levels.manage');

  app.get(
    '/levels/grades',
    {
      preHandler: view,
      schema: {
        tags,
        summary: 'Trainer grades, low to high, with their standards',
        response: { 200: okSchema(z.array(Grade)) },
      },
    },
    async () => ok(await grades.listGrades(db)),
  );

  app.post(
    '/levels/grades',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Add a grade; 409 DUPLICATE_GRADE when the name is taken',
        body: GradeInput,
        response: { 200: okSchema(Created) },
      },
    },
    async (req) => ok({ id: await grades.createGrade(db, actorOf(req), req.body) }),
  );

  app.put(
    '/levels/grades/:id',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Edit a grade at the version read; 409 STALE, 409 DUPLICATE_GRADE',
        params: IdParams,
        body: GradeUpdate,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await grades.updateGrade(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );

  app.delete(
    '/levels/grades/:id',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Delete a grade nobody holds and no history names; 409 GRADE_IN_USE otherwise',
        params: IdParams,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await grades.deleteGrade(db, actorOf(req), req.params.id);
      return ok(null);
    },
  );

  app.get(
    '/levels/trainers',
    {
      preHandler: view,
      schema: {
        tags,
        summary:
          'Trainers with their level and standing against the next grade (evidence per standard); readyOnly=true gives the ready-for-promotion list. A trainer sees only themself',
        querystring: TrainersQuery,
        response: { 200: okSchema(z.array(TrainerLevelRow)) },
      },
    },
    async (req) => ok(await levels.listTrainerLevels(db, actorOf(req), req.query)),
  );

  app.get(
    '/levels/trainers/:id',
    {
      preHandler: view,
      schema: {
        tags,
        summary: 'One trainer’s standing and level history (404 for a trainer not visible to you)',
        params: IdParams,
        response: { 200: okSchema(TrainerLevelDetail) },
      },
    },
    async (req) => ok(await levels.trainerLevel(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/levels/trainers/:id/confirm',
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          'Confirm a level: the next grade with its standards met needs no reason; otherwise 422 STANDARDS_UNMET / LEVEL_REASON_REQUIRED unless a reason is given. 409 SAME_LEVEL, 409 STALE',
        params: IdParams,
        body: ConfirmInput,
        response: { 200: okSchema(Created) },
      },
    },
    async (req) => ok(await levels.confirmLevel(db, actorOf(req), req.params.id, req.body)),
  );
};
