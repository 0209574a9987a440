import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CourseDto, CourseInput, CourseListQuery, CourseUpdate } from '../../../../common/training-courses.js';
import { Created } from '../../../../common/training.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import * as courses from './courses.service.js';

// The course catalogue: everyone signed in reads it; training managers keep it.
export const courseRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, dialect } = app.handle;
  const tags = ['training'];
  const manage = allow('training.manage');

  app.get(
    '/courses',
    {
      preHandler: allow('training.read'),
      schema: {
        tags,
        summary: 'Course catalogue (filter by content area, method, text)',
        querystring: CourseListQuery,
        response: { 200: okSchema(z.array(CourseDto)) },
      },
    },
    async (req) => ok(await courses.listCourses(db, dialect, req.query)),
  );

  app.get(
    '/courses/:id',
    {
      preHandler: allow('training.read'),
      schema: { tags, summary: 'A course', params: IdParams, response: { 200: okSchema(CourseDto) } },
    },
    async (req) => ok(await courses.getCourse(db, req.params.id)),
  );

  app.post(
    '/courses',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Add a course; 409 DUPLICATE_COURSE_CODE',
        body: CourseInput,
        response: { 200: okSchema(Created) },
      },
    },
    async (req) => ok({ id: await courses.createCourse(db, actorOf(req), req.body) }),
  );

  app.put(
    '/courses/:id',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Change a course (send the version you read; archived: true retires it)',
        params: IdParams,
        body: CourseUpdate,
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await courses.updateCourse(db, actorOf(req), req.params.id, req.body);
      return ok(null);
    },
  );
};
